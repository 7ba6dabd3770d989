/**
 * eslint-plugin-dockerfile: Dockerfiles and `.dockerignore` files as ESLint languages, with rules
 * for Docker build practices.
 */
import type { ESLint, Linter } from "eslint";
import { defineEmbeddedConfigs, type EmbeddedConfigName } from "./configs/embedded.js";
import { createConfigs, type ConfigName } from "./configs/index.js";
import { DockerfileLanguage } from "./lib/dockerfile/language.js";
import { DockerignoreLanguage } from "./lib/dockerignore/index.js";
import { composeProcessor } from "./lib/processors/compose.js";
import { markdownProcessorForDockerfiles } from "./lib/processors/markdown.js";
import { rules as ruleDefinitions } from "./rules/index.js";
import { honourSuppressionCommentsInRules } from "./lib/suppression-comments.js";
import { PLUGIN_NAME, PLUGIN_VERSION } from "./lib/version.js";

/** The rules as shipped: they honour `# check=skip=` and `# hadolint ignore=` comments (lib/suppression-comments.ts). */
const rules = honourSuppressionCommentsInRules(ruleDefinitions);

const plugin = {
  meta: { name: PLUGIN_NAME, version: PLUGIN_VERSION, namespace: "dockerfile" },
  languages: {
    dockerfile: new DockerfileLanguage(),
    dockerignore: new DockerignoreLanguage(),
  },
  rules,
  processors: {
    compose: composeProcessor,
    markdown: markdownProcessorForDockerfiles,
  },
  /** `compose` and `markdown` are getters that load their optional peer dependency when read. */
  configs: {} as Record<ConfigName | EmbeddedConfigName, Linter.Config[]>,
};

Object.assign(plugin.configs, createConfigs(plugin as unknown as ESLint.Plugin));
defineEmbeddedConfigs(plugin.configs, plugin as unknown as ESLint.Plugin);

export default plugin;
export { rules };
export { DockerfileLanguage, DockerignoreLanguage };
export { visitorKeys } from "./lib/dockerfile/ast.js";
export { buildContextCacheKey, type BuildContextCacheKey } from "./lib/cache-key.js";
export type * from "./lib/dockerfile/ast.js";
export type { DockerfileSourceCode } from "./lib/dockerfile/source-code.js";
