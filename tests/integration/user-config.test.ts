/**
 * Users' configs often have a block without `files` that sets `languageOptions.globals` for their
 * JS. That block also applies to Dockerfiles and ignore files: it must not make them fail.
 */
import type { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";
import { ESLINT_VERSIONS, eslintFor, project, relativePaths, resultFor, tested } from "./helpers.js";

const cwd = project("user-config");

describe.each(ESLINT_VERSIONS)("a user config with unscoped languageOptions, with %s", (_label, ESLintClass) => {
  let results: ESLint.LintResult[];

  beforeAll(async () => {
    results = await eslintFor(ESLintClass, cwd).lintFiles(["."]);
  });

  it("lints Dockerfiles and ignore files as usual", () => {
    expect(relativePaths(results, cwd)).toEqual([".dockerignore", "Dockerfile", "eslint.config.js", "main.js"]);
    expect(tested(resultFor(results, cwd, "Dockerfile").messages).map((m) => [m.ruleId, m.line, m.column])).toEqual([
      ["dockerfile/no-unpinned-base-image", 1, 6],
    ]);
    expect(resultFor(results, cwd, ".dockerignore").messages.filter((m) => m.fatal)).toEqual([]);
  });

  it("the globals still reach the JS files", () => {
    expect(resultFor(results, cwd, "main.js").messages.map((m) => [m.ruleId, m.message])).toEqual([
      ["no-undef", "'missingGlobal' is not defined."],
    ]);
  });
});
