/**
 * Dockerfile fences in Markdown through the real ESLint class and @eslint/markdown's processor:
 * problems at their place in the Markdown, fragment-hostile rules quiet, `--fix` in place,
 * @eslint/markdown's own rules in the same run, `<!-- eslint-disable -->` comments.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { ESLint } from "eslint";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { ESLINT_VERSIONS, eslintFor, project, relativePaths, resultFor, temporaryCopy } from "./helpers.js";

const cwd = project("markdown");

const RULES = new Set([
  "dockerfile/no-unpinned-base-image",
  "dockerfile/exec-form-command",
  "dockerfile/apt-get-no-install-recommends",
  "dockerfile/require-non-root-user",
  "dockerfile/require-healthcheck",
  "markdown/no-empty-links",
]);

function tested(messages: ESLint.LintResult["messages"]): [string | null, number, number][] {
  return messages.filter((m) => m.ruleId === null || RULES.has(m.ruleId)).map((m) => [m.ruleId, m.line, m.column]);
}

describe.each(ESLINT_VERSIONS)("Markdown fences with %s", (_label, ESLintClass) => {
  let results: ESLint.LintResult[];
  const cleanups: (() => Promise<void>)[] = [];

  beforeAll(async () => {
    results = await eslintFor(ESLintClass, cwd).lintFiles(["."]);
  });
  afterEach(async () => {
    await Promise.all(cleanups.splice(0).map((cleanup) => cleanup()));
  });

  it("lints each Markdown file once", () => {
    expect(relativePaths(results, cwd)).toEqual(["README.md", "docs/guide.md", "eslint.config.js"]);
    expect(resultFor(results, cwd, "docs/guide.md").messages).toEqual([]);
  });

  it("reports problems of ```dockerfile, ```docker and ```containerfile fences at their place, and Markdown problems beside them", () => {
    const result = resultFor(results, cwd, "README.md");
    expect(result.messages.some((m) => m.fatal)).toBe(false);
    expect(tested(result.messages)).toEqual([
      ["dockerfile/no-unpinned-base-image", 6, 6],
      ["dockerfile/exec-form-command", 7, 1],
      ["dockerfile/apt-get-no-install-recommends", 13, 5],
      // In a list item: the fence's indentation is kept.
      ["dockerfile/exec-form-command", 25, 3],
      ["markdown/no-empty-links", 28, 27],
    ]);
  });

  it("keeps rules that need a whole Dockerfile quiet in fragments", () => {
    const ruleIds = resultFor(results, cwd, "README.md").messages.map((m) => m.ruleId);
    expect(ruleIds).not.toContain("dockerfile/require-non-root-user");
    expect(ruleIds).not.toContain("dockerfile/require-healthcheck");
    expect(ruleIds).not.toContain("dockerfile/from-first");
  });

  it("honours <!-- eslint-disable --> above a fence, without calling it unused", () => {
    const result = resultFor(results, cwd, "README.md");
    expect(result.suppressedMessages.map((m) => [m.ruleId, m.line, m.column])).toEqual([["dockerfile/no-unpinned-base-image", 18, 6]]);
    expect(result.messages.filter((m) => m.ruleId === null)).toEqual([]);
  });

  it("--fix rewrites fences in place and leaves other code alone", async () => {
    const { dir, remove } = await temporaryCopy("markdown");
    cleanups.push(remove);
    await ESLintClass.outputFixes(await eslintFor(ESLintClass, dir, { fix: true }).lintFiles(["README.md"]));
    const original = await readFile(path.join(cwd, "README.md"), "utf8");
    expect(await readFile(path.join(dir, "README.md"), "utf8")).toBe(
      original
        .replace("CMD python run.py", 'CMD ["python", "run.py"]')
        .replace("apt-get install -y curl", "apt-get install --no-install-recommends -y curl")
        .replace("  ENTRYPOINT /bin/sh", '  ENTRYPOINT ["/bin/sh"]'),
    );
  });
});
