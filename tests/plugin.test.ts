import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import plugin from "../index.js";

const packageJson = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { name: string; version: string };

describe("plugin object", () => {
  it("names itself as package.json does", () => {
    expect(plugin.meta).toEqual({ name: packageJson.name, version: packageJson.version, namespace: "dockerfile" });
  });

  it("ships both languages", () => {
    expect(Object.keys(plugin.languages).sort()).toEqual(["dockerfile", "dockerignore"]);
  });

  it("gives every rule complete metadata", () => {
    for (const [name, rule] of Object.entries(plugin.rules)) {
      const meta = rule.meta!;
      expect(meta.type, name).toMatch(/^(problem|suggestion|layout)$/u);
      expect(meta.docs!.description, name).toBeTruthy();
      expect(meta.docs!.url, name).toMatch(new RegExp(`/docs/rules/${name}\\.md$`, "u"));
      expect(Array.isArray(meta.docs!.hadolint), name).toBe(true);
      expect(Array.isArray(meta.docs!.buildkit), name).toBe(true);
      expect(meta.schema, name).toBeDefined();
      expect(meta.defaultOptions, name).toBeDefined();
      expect([["dockerfile/dockerfile"], ["dockerfile/dockerignore"]], name).toContainEqual(meta.languages);
      expect(meta.messages, name).toBeDefined();
    }
  });
});

describe("configs", () => {
  it.each(["recommended", "strict", "all"] as const)("%s lints Dockerfiles and ignore files with the right language", (name) => {
    const [dockerfileBlock, ignoreBlock] = plugin.configs[name];
    expect(dockerfileBlock).toMatchObject({
      name: `dockerfile/${name}/dockerfile`,
      language: "dockerfile/dockerfile",
      files: expect.arrayContaining(["**/Dockerfile", "**/Dockerfile.*", "**/*.Dockerfile", "**/*.dockerfile", "**/Containerfile", "**/Containerfile.*"]),
      ignores: expect.arrayContaining(["**/*.dockerignore"]),
    });
    expect(ignoreBlock).toMatchObject({
      name: `dockerfile/${name}/dockerignore`,
      language: "dockerfile/dockerignore",
      files: ["**/.dockerignore", "**/*.dockerignore", "**/.containerignore"],
    });
  });

  it("grows from recommended to strict to all", () => {
    const ruleNames = (name: "recommended" | "strict" | "all") => Object.keys(plugin.configs[name][0]!.rules ?? {});
    expect(ruleNames("recommended")).toEqual(["dockerfile/exec-form-command", "dockerfile/no-unpinned-base-image", "dockerfile/pip-no-cache-dir"]);
    expect(ruleNames("strict")).toEqual(expect.arrayContaining(ruleNames("recommended")));
    expect(ruleNames("all")).toEqual(Object.keys(plugin.rules).map((name) => `dockerfile/${name}`));
  });
});
