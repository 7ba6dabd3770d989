/**
 * Every rule has a page in docs/rules/, the page agrees with the rule's metadata, and its examples
 * are true: each ```dockerfile block under an "Incorrect" heading makes the rule report, each one
 * under a "Correct" heading lints clean.
 *
 * Examples are linted as a `Dockerfile` at the repository root, where there is no build context
 * worth the name. A page whose rule reads the build context names a fixture folder for the
 * examples after it with `<!-- context: tests/fixtures/docs/<rule>/ -->`; they are then linted as
 * the file of that name in that folder (which must exist), so the folder is their build context.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import nodePath from "node:path";
import { fileURLToPath } from "node:url";
import { Linter } from "eslint";
import yml from "eslint-plugin-yml";
import { describe, expect, it } from "vitest";
import plugin from "../../index.js";

const DOCS = new URL("../../docs/rules/", import.meta.url);
const REPO_ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** How each language's examples are fenced and which file name they are linted as. */
const EXAMPLES: Record<string, { fences: string[]; filename: string; files: string[] }> = {
  "dockerfile/dockerfile": { fences: ["dockerfile"], filename: "Dockerfile", files: ["**/Dockerfile"] },
  "dockerfile/dockerignore": { fences: ["ignore"], filename: ".dockerignore", files: ["**/.dockerignore"] },
  "yml/yaml": { fences: ["yaml"], filename: "compose.yaml", files: ["**/compose.yaml"] },
};

/** Sections every page has, in this order (house style). */
const SECTIONS = ["Background", "Rule Details", "Options", "When Not To Use It", "Equivalent Rules"];

interface RuleView {
  meta?: {
    languages?: readonly string[];
    docs?: { description?: string; hadolint?: readonly string[]; buildkit?: readonly string[] };
  };
}

interface Example {
  kind: "incorrect" | "correct";
  code: string;
  /** 1-based line of the opening fence in the page. */
  line: number;
  /** The build context folder named by the last `<!-- context: ... -->` above, relative to the repository. */
  context?: string;
}

const CONTEXT_COMMENT = /^<!--\s*context:\s*(\S+?)\/?\s*-->$/u;

