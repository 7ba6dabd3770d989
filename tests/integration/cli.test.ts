/**
 * The real `eslint` command of each version, spawned in a fixture project: `eslint .` exits 1
 * and names the Dockerfile problems, in the default format and with `--format json`.
 * (Each spawn costs about a second of ESLint start-up: keep their number small.)
 */
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import type { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";
import { ESLINT_VERSIONS, project, tested } from "./helpers.js";

const run = promisify(execFile);
const cwd = project("parse-error");

interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

async function eslintCli(bin: string, args: string[], where = cwd): Promise<CliRun> {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], { cwd: where, env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const { code, stdout, stderr } = error as { code: unknown; stdout: string; stderr: string };
    if (typeof code !== "number") throw error;
    return { code, stdout, stderr };
  }
}

describe.each(ESLINT_VERSIONS)("the %s CLI", (_label, _ESLint, bin) => {
  let stylish: CliRun;
  let json: CliRun;

  beforeAll(async () => {
    [stylish, json] = await Promise.all([eslintCli(bin, ["."]), eslintCli(bin, [".", "--format", "json"])]);
  });

  it("`eslint .` exits 1 and prints the Dockerfile problems", () => {
    expect(stylish.stderr).toBe("");
    expect(stylish.code).toBe(1);
    const lines = stylish.stdout.split("\n").map((line) => line.trim());
    expect(lines).toContain(path.join(cwd, "Dockerfile.ok"));
    expect(stylish.stdout).toMatch(/1:6\s+error\s+Base image "alpine" has no tag.*dockerfile\/no-unpinned-base-image/u);
    expect(lines).toContain(path.join(cwd, "Dockerfile"));
    expect(stylish.stdout).toMatch(/3:3\s+error\s+Parsing error: .*RUNN/u);
  });

  it("`eslint . --format json` gives the same problems as JSON", () => {
    expect(json.code).toBe(1);
    const results = JSON.parse(json.stdout) as ESLint.LintResult[];
    const byFile = Object.fromEntries(
      results.map((result) => [path.relative(cwd, result.filePath), tested(result.messages).map((m) => [m.ruleId, m.line, m.column, m.fatal ?? false])]),
    );
    expect(byFile).toEqual({
      ".dockerignore": [],
      Dockerfile: [[null, 3, 3, true]],
      "Dockerfile.ok": [["dockerfile/no-unpinned-base-image", 1, 6, false]],
      "eslint.config.js": [],
    });
  });
});

describe.each(ESLINT_VERSIONS)("the %s CLI with a CommonJS config", (_label, _ESLint, bin) => {
  it("loads the plugin through a config that exports a promise", async () => {
    const result = await eslintCli(bin, ["."], project("cjs-config"));
    expect(result.stderr).toBe("");
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/1:6\s+error\s+Base image "python" has no tag.*dockerfile\/no-unpinned-base-image/u);
  });
});
