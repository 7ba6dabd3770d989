/**
 * `eslint .` over a project with every Dockerfile name variant, every ignore-file name and a JS
 * file, with the user's config = `recommended` plus JS rules scoped to `**\/*.js`.
 */
import type { ESLint, Linter, Rule } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";
import { ESLINT_VERSIONS, eslintFor, project, relativePaths, resultFor } from "./helpers.js";

const cwd = project("discovery");

const DOCKERFILES = [
  "Containerfile",
  "Containerfile.prod",
  "Dockerfile",
  "Dockerfile.dev",
  "api.Dockerfile",
  "build.dockerfile",
  "sub/dir/Dockerfile",
];
const IGNORE_FILES = [".containerignore", ".dockerignore", "api.Dockerfile.dockerignore"];

/** A rule with no language restriction that reports the type of the root node it is given. */
const probe = {
  rules: {
    "root-type": {
      meta: { type: "problem", schema: [] },
      create(context) {
        const report = (node: { type: string }): void =>
          context.report({ loc: { line: 1, column: 0 }, message: `root:${node.type}` });
        return { Dockerfile: report, IgnoreFile: report, Program: report };
      },
    } satisfies Rule.RuleModule,
  },
};
const probeConfig: Linter.Config = { plugins: { probe }, rules: { "probe/root-type": "error" } };

describe.each(ESLINT_VERSIONS)("discovery with %s", (_label, ESLintClass) => {
  let results: ESLint.LintResult[];

  beforeAll(async () => {
    results = await eslintFor(ESLintClass, cwd, { overrideConfig: probeConfig }).lintFiles(["."]);
  });

  function messages(file: string): Linter.LintMessage[] {
    return resultFor(results, cwd, file).messages;
  }

  it("lints every Dockerfile name variant, every ignore file and the JS file, and nothing else", () => {
    expect(relativePaths(results, cwd)).toEqual([...DOCKERFILES, ...IGNORE_FILES, "app.js", "eslint.config.js"].sort());
  });

  it("reads Dockerfiles with the Dockerfile language", () => {
    for (const file of DOCKERFILES) {
      expect(messages(file).filter((m) => m.ruleId === "probe/root-type").map((m) => m.message), file).toEqual([
        "root:Dockerfile",
      ]);
    }
  });

  it("reads ignore files with the ignore-file language, never as Dockerfiles", () => {
    for (const file of IGNORE_FILES) {
      const fileMessages = messages(file);
      expect(fileMessages.filter((m) => m.fatal), file).toEqual([]);
      expect(fileMessages.filter((m) => m.ruleId === "probe/root-type").map((m) => m.message), file).toEqual([
        "root:IgnoreFile",
      ]);
    }
  });

  it("reports no parse errors in the valid files", () => {
    expect(results.flatMap((result) => result.messages.filter((m) => m.fatal))).toEqual([]);
  });

  it("reports JS problems in the same run, and no Dockerfile rule touches JS", () => {
    const js = messages("app.js");
    expect(js.map((m) => [m.ruleId, m.line, m.column])).toEqual(
      expect.arrayContaining([
        ["no-unused-vars", 1, 7],
        ["no-undef", 4, 10],
      ]),
    );
    expect(js.some((m) => m.ruleId?.startsWith("dockerfile/"))).toBe(false);
    expect(js.filter((m) => m.ruleId === "probe/root-type").map((m) => m.message)).toEqual(["root:Program"]);
  });

  it("reports Dockerfile problems where they are", () => {
    const found = messages("Dockerfile")
      .filter((m) => m.ruleId?.startsWith("dockerfile/"))
      .map((m) => [m.ruleId, m.line, m.column]);
    expect(found).toEqual(
      expect.arrayContaining([
        ["dockerfile/no-unpinned-base-image", 2, 6],
        ["dockerfile/exec-form-command", 7, 1],
      ]),
    );
    expect(messages("Containerfile.prod").filter((m) => m.ruleId === "dockerfile/no-unpinned-base-image")).toMatchObject([
      { line: 1, column: 6, messageId: "latest" },
    ]);
    expect(messages("sub/dir/Dockerfile").filter((m) => m.ruleId === "dockerfile/no-unpinned-base-image")).toEqual([]);
  });
});
