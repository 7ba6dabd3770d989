/**
 * Dockerfiles inside compose files (`dockerfile_inline`) through the real ESLint class: problems
 * at their place in the YAML, `--fix` written back into the scalar, eslint-plugin-yml's rules and
 * the compose rules in the same run, disable comments in the inline Dockerfile and in the YAML.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { ESLint } from "eslint";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { ESLINT_VERSIONS, eslintFor, project, relativePaths, resultFor, temporaryCopy } from "./helpers.js";

const cwd = project("compose");

/** The rules these tests are about (others may join `recommended` later). */
const RULES = new Set([
  "dockerfile/no-unpinned-base-image",
  "dockerfile/exec-form-command",
  "dockerfile/compose-no-unpinned-image",
  "dockerfile/compose-build-context",
  "yml/no-empty-mapping-value",
]);

function tested(messages: ESLint.LintResult["messages"]): [string | null, number, number, number | undefined, number | undefined][] {
  return messages
    .filter((m) => m.ruleId === null || RULES.has(m.ruleId))
    .map((m) => [m.ruleId, m.line, m.column, m.endLine, m.endColumn]);
}

describe.each(ESLINT_VERSIONS)("compose files with %s", (_label, ESLintClass) => {
  let results: ESLint.LintResult[];
  const cleanups: (() => Promise<void>)[] = [];

  beforeAll(async () => {
    results = await eslintFor(ESLintClass, cwd).lintFiles(["."]);
  });
  afterEach(async () => {
    await Promise.all(cleanups.splice(0).map((cleanup) => cleanup()));
  });

  it("lints the compose file once, and the project's Dockerfiles as before", () => {
    expect(relativePaths(results, cwd)).toEqual(["api/Dockerfile", "compose.yaml", "eslint.config.js"]);
  });

  it("reports inline Dockerfile, compose and YAML problems at their place in the YAML, sorted", () => {
    const result = resultFor(results, cwd, "compose.yaml");
    expect(result.messages.some((m) => m.fatal)).toBe(false);
    expect(tested(result.messages)).toEqual([
      // Literal block scalar: exact.
      ["dockerfile/exec-form-command", 10, 9, 10, 27],
      // Double-quoted scalar: exact around the \n escapes.
      ["dockerfile/no-unpinned-base-image", 14, 32, 14, 38],
      ["dockerfile/exec-form-command", 14, 40, 14, 57],
      // Folded scalar: positions where the text is verbatim.
      ["dockerfile/no-unpinned-base-image", 19, 14, 19, 27],
      ["dockerfile/compose-no-unpinned-image", 21, 12, 21, 20],
      ["dockerfile/compose-build-context", 26, 12, 26, 21],
      ["yml/no-empty-mapping-value", 28, 7, 28, 12],
    ]);
  });

  it("honours disable comments in the inline Dockerfile and in the YAML", () => {
    const result = resultFor(results, cwd, "compose.yaml");
    expect(result.suppressedMessages.map((m) => [m.ruleId, m.line])).toEqual(
      expect.arrayContaining([
        ["dockerfile/exec-form-command", 9],
        ["dockerfile/compose-no-unpinned-image", 24],
      ]),
    );
  });

  it("--fix rewrites the inline Dockerfiles in place, in each scalar's syntax, and is stable", async () => {
    const { dir, remove } = await temporaryCopy("compose");
    cleanups.push(remove);
    const eslint = eslintFor(ESLintClass, dir, { fix: true });
    await ESLintClass.outputFixes(await eslint.lintFiles(["compose.yaml"]));
    const fixed = await readFile(path.join(dir, "compose.yaml"), "utf8");
    const original = await readFile(path.join(cwd, "compose.yaml"), "utf8");
    expect(fixed).toBe(
      original
        .replace("        CMD node server.js\n", '        CMD ["node", "server.js"]\n')
        .replace('"FROM python\\nCMD python run.py\\n"', '"FROM python\\nCMD [\\"python\\", \\"run.py\\"]\\n"'),
    );
    const [again] = await eslintFor(ESLintClass, dir, { fix: true }).lintFiles(["compose.yaml"]);
    expect(again!.output).toBeUndefined();
  });

  it("reports a compose file that is not YAML as a parse error, once", async () => {
    const filePath = path.join(cwd, "compose.yaml");
    const [result] = await eslintFor(ESLintClass, cwd).lintText("services:\n  web: [\n", { filePath });
    const fatal = result!.messages.filter((m) => m.fatal);
    expect(fatal).toHaveLength(1);
    expect(fatal[0]!.line).toBeGreaterThan(0);
  });

  it("lints an override file too", async () => {
    const filePath = path.join(cwd, "compose.override.yml");
    const code = "services:\n  web:\n    build:\n      context: api\n      dockerfile_inline: |\n        FROM python\n";
    const [result] = await eslintFor(ESLintClass, cwd).lintText(code, { filePath });
    expect(tested(result!.messages)).toEqual([["dockerfile/no-unpinned-base-image", 6, 14, 6, 20]]);
  });
});