/** The fenced blocks of the given languages, classed by the nearest heading above them. */
function readExamples(markdown: string, fences: readonly string[]): Example[] {
  const examples: Example[] = [];
  const lines = markdown.split(/\r?\n/u);
  let kind: Example["kind"] | null = null;
  let context: string | undefined;
  for (let index = 0; index < lines.length; index++) {
    const contextComment = CONTEXT_COMMENT.exec(lines[index]!.trim());
    if (contextComment) {
      context = contextComment[1];
      continue;
    }
    const heading = /^#{1,6}\s+(.*)$/u.exec(lines[index]!);
    if (heading) {
      const title = heading[1]!.trim();
      kind = /^incorrect\b/iu.test(title) ? "incorrect" : /^correct\b/iu.test(title) ? "correct" : null;
      continue;
    }
    const fence = /^(`{3,}|~{3,})\s*([\w-]*)/u.exec(lines[index]!);
    if (!fence) continue;
    const [, marker, info] = fence;
    const start = index;
    const body: string[] = [];
    for (index++; index < lines.length && !lines[index]!.startsWith(marker!); index++) body.push(lines[index]!);
    if (kind && fences.includes(info!.toLowerCase())) {
      examples.push({ kind, code: body.join("\n") + "\n", line: start + 1, ...(context === undefined ? {} : { context }) });
    }
  }
  return examples;
}

function headings(markdown: string, level: number): string[] {
  const pattern = new RegExp(`^#{${level}}\\s+(.*)$`, "u");
  return markdown
    .split(/\r?\n/u)
    .map((line) => pattern.exec(line)?.[1]?.trim())
    .filter((title): title is string => title !== undefined);
}

const rules = plugin.rules as Record<string, RuleView>;
const linter = new Linter({ configType: "flat" });

/** The file an example is linted as: at the repository root, or in its context folder. */
function exampleFile(language: string, context: string | undefined): string {
  const { filename } = EXAMPLES[language]!;
  return context === undefined ? filename : nodePath.join(REPO_ROOT, context, filename);
}

function lint(ruleName: string, language: string, code: string, filename = EXAMPLES[language]!.filename): Linter.LintMessage[] {
  const { files } = EXAMPLES[language]!;
  return linter.verify(
    code,
    {
      files,
      plugins: { dockerfile: plugin, yml },
      language,
      rules: { [`dockerfile/${ruleName}`]: "error" },
    },
    { filename },
  );
}

function describeMessages(messages: Linter.LintMessage[]): string {
  return messages.map((m) => `${m.line}:${m.column} ${m.ruleId ?? "(fatal)"} ${m.message}`).join("\n");
}

describe("rule docs", () => {
  it("has a page for every rule and a rule for every page", () => {
    const pages = readdirSync(DOCS).filter((file) => file.endsWith(".md")).map((file) => file.slice(0, -3));
    expect(pages.sort()).toEqual(Object.keys(rules).sort());
  });

  it("classes examples by their heading", () => {
    const page = [
      "## Rule Details",
      "```dockerfile",
      "FROM a",
      "```",
      "### Incorrect",
      "```dockerfile",
      "FROM b",
      "```",
      "```text",
      "ignored",
      "```",
      "### Correct",
      "````dockerfile",
      "FROM c",
      "```",
      "````",
      "## Options",
      "```dockerfile",
      "FROM d",
      "```",
    ].join("\n");
    expect(readExamples(page, ["dockerfile"])).toEqual([
      { kind: "incorrect", code: "FROM b\n", line: 6 },
      { kind: "correct", code: "FROM c\n```\n", line: 13 },
    ]);
  });

  it("gives examples the build context a comment above them names", () => {
    const page = [
      "### Incorrect",
      "```dockerfile",
      "FROM a",
      "```",
      "<!-- context: tests/fixtures/docs/x/ -->",
      "```dockerfile",
      "FROM b",
      "```",
      "### Correct",
      "<!--context: tests/fixtures/docs/y-->",
      "```dockerfile",
      "FROM c",
      "```",
    ].join("\n");
    expect(readExamples(page, ["dockerfile"])).toEqual([
      { kind: "incorrect", code: "FROM a\n", line: 2 },
      { kind: "incorrect", code: "FROM b\n", line: 6, context: "tests/fixtures/docs/x" },
      { kind: "correct", code: "FROM c\n", line: 11, context: "tests/fixtures/docs/y" },
    ]);
    expect(exampleFile("dockerfile/dockerfile", "tests/fixtures/docs/x")).toBe(nodePath.join(REPO_ROOT, "tests/fixtures/docs/x/Dockerfile"));
  });

  for (const [name, rule] of Object.entries(rules)) {
    describe(name, () => {
      const path = new URL(`${name}.md`, DOCS);
      const language = rule.meta?.languages?.[0] ?? "dockerfile/dockerfile";
      const read = (): string => readFileSync(path, "utf8");

      it("has a page", () => {
        expect(existsSync(path), `docs/rules/${name}.md is missing`).toBe(true);
      });

      it("opens with the rule name and its description", () => {
        const [title, , summary] = read().split(/\r?\n/u);
        expect(title).toBe(`# dockerfile/${name}`);
        expect(summary, "the summary line is meta.docs.description, with a full stop").toBe(
          `${rule.meta?.docs?.description}.`,
        );
      });

      it("has the house sections in order", () => {
        const found = headings(read(), 2).filter((title) => SECTIONS.includes(title));
        expect(found).toEqual(SECTIONS);
      });

      it("names the equivalent hadolint and BuildKit rules of its metadata", () => {
        const page = read();
        const section = page.slice(page.indexOf("## Equivalent Rules"));
        for (const code of [...(rule.meta?.docs?.hadolint ?? []), ...(rule.meta?.docs?.buildkit ?? [])]) {
          expect(section).toContain(code);
        }
      });

      it("has incorrect and correct examples that are true", () => {
        const examples = readExamples(read(), EXAMPLES[language]!.fences);
        expect(examples.some((example) => example.kind === "incorrect"), "no Incorrect example").toBe(true);
        expect(examples.some((example) => example.kind === "correct"), "no Correct example").toBe(true);
        for (const example of examples) {
          const where = `docs/rules/${name}.md:${example.line}`;
          const file = exampleFile(language, example.context);
          if (example.context !== undefined) {
            expect(existsSync(file), `${where}: the context folder has no ${EXAMPLES[language]!.filename}`).toBe(true);
          }
          const messages = lint(name, language, example.code, file);
          if (example.kind === "incorrect") {
            expect(messages.filter((m) => m.fatal), `${where} does not parse`).toEqual([]);
            expect(
              messages.filter((m) => m.ruleId === `dockerfile/${name}`).length,
              `${where} is under "Incorrect" but dockerfile/${name} reports nothing`,
            ).toBeGreaterThan(0);
          } else {
            expect(describeMessages(messages), `${where} is under "Correct" but has problems`).toBe("");
          }
        }
      });
    });
  }
});
