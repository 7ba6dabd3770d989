/**
 * The product's origin, end to end: Dockerfiles written exactly in the manner of the two seed
 * documents lint clean under `recommended`, and a project that breaks every practice is caught on
 * every line that breaks one (under `strict`, which adds the opinionated rules).
 */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ESLINT_VERSIONS, eslintFor, project } from "./helpers.js";

/** `file:line rule` for every message, sorted, so a failure shows the whole difference. */
async function problems(ESLint: (typeof ESLINT_VERSIONS)[number][1], name: string, config: "recommended" | "strict"): Promise<string[]> {
  const cwd = project(name);
  const eslint = new ESLint({
    cwd,
    overrideConfigFile: true,
    overrideConfig: (await import("eslint-plugin-dockerfile")).default.configs[config],
  });
  const results = await eslint.lintFiles(["."]);
  return results
    .flatMap((result) => result.messages.map((m) => `${path.relative(cwd, result.filePath)}:${m.line} ${m.ruleId ?? m.message}`))
    .sort((a, b) => a.localeCompare(b, "en", { numeric: true }));
}

describe.each(ESLINT_VERSIONS)("the seed practices on %s", (_label, ESLint) => {
  it("a single-stage Dockerfile written as the first seed describes lints clean under recommended", async () => {
    expect(await problems(ESLint, "seed-single-stage", "recommended")).toEqual([]);
  });

  it("a multi-stage Dockerfile with a test stage, as the second seed describes, lints clean under recommended", async () => {
    expect(await problems(ESLint, "seed-multi-stage", "recommended")).toEqual([]);
  });

  it("under strict, the seeds miss only digest pinning, a HEALTHCHECK, and the first seed's optional .env copy", async () => {
    const ruleIds = async (name: string) => new Set((await problems(ESLint, name, "strict")).map((problem) => problem.split(" ")[1]));
    const opinions = ["dockerfile/pin-base-image-digest", "dockerfile/require-healthcheck"];
    expect(await ruleIds("seed-multi-stage")).toEqual(new Set(opinions));
    // `COPY app/.env* ./` copies nothing in a checkout without a .env file.
    expect(await ruleIds("seed-single-stage")).toEqual(new Set([...opinions, "dockerfile/no-missing-copy-source"]));
  });

  it("a project that breaks every practice is caught on every line that breaks one", async () => {
    expect(await problems(ESLint, "seeds-broken", "strict")).toEqual(BROKEN_PRACTICES);
  });

  it("the fixture's own config (strict) agrees", async () => {
    const cwd = project("seeds-broken");
    const results = await eslintFor(ESLint, cwd).lintFiles(["."]);
    const count = results.reduce((sum, result) => sum + result.messages.length, 0);
    expect(count).toBe(BROKEN_PRACTICES.length);
  });
});

/** Each seed practice, broken once in tests/fixtures/projects/seeds-broken/. */
const BROKEN_PRACTICES = [
  "api.Dockerfile:1 dockerfile/pin-base-image-digest",
  "api.Dockerfile:1 dockerfile/prefer-slim-base-image",
  "api.Dockerfile:1 dockerfile/require-healthcheck",
  "api.Dockerfile:5 dockerfile/copy-chown",
  "api.Dockerfile:7 dockerfile/copy-chown",
  "api.Dockerfile:7 dockerfile/copy-ignored-file",
  "api.Dockerfile.dockerignore:1 dockerfile/dockerignore-required-entries",
  "api.Dockerfile.dockerignore:2 dockerfile/dockerignore-no-redundant",
  "api.Dockerfile.dockerignore:3 dockerfile/dockerignore-valid-pattern",
  "Dockerfile:1 dockerfile/no-unused-stage",
  "Dockerfile:1 dockerfile/pin-base-image-digest",
  "Dockerfile:3 dockerfile/no-unpinned-base-image",
  "Dockerfile:3 dockerfile/pin-base-image-digest",
  "Dockerfile:3 dockerfile/require-healthcheck",
  "Dockerfile:3 dockerfile/require-non-root-user",
  "Dockerfile:4 dockerfile/absolute-workdir",
  "Dockerfile:5 dockerfile/no-copy-secrets",
  "Dockerfile:5 dockerfile/require-dockerignore",
  "Dockerfile:6 dockerfile/prefer-copy",
  "Dockerfile:7 dockerfile/dependency-manifest-first",
  "Dockerfile:7 dockerfile/no-cd-in-run",
  "Dockerfile:7 dockerfile/pip-no-cache-dir",
  "Dockerfile:8 dockerfile/no-secret-in-arg-env",
  "Dockerfile:9 dockerfile/no-missing-copy-source",
  "Dockerfile:10 dockerfile/valid-expose",
  "Dockerfile:10 dockerfile/valid-expose",
  "Dockerfile:11 dockerfile/exec-form-command",
];
