/**
 * Inline configuration in `#` comments through the real ESLint class: disable comments with a
 * justification, disable/enable blocks, rule configuration comments, unused directives.
 */
import type { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";
import { ESLINT_VERSIONS, eslintFor, project, resultFor, tested } from "./helpers.js";

const cwd = project("directives");

describe.each(ESLINT_VERSIONS)("inline configuration with %s", (_label, ESLintClass) => {
  let results: ESLint.LintResult[];

  beforeAll(async () => {
    results = await eslintFor(ESLintClass, cwd).lintFiles(["Dockerfile*"]);
  });

  it("eslint-disable-next-line with a reason, and an eslint-disable/eslint-enable block, silence exactly what they cover", () => {
    const result = resultFor(results, cwd, "Dockerfile");
    // FROM python (line 2) and ENTRYPOINT (line 5) are disabled; the CMD after eslint-enable is not.
    expect(tested(result.messages).map((m) => [m.ruleId, m.line, m.column])).toEqual([["dockerfile/exec-form-command", 7, 1]]);
    expect(tested(result.suppressedMessages).map((m) => [m.ruleId, m.line, m.suppressions])).toEqual([
      ["dockerfile/no-unpinned-base-image", 2, [{ kind: "directive", justification: "rebuilt nightly from a mirror" }]],
      ["dockerfile/exec-form-command", 5, [{ kind: "directive", justification: "" }]],
    ]);
  });

  it("reportUnusedDisableDirectives reports a directive that disables nothing", () => {
    const result = resultFor(results, cwd, "Dockerfile.unused");
    expect(tested(result.messages)).toMatchObject([
      {
        ruleId: null,
        severity: 2,
        line: 1,
        column: 1,
        message: expect.stringMatching(/^Unused eslint-disable directive \(no problems were reported from 'dockerfile\/no-unpinned-base-image'\)/u),
      },
    ]);
  });

  it('a "# eslint rule: off" comment turns a rule off for the file', () => {
    const result = resultFor(results, cwd, "Dockerfile.inline-config");
    expect(tested(result.messages)).toEqual([]);
  });

  it("the unused-directive fix removes the comment, and the result lints clean", async () => {
    const eslint = eslintFor(ESLintClass, cwd, { fix: true });
    const filePath = `${cwd}/Dockerfile.unused`;
    const text = ["# eslint-disable-next-line dockerfile/no-unpinned-base-image", "FROM python:3.12-slim", ""].join("\n");
    const [result] = await eslint.lintText(text, { filePath });
    // ESLint's own fix replaces a directive comment with one space (as it does in JS), which
    // leaves a blank line: harmless in a Dockerfile.
    expect(result!.output).toBe(" \nFROM python:3.12-slim\n");
    expect(tested(result!.messages)).toEqual([]);
    const [again] = await eslint.lintText(result!.output!, { filePath });
    expect(again!.output).toBeUndefined();
    expect(tested(again!.messages)).toEqual([]);
  });
});
