/**
 * `--cache` and the build context. ESLint reuses a cached result when the file and the hash of its
 * config are unchanged, so a Dockerfile whose rules read the ignore file or look for files in the
 * build context keeps a stale result after only those changed. `buildContextCacheKey()` in
 * `settings.dockerfile.cacheKey` of the Dockerfiles' config block gives their config a new hash
 * in every run: they are linted afresh, while other files keep their cached results.
 *
 * Each scenario runs ESLint twice on a temporary copy of the fixture project, with a new ESLint
 * instance each time (as two CLI runs would), and changes a file of the build context in between.
 */
import { rm, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Linter, Rule } from "eslint";
import { afterEach, describe, expect, it } from "vitest";
import { buildContextCacheKey } from "../../lib/cache-key.js";
import { ESLINT_VERSIONS, eslintFor, temporaryCopy, type ESLintClass } from "./helpers.js";

/** Counts, per file name, how often ESLint really lints a file (a cached result runs no rule). */
const linted = new Map<string, number>();
const probe = {
  rules: {
    count: {
      meta: { type: "problem", schema: [] },
      create(context) {
        const name = path.basename(context.filename);
        linted.set(name, (linted.get(name) ?? 0) + 1);
        return {};
      },
    } satisfies Rule.RuleModule,
  },
};
const probeBlock: Linter.Config = { files: ["**/Dockerfile", "**/*.js"], plugins: { probe }, rules: { "probe/count": "error" } };

/** What a user adds to use the workaround: the key, in a block that matches only Dockerfiles. */
const cacheKeyBlock: Linter.Config = { files: ["**/Dockerfile"], settings: { dockerfile: { cacheKey: buildContextCacheKey() } } };

type Change = (dir: string) => Promise<void>;

const SCENARIOS: [string, Change, [string | null, number][]][] = [
  [
    "the ignore file now excludes app/",
    (dir) => writeFile(path.join(dir, ".dockerignore"), ".git\n.env*\napp\n"),
    [["dockerfile/copy-ignored-file", 5]],
  ],
  [
    "a .env file appeared in app/",
    (dir) => writeFile(path.join(dir, "app", ".env"), "FAKE_SECRET=for-tests\n"),
    [["dockerfile/no-copy-secrets", 5]],
  ],
  [
    "the ignore file was deleted",
    (dir) => rm(path.join(dir, ".dockerignore")),
    [["dockerfile/require-dockerignore", 3]],
  ],
];

describe.each(ESLINT_VERSIONS)("--cache and the build context with %s", (_label, ESLintClass) => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    linted.clear();
    await Promise.all(cleanups.splice(0).map((cleanup) => cleanup()));
  });

  /** Lints the Dockerfile and a JS file with the cache on; the Dockerfile's messages as [rule, line]. */
  async function lint(ESLint: ESLintClass, dir: string, withKey: boolean): Promise<[string | null, number][]> {
    const overrideConfig = withKey ? [probeBlock, cacheKeyBlock] : [probeBlock];
    const eslint = eslintFor(ESLint, dir, { cache: true, cacheLocation: path.join(dir, ".eslintcache"), overrideConfig });
    const results = await eslint.lintFiles(["Dockerfile", "app/tool.js"]);
    const dockerfile = results.find((result) => result.filePath === path.join(dir, "Dockerfile"))!;
    return dockerfile.messages.filter((m) => m.ruleId !== "probe/count").map((m) => [m.ruleId, m.line]);
  }

  async function copy(): Promise<string> {
    const { dir, remove } = await temporaryCopy("cache");
    cleanups.push(remove);
    return dir;
  }

  it.each(SCENARIOS)("without the key, a cached result goes stale when %s", async (_name, change) => {
    const dir = await copy();
    expect(await lint(ESLintClass, dir, false)).toEqual([]);
    expect(Object.fromEntries(linted)).toEqual({ Dockerfile: 1, "tool.js": 1 });
    await change(dir);
    // Stale: the Dockerfile did not change, so ESLint serves the cached (clean) result.
    expect(await lint(ESLintClass, dir, false)).toEqual([]);
    expect(Object.fromEntries(linted)).toEqual({ Dockerfile: 1, "tool.js": 1 });
  });

  it.each(SCENARIOS)("with the key, the Dockerfile is linted afresh when %s", async (_name, change, expected) => {
    const dir = await copy();
    expect(await lint(ESLintClass, dir, true)).toEqual([]);
    await change(dir);
    expect(await lint(ESLintClass, dir, true)).toEqual(expected);
    // The Dockerfile was linted twice, the JS file once: its cached result was reused.
    expect(Object.fromEntries(linted)).toEqual({ Dockerfile: 2, "tool.js": 1 });
  });

  it("the shipped configs carry the key: a user of configs.recommended gets fresh results", async () => {
    const { default: plugin } = await import("eslint-plugin-dockerfile");
    const dir = await copy();
    const run = async () => {
      const eslint = new ESLintClass({
        cwd: dir,
        cache: true,
        cacheLocation: path.join(dir, ".eslintcache"),
        overrideConfigFile: true,
        overrideConfig: [...plugin.configs.recommended, probeBlock],
      });
      const [result] = await eslint.lintFiles(["Dockerfile"]);
      return result!.messages.filter((m) => m.ruleId === "dockerfile/copy-ignored-file").map((m) => [m.ruleId, m.line]);
    };
    expect(await run()).toEqual([]);
    await SCENARIOS[0]![1](dir);
    expect(await run()).toEqual(SCENARIOS[0]![2]);
    expect(linted.get("Dockerfile")).toBe(2);
  });

  it("a fresh run without the cache agrees with the fresh cached run", async () => {
    const dir = await copy();
    await SCENARIOS[0]![1](dir);
    const eslint = eslintFor(ESLintClass, dir);
    const [result] = await eslint.lintFiles(["Dockerfile"]);
    expect(result!.messages.map((m) => [m.ruleId, m.line])).toEqual(SCENARIOS[0]![2]);
  });

  it("shows the key as a new string in the config, so that the config hash changes", async () => {
    const dir = await copy();
    const eslint = eslintFor(ESLintClass, dir, { overrideConfig: [cacheKeyBlock] });
    const first = JSON.stringify(await eslint.calculateConfigForFile(path.join(dir, "Dockerfile")));
    const second = JSON.stringify(await eslintFor(ESLintClass, dir, { overrideConfig: [cacheKeyBlock] }).calculateConfigForFile(path.join(dir, "Dockerfile")));
    expect(first).toMatch(/"cacheKey":"uncached-[0-9a-f-]{36}"/u);
    expect(first).not.toBe(second);
    const js = JSON.stringify(await eslint.calculateConfigForFile(path.join(dir, "app", "tool.js")));
    expect(js).not.toContain("cacheKey");
  });
});
