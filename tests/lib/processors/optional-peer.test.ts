import { describe, expect, it } from "vitest";
import plugin from "../../../index.js";
import { loadPeer } from "../../../lib/processors/optional-peer.js";

describe("optional peer dependencies", () => {
  it("names the package to install when it is missing", () => {
    expect(() => loadPeer("eslint-plugin-not-installed-anywhere", 'The "compose" config')).toThrow(
      /The "compose" config needs the package "eslint-plugin-not-installed-anywhere".*npm install --save-dev eslint-plugin-not-installed-anywhere/u,
    );
  });

  it("loads the compose and markdown configs only when read, with named blocks", () => {
    const descriptor = Object.getOwnPropertyDescriptor(plugin.configs, "compose");
    expect(typeof descriptor?.get).toBe("function");
    expect(plugin.configs.compose.map((block) => [block.name, block.language, block.processor])).toEqual([
      ["dockerfile/compose/yaml", "yml/yaml", "dockerfile/compose"],
      ["dockerfile/compose/dockerfile", "dockerfile/dockerfile", undefined],
    ]);
    expect(plugin.configs.markdown.map((block) => [block.name, block.language, block.processor])).toEqual([
      ["dockerfile/markdown/markdown", "markdown/commonmark", "dockerfile/markdown"],
      ["dockerfile/markdown/dockerfile", "dockerfile/dockerfile", undefined],
    ]);
    expect(plugin.configs.compose).toBe(plugin.configs.compose);
    expect(plugin.configs.markdown[1]!.rules).toMatchObject({ "dockerfile/require-non-root-user": "off" });
    expect(Object.keys(plugin.configs.compose[0]!.rules ?? {}).sort()).toEqual([
      "dockerfile/compose-build-context",
      "dockerfile/compose-no-unpinned-image",
    ]);
  });
});
