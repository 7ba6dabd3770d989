/**
 * The `compose` and `markdown` configs: Dockerfiles embedded in compose files
 * (`dockerfile_inline`) and in Markdown fences. Each needs an optional peer dependency
 * (eslint-plugin-yml, @eslint/markdown), loaded the first time the config is read, so that
 * users of the other configs never need them; a missing one is a clear error naming it.
 */
import type { ESLint, Linter } from "eslint";
import { loadPeer } from "../lib/processors/optional-peer.js";
import { rules } from "../rules/index.js";
import { rulesFor } from "./index.js";

/** Compose files as Docker Compose looks for them, with their override and environment variants. */
export const COMPOSE_FILES = [
  "**/compose.yaml",
  "**/compose.yml",
  "**/docker-compose.yaml",
  "**/docker-compose.yml",
  "**/compose.*.yaml",
  "**/compose.*.yml",
  "**/docker-compose.*.yaml",
  "**/docker-compose.*.yml",
];

/** The virtual Dockerfiles the compose processor makes: `compose.yaml/1_web.dockerfile`. */
export const COMPOSE_DOCKERFILE_BLOCKS = COMPOSE_FILES.map((pattern) => `${pattern}/*.dockerfile`);

export const MARKDOWN_FILES = ["**/*.md"];

/** Dockerfile fences as @eslint/markdown names them: `README.md/1_0.dockerfile`, `1_0.docker`, ... */
export const MARKDOWN_DOCKERFILE_BLOCKS = [
  "**/*.md/*.dockerfile",
  "**/*.md/*.Dockerfile",
  "**/*.md/*.docker",
  "**/*.md/*.containerfile",
  "**/*.md/*.Containerfile",
  "**/*.md/*_Dockerfile",
  "**/*.md/*_Containerfile",
];

/**
 * Rules that misread a fragment as a whole Dockerfile: a fence often shows a few instructions
 * (`RUN apt-get install ...`) without FROM, USER, HEALTHCHECK or the ARGs declared elsewhere.
 * Rules that need a build context are quiet in fences already.
 */
export const FRAGMENT_HOSTILE_RULES = [
  "from-first",
  "no-undefined-arg-in-from",
  "no-undefined-variable",
  "no-unused-stage",
  "require-healthcheck",
  "require-non-root-user",
  "workdir-before-relative-copy",
];

export type EmbeddedConfigName = "compose" | "compose-strict" | "markdown";

/** Compose files with the `recommended` or the `strict` compose and Dockerfile rules. */
function composeConfig(plugin: ESLint.Plugin, level: "recommended" | "strict"): Linter.Config[] {
  const name = level === "recommended" ? "compose" : "compose-strict";
  const yml = loadPeer<ESLint.Plugin>("eslint-plugin-yml", `The "${name}" config`);
  return [
    {
      name: `dockerfile/${name}/yaml`,
      files: COMPOSE_FILES,
      plugins: { dockerfile: plugin, yml },
      language: "yml/yaml",
      processor: "dockerfile/compose",
      rules: rulesFor(level, "yml/yaml"),
    },
    {
      name: `dockerfile/${name}/dockerfile`,
      files: COMPOSE_DOCKERFILE_BLOCKS,
      plugins: { dockerfile: plugin },
      language: "dockerfile/dockerfile",
      rules: rulesFor(level, "dockerfile/dockerfile"),
    },
  ];
}

function markdownConfig(plugin: ESLint.Plugin): Linter.Config[] {
  const markdown = loadPeer<ESLint.Plugin>("@eslint/markdown", 'The "markdown" config');
  const off = FRAGMENT_HOSTILE_RULES.filter((name) => name in rules).map((name) => [`dockerfile/${name}`, "off"] as const);
  return [
    {
      name: "dockerfile/markdown/markdown",
      files: MARKDOWN_FILES,
      plugins: { dockerfile: plugin, markdown },
      language: "markdown/commonmark",
      processor: "dockerfile/markdown",
    },
    {
      name: "dockerfile/markdown/dockerfile",
      files: MARKDOWN_DOCKERFILE_BLOCKS,
      plugins: { dockerfile: plugin },
      language: "dockerfile/dockerfile",
      rules: { ...rulesFor("recommended", "dockerfile/dockerfile"), ...Object.fromEntries(off) },
    },
  ];
}

/**
 * Adds `compose` and `markdown` to a plugin's configs as getters: reading one loads its peer
 * dependency (once) and builds the config.
 */
export function defineEmbeddedConfigs(configs: object, plugin: ESLint.Plugin): void {
  const builders: Record<EmbeddedConfigName, (plugin: ESLint.Plugin) => Linter.Config[]> = {
    compose: (plugin) => composeConfig(plugin, "recommended"),
    "compose-strict": (plugin) => composeConfig(plugin, "strict"),
    markdown: markdownConfig,
  };
  for (const [name, build] of Object.entries(builders)) {
    let built: Linter.Config[] | undefined;
    Object.defineProperty(configs, name, {
      enumerable: true,
      configurable: true,
      get: () => (built ??= build(plugin)),
    });
  }
}
