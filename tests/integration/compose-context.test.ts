/**
 * A compose file names the build context of a Dockerfile on disk: `compose.yaml` builds
 * `docker/api.Dockerfile` with the project root as context, so the root `.dockerignore` applies
 * and excludes what the Dockerfile copies. Through the real ESLint class, with only the
 * `recommended` config (the compose lookup needs no compose config).
 */
import path from "node:path";
import type { ESLint } from "eslint";
import { describe, expect, it } from "vitest";
import { ESLINT_VERSIONS, FIXTURES, eslintFor, resultFor } from "./helpers.js";

const cwd = path.join(FIXTURES, "build-context", "compose-integration");
const RULES = new Set(["dockerfile/copy-ignored-file", "dockerfile/require-dockerignore"]);

function tested(result: ESLint.LintResult): [string | null, number][] {
  return result.messages.filter((m) => m.ruleId === null || RULES.has(m.ruleId)).map((m) => [m.ruleId, m.line]);
}

describe.each(ESLINT_VERSIONS)("the build context from a compose file with %s", (_label, ESLintClass) => {
  it("reads the root .dockerignore for docker/api.Dockerfile, as compose.yaml builds it", async () => {
    const results = await eslintFor(ESLintClass, cwd).lintFiles(["docker/api.Dockerfile"]);
    const result = resultFor(results, cwd, "docker/api.Dockerfile");
    expect(tested(result)).toEqual([["dockerfile/copy-ignored-file", 2]]);
    expect(result.messages.find((m) => m.ruleId === "dockerfile/copy-ignored-file")?.message).toContain(".dockerignore");
  });

  it("keeps the Dockerfile's folder (no ignore file there) with composeContexts: false", async () => {
    const overrideConfig = { settings: { dockerfile: { composeContexts: false } } };
    const results = await eslintFor(ESLintClass, cwd, { overrideConfig }).lintFiles(["docker/api.Dockerfile"]);
    expect(tested(resultFor(results, cwd, "docker/api.Dockerfile"))).toEqual([["dockerfile/require-dockerignore", 2]]);
  });
});
