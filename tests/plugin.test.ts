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
      expect([["dockerfile/dockerfile"], ["dockerfile/dockerignore"], ["yml/yaml"]], name).toContainEqual(meta.languages);
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

  it("takes each config's rules from the rules' metadata", () => {
    const configured = (name: "recommended" | "strict" | "all") =>
      plugin.configs[name].flatMap((block) => Object.keys(block.rules ?? {})).sort();
    // Compose rules (language yml/yaml) belong to the `compose` config, not to these.
    const named = (keep: (docs: { recommended?: boolean; strict?: boolean }) => boolean) =>
      Object.entries(plugin.rules)
        .filter(([, rule]) => (rule.meta?.languages as string[] | undefined)?.[0] !== "yml/yaml")
        .filter(([, rule]) => keep((rule.meta?.docs ?? {}) as { recommended?: boolean; strict?: boolean }))
        .map(([name]) => `dockerfile/${name}`)
        .sort();
    expect(configured("recommended")).toEqual(named((docs) => docs.recommended === true));
    expect(configured("recommended")).toContain("dockerfile/no-unpinned-base-image");
    expect(configured("strict")).toEqual(named((docs) => docs.strict === true));
    expect(configured("strict")).toEqual(expect.arrayContaining(configured("recommended")));
    expect(configured("all")).toEqual(named(() => true));
  });

  it("gives strict the stricter options a rule asks for", () => {
    for (const [name, rule] of Object.entries(plugin.rules)) {
      const strictOptions = (rule.meta?.docs as { strictOptions?: unknown[] } | undefined)?.strictOptions;
      if (!strictOptions) continue;
      const entry = plugin.configs.strict.flatMap((block) => Object.entries(block.rules ?? {})).find(([id]) => id === `dockerfile/${name}`);
      expect(entry?.[1], name).toEqual(["error", ...strictOptions]);
      const recommended = plugin.configs.recommended.flatMap((block) => Object.entries(block.rules ?? {})).find(([id]) => id === `dockerfile/${name}`);
      if (recommended) expect(recommended[1], name).toBe("error");
    }
  });
});

describe("compose configs", () => {
  const composeRules = (name: string) =>
    ((plugin.configs as unknown as Record<string, { name?: string; rules?: Record<string, unknown> }[]>)[name] ?? []).map((block) => [
      block.name,
      Object.keys(block.rules ?? {}).filter((id) => id.startsWith("dockerfile/compose-") || id === "dockerfile/pin-base-image-digest"),
    ]);

  it("compose-strict adds the strict compose rules and lints inline Dockerfiles with strict", () => {
    expect(composeRules("compose")).toEqual([
      ["dockerfile/compose/yaml", ["dockerfile/compose-build-context", "dockerfile/compose-no-unpinned-image"]],
      ["dockerfile/compose/dockerfile", []],
    ]);
    expect(composeRules("compose-strict")).toEqual([
      [
        "dockerfile/compose-strict/yaml",
        ["dockerfile/compose-build-context", "dockerfile/compose-no-privileged", "dockerfile/compose-no-unpinned-image", "dockerfile/compose-pin-image-digest"],
      ],
      ["dockerfile/compose-strict/dockerfile", ["dockerfile/pin-base-image-digest"]],
    ]);
  });
});
