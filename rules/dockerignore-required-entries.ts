/**
 * An ignore file should keep `.git` (the whole history) and `.env` files (secrets) out of the
 * build context; projects add their own (`node_modules`, `__pycache__`, `.venv`). Checked with
 * Docker's matching, so `**∕.env*`, `.env` + `.env.*`, or `*` followed by `!` lines all count.
 * The fix appends what is missing; when that would undo a `!` line, it only suggests.
 */
import type { SuggestedEdit } from "@eslint/core";
import { createIgnoreMatcher } from "../lib/analysis/build-context/ignore-matcher.js";
import { mayOverlap } from "../lib/analysis/build-context/pattern-relations.js";
import { readPattern, type ReadPattern } from "../lib/dockerignore/docker-pattern.js";
import type { PatternNode } from "../lib/dockerignore/dockerignore-ast.js";
import { lineBreakOf } from "../lib/dockerignore/line-edits.js";
import { createDockerignoreRule } from "../lib/rule.js";

type Options = [{ entries: string[] }];

const REQUIRED = [".git", ".env*"];

export default createDockerignoreRule<{ RuleOptions: Options; MessageIds: "missing" | "appendAll" | "insertBefore" }>(
  "dockerignore-required-entries",
  {
    meta: {
      type: "suggestion",
      docs: {
        description: "Require the ignore file to exclude .git and .env files, and the entries the project names",
        recommended: true,
        strict: true,
        hadolint: [],
        buildkit: [],
      },
      fixable: "code",
      hasSuggestions: true,
      schema: [
        {
          type: "object",
          properties: {
            entries: {
              type: "array",
              items: { type: "string", minLength: 1 },
              uniqueItems: true,
              description: 'More patterns the ignore file must exclude, e.g. ["node_modules", "**/__pycache__", ".venv"].',
            },
          },
          additionalProperties: false,
        },
      ],
      defaultOptions: [{ entries: [] }],
      messages: {
        missing:
          "The ignore file does not exclude {{entries}}, so {{them}} sent to the builder with the build context and a COPY . . copies {{them2}} into the image. Add {{entries}} to it.",
        appendAll: "Append {{entries}} at the end (this also excludes what line {{line}} puts back).",
        insertBefore: "Insert {{entries}} before line {{line}}, so that its ! pattern still applies.",
      },
    },
    create(context) {
      const { sourceCode } = context;
      const required = [...REQUIRED, ...context.options[0].entries]
        .map((entry) => ({ entry: entry.trim(), read: readPattern(entry) }))
        .filter(({ read }) => !read.negated && read.value !== "");
      return {
        IgnoreFile() {
          const patterns = sourceCode.patterns.filter(isUsable);
          const missing = required.filter(({ read }) => !excludesAll(patterns, samplesOf(read.value)));
          if (missing.length === 0) return;
          const entries = list(missing.map(({ entry }) => `"${entry}"`));
          const plural = missing.length > 1;
          const text = sourceCode.text;
          const lineBreak = lineBreakOf(text);
          const block = (before: string) => before + missing.map(({ entry }) => entry).join(lineBreak) + lineBreak;
          const appended = block(text === "" || /[\r\n]$/u.test(text) ? "" : lineBreak);
          // A `!` line that an appended entry may override: appending would exclude again what it puts back.
          const overridden = patterns.find((pattern) => pattern.negated && missing.some(({ read }) => mayOverlap(read.value, pattern.value)));
          const suggestions: SuggestedEdit<"appendAll" | "insertBefore">[] = [];
          if (overridden) {
            const index = patterns.indexOf(overridden);
            const inserted = [...patterns.slice(0, index), ...missing.map(({ read }) => read), ...patterns.slice(index)];
            if (missing.every(({ read }) => excludesAll(inserted, samplesOf(read.value)))) {
              const lineStart = sourceCode.getIndexFromLoc({ line: overridden.loc.start.line, column: 0 });
              suggestions.push({
                messageId: "insertBefore",
                data: { entries, line: overridden.loc.start.line },
                fix: (fixer) => fixer.insertTextBeforeRange([lineStart, lineStart], block("")),
              });
            }
            suggestions.push({
              messageId: "appendAll",
              data: { entries, line: overridden.loc.start.line },
              fix: (fixer) => fixer.insertTextAfterRange([text.length, text.length], appended),
            });
          }
          context.report({
            loc: { line: 1, column: 0 },
            messageId: "missing",
            data: { entries, them: plural ? "they are" : "it is", them2: plural ? "them" : "it" },
            fix: overridden ? null : (fixer) => fixer.insertTextAfterRange([text.length, text.length], appended),
            suggest: suggestions,
          });
        },
      };
    },
  },
);

/** `"a"`, `"a" and "b"`, `"a", "b" and "c"`. */
function list(items: string[]): string {
  return items.length > 1 ? `${items.slice(0, -1).join(", ")} and ${items.at(-1)}` : items[0]!;
}

/** Patterns Docker accepts; the others are reported by dockerignore-valid-pattern. */
function isUsable(pattern: PatternNode): boolean {
  return pattern.value !== "" && createIgnoreMatcher([pattern]).invalidPatterns.length === 0;
}

/** Whether the patterns leave every sample path out. */
function excludesAll(patterns: readonly ReadPattern[], samples: readonly string[]): boolean {
  const matcher = createIgnoreMatcher(patterns.map(({ value, negated }) => ({ value, negated })));
  return samples.every((sample) => matcher.ignores(sample));
}

/**
 * Paths an entry stands for: each `*` as nothing and as `.x` (`.env*` stands for `.env` and
 * `.env.x`), `?` as `x`, a class as its first character; with a leading `**∕`, at the root and one
 * folder down.
 */
function samplesOf(value: string): string[] {
  const anywhere = value.startsWith("**/");
  const rest = anywhere ? value.replace(/^(?:\*\*\/)+/u, "") : value;
  const names = ["", ".x"].map((star) => instantiate(rest, star));
  return [...new Set(anywhere ? [...names, ...names.map((name) => `sub/${name}`)] : names)];
}

function instantiate(pattern: string, star: string): string {
  return pattern
    .replace(/\*\*/gu, "*")
    .replace(/\[\^?\\?(.)[^\]]*\]/gu, "$1")
    .replace(/\\(.)|\*|\?/gu, (whole, escaped: string | undefined) => (escaped !== undefined ? escaped : whole === "*" ? star : "x"));
}
