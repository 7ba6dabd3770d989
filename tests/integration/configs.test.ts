/**
 * The shipped configs, used as a user would: imported by package name from the built plugin,
 * spread into a flat config, run by the ESLint class.
 */
import os from "node:os";
import path from "node:path";
import dockerfile from "eslint-plugin-dockerfile";
import type { Linter } from "eslint";
import { describe, expect, it } from "vitest";
import { ESLINT_VERSIONS, tested, type ESLintClass } from "./helpers.js";

/** lintText needs no file on disk: the path only selects the config blocks. */
const cwd = os.tmpdir();

function lint(ESLint: ESLintClass, config: Linter.Config[], text: string, file = "Dockerfile") {
  const eslint = new ESLint({ cwd, overrideConfigFile: true, overrideConfig: config });
  return eslint.lintText(text, { filePath: path.join(cwd, file) }).then(([result]) => result!);
}

const SAMPLE = ["FROM python", "WORKDIR /app", "COPY . .", "CMD python app.py", ""].join("\n");

describe.each(ESLINT_VERSIONS)("shipped configs with %s", (_label, ESLint) => {
  it("recommended: reports an unpinned FROM and a shell-form CMD at their line and column", async () => {
    const result = await lint(ESLint, dockerfile.configs.recommended, SAMPLE);
    expect(result.messages.map(({ ruleId, line, column, endLine, endColumn }) => ({ ruleId, line, column, endLine, endColumn })))
      .toEqual(
        expect.arrayContaining([
          { ruleId: "dockerfile/no-unpinned-base-image", line: 1, column: 6, endLine: 1, endColumn: 12 },
          { ruleId: "dockerfile/exec-form-command", line: 4, column: 1, endLine: 4, endColumn: 18 },
        ]),
      );
    expect(result.messages.some((m) => m.fatal)).toBe(false);
  });

  it("every config has a name, and strict and all load and lint", async () => {
    for (const name of ["recommended", "strict", "all"] as const) {
      const config = dockerfile.configs[name];
      expect(config.length).toBeGreaterThan(0);
      for (const block of config) expect(block.name, name).toMatch(new RegExp(`^dockerfile/${name}/`));
      const result = await lint(ESLint, config, SAMPLE);
      expect(result.messages.some((m) => m.fatal), name).toBe(false);
      expect(result.messages.map((m) => m.ruleId), name).toContain("dockerfile/no-unpinned-base-image");
    }
  });

  it("all turns on every rule of the plugin", async () => {
    const eslint = new ESLint({ cwd, overrideConfigFile: true, overrideConfig: dockerfile.configs.all });
    const config = (await eslint.calculateConfigForFile(path.join(cwd, "Dockerfile"))) as Linter.Config;
    const enabled = Object.keys(config.rules ?? {}).filter((id) => id.startsWith("dockerfile/"));
    const dockerignore = (await eslint.calculateConfigForFile(path.join(cwd, ".dockerignore"))) as Linter.Config;
    const enabledIgnore = Object.keys(dockerignore.rules ?? {}).filter((id) => id.startsWith("dockerfile/"));
    // Compose rules run on the YAML language and are in the `compose` config, not in `all`.
    const ruleIds = Object.entries(dockerfile.rules)
      .filter(([, rule]) => (rule.meta?.languages as string[] | undefined)?.[0] !== "yml/yaml")
      .map(([id]) => `dockerfile/${id}`);
    expect([...enabled, ...enabledIgnore].sort()).toEqual(ruleIds.sort());
  });

  it("lints a .dockerignore and a Containerfile.* with recommended", async () => {
    const ignore = await lint(ESLint, dockerfile.configs.recommended, "node_modules\n!keep\n", ".dockerignore");
    expect(ignore.messages.filter((m) => m.fatal)).toEqual([]);
    const container = await lint(ESLint, dockerfile.configs.recommended, "FROM alpine:latest\n", "Containerfile.ci");
    expect(tested(container.messages).map((m) => [m.ruleId, m.line, m.column])).toEqual([["dockerfile/no-unpinned-base-image", 1, 6]]);
  });
});
