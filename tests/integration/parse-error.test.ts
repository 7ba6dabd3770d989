/**
 * A Dockerfile that does not parse gives one fatal message at the right 1-based line and column;
 * the other files of the run are linted as usual.
 */
import type { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";
import { ESLINT_VERSIONS, eslintFor, project, relativePaths, resultFor, tested } from "./helpers.js";

const cwd = project("parse-error");

describe.each(ESLINT_VERSIONS)("parse errors with %s", (_label, ESLintClass) => {
  let results: ESLint.LintResult[];

  beforeAll(async () => {
    results = await eslintFor(ESLintClass, cwd).lintFiles(["."]);
  });

  it("an unknown instruction is a fatal parsing error at its line and column", () => {
    const result = resultFor(results, cwd, "Dockerfile");
    expect(result.messages).toHaveLength(1);
    expect(result.messages[0]).toMatchObject({ ruleId: null, fatal: true, severity: 2, line: 3, column: 3 });
    expect(result.messages[0]!.message).toMatch(/^Parsing error: .*RUNN/u);
    expect(result.fatalErrorCount).toBe(1);
  });

  it("the other files of the run still lint", () => {
    expect(relativePaths(results, cwd)).toEqual([".dockerignore", "Dockerfile", "Dockerfile.ok", "eslint.config.js"]);
    const ok = resultFor(results, cwd, "Dockerfile.ok");
    expect(ok.fatalErrorCount).toBe(0);
    expect(tested(ok.messages).map((m) => [m.ruleId, m.line, m.column])).toEqual([["dockerfile/no-unpinned-base-image", 1, 6]]);
    expect(resultFor(results, cwd, ".dockerignore").fatalErrorCount).toBe(0);
  });
});
