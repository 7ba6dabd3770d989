/**
 * eslint-plugin-dockerfile: Dockerfiles and `.dockerignore` files as ESLint languages, with rules
 * for Docker build practices.
 */
import type { ESLint, Linter } from "eslint";
import { createConfigs, type ConfigName } from "./configs/index.js";
import { DockerfileLanguage } from "./lib/dockerfile/language.js";
import { DockerignoreLanguage } from "./lib/dockerignore/index.js";
import { rules } from "./rules/index.js";
import { PLUGIN_NAME, PLUGIN_VERSION } from "./lib/version.js";

const plugin = {
  meta: { name: PLUGIN_NAME, version: PLUGIN_VERSION, namespace: "dockerfile" },
  languages: {
    dockerfile: new DockerfileLanguage(),
    dockerignore: new DockerignoreLanguage(),
  },
  rules,
  configs: {} as Record<ConfigName, Linter.Config[]>,
};

Object.assign(plugin.configs, createConfigs(plugin as unknown as ESLint.Plugin));

export default plugin;
export { rules };
export { DockerfileLanguage, DockerignoreLanguage };
export { visitorKeys } from "./lib/dockerfile/ast.js";
export { buildContextCacheKey, type BuildContextCacheKey } from "./lib/cache-key.js";
export type * from "./lib/dockerfile/ast.js";
export type { DockerfileSourceCode } from "./lib/dockerfile/source-code.js";
