/**
 * In an ignore file the last pattern that matches a path (or a folder above it) decides. So a
 * pattern repeated, a pattern that a later one matches wholly (it never gets the last word), an
 * exclusion of what earlier lines already exclude, and a `!` that no earlier line excludes
 * anything for, all do nothing. Only an exact duplicate is removed by the fix.
 */
import type { RuleTextEditor } from "@eslint/core";
import { covers, mayOverlap } from "../lib/analysis/build-context/pattern-relations.js";
import { createIgnoreMatcher } from "../lib/analysis/build-context/ignore-matcher.js";
import type { PatternNode } from "../lib/dockerignore/dockerignore-ast.js";
import { lineRemovalRange, lineTextRange } from "../lib/dockerignore/line-edits.js";
import { createDockerignoreRule } from "../lib/rule.js";

type MessageIds = "duplicate" | "dead" | "noEffect" | "negatesNothing" | "remove" | "moveAfter";

export default createDockerignoreRule<{ MessageIds: MessageIds }>("dockerignore-no-redundant", {
  meta: {
    type: "suggestion",
    docs: {
      description: "Disallow ignore-file patterns that have no effect: duplicates, patterns a later one overrides, and ! lines that re-include nothing",
      recommended: true,
      strict: true,
      hadolint: [],
      buildkit: [],
    },
    fixable: "code",
    hasSuggestions: true,
    schema: [],
    defaultOptions: [],
    messages: {
      duplicate: 'Pattern "{{pattern}}" repeats line {{line}}, and nothing between them changes what it does. Remove it.',
      dead: 'Pattern "{{pattern}}" never decides anything: "{{later}}" on line {{line}} also matches every path it matches, and the last matching pattern wins.',
      noEffect: 'Pattern "{{pattern}}" has no effect: "{{earlier}}" on line {{line}} already excludes everything it matches.',
      negatesNothing: 'Pattern "{{pattern}}" puts back nothing: no line before it excludes anything it matches. Remove it, or move it after the line that excludes those files.',
      remove: "Remove this line.",
      moveAfter: "Move this line after line {{line}}.",
    },
  },
  create(context) {
    const { sourceCode } = context;
    return {
      IgnoreFile() {
        const patterns = sourceCode.patterns.filter(isUsable);
        const reported = new Set<PatternNode>();
        const duplicates = new Map<PatternNode, PatternNode>();
        const report = (node: PatternNode, messageId: MessageIds, data: Record<string, string>, edits: "fix" | "remove" | PatternNode) => {
          reported.add(node);
          const removal = lineRemovalRange(sourceCode, node.loc.start.line);
          context.report({
            node,
            messageId,
            data: { pattern: node.raw, ...data },
            fix: edits === "fix" ? (fixer) => fixer.removeRange(removal) : null,
            suggest:
              edits === "fix"
                ? null
                : [
                    ...(typeof edits === "object" ? [moveAfter(node, edits)] : []),
                    { messageId: "remove", fix: (fixer) => fixer.removeRange(removal) },
                  ],
          });
        };
        const moveAfter = (node: PatternNode, target: PatternNode) => ({
          messageId: "moveAfter" as const,
          data: { line: String(target.loc.start.line) },
          fix: (fixer: RuleTextEditor) => {
            const [, targetEnd] = lineTextRange(sourceCode, target.loc.start.line);
            const lineBreak = sourceCode.text.slice(...lineRemovalRange(sourceCode, node.loc.start.line)).match(/\r\n|\r|\n/u)?.[0] ?? "\n";
            return [fixer.removeRange(lineRemovalRange(sourceCode, node.loc.start.line)), fixer.insertTextAfterRange([targetEnd, targetEnd], lineBreak + sourceCode.lines[node.loc.start.line - 1]!)];
          },
        });

        patterns.forEach((node, index) => {
          for (let earlier = index - 1; earlier >= 0; earlier--) {
            const candidate = patterns[earlier]!;
            if (!sameAs(candidate, node)) continue;
            const between = patterns.slice(earlier + 1, index);
            if (between.every((other) => other.negated === node.negated || !mayOverlap(other.value, node.value))) {
              duplicates.set(node, candidate);
              report(node, "duplicate", { line: String(candidate.loc.start.line) }, "fix");
            }
            break;
          }
        });

        patterns.forEach((node, index) => {
          if (reported.has(node)) return;
          const later = patterns.slice(index + 1).find((other) => !(duplicates.has(other) && sameAs(other, node)) && covers(other.value, node.value));
          if (later) {
            const data = { later: later.raw, line: String(later.loc.start.line) };
            // Of the other kind, the later line was likely meant to come first: offer to move this one.
            report(node, "dead", data, node.negated !== later.negated ? later : "remove");
            return;
          }
          const earlier = node.negated
            ? undefined
            : patterns
                .slice(0, index)
                .reverse()
                .find((other) => !other.negated && covers(other.value, node.value));
          if (earlier) {
            const between = patterns.slice(patterns.indexOf(earlier) + 1, index);
            if (between.every((other) => !other.negated || !mayOverlap(other.value, node.value))) {
              report(node, "noEffect", { earlier: earlier.raw, line: String(earlier.loc.start.line) }, "remove");
              return;
            }
          }
          if (node.negated && !patterns.slice(0, index).some((other) => !other.negated && mayOverlap(other.value, node.value))) {
            report(node, "negatesNothing", {}, "remove");
          }
        });
      },
    };
  },
});

function sameAs(a: PatternNode, b: PatternNode): boolean {
  return a.value === b.value && a.negated === b.negated;
}

/** Patterns Docker accepts; the others are reported by dockerignore-valid-pattern. */
function isUsable(pattern: PatternNode): boolean {
  return pattern.value !== "" && createIgnoreMatcher([pattern]).invalidPatterns.length === 0;
}
