/**
 * The shipped flat configs, derived from rule metadata: `recommended` (quiet and certain),
 * `strict` (recommended plus opinionated rules) and `all`.
 */
import type { ESLint, Linter } from "eslint";
import type { RuleConfigName } from "../lib/rule.js";
import { rules } from "../rules/index.js";
import { DOCKERFILE_FILES, DOCKERFILE_IGNORES, IGNORE_FILE_FILES } from "./files.js";

export type ConfigName = RuleConfigName | "all";

const CONFIG_LEVELS: Record<ConfigName, readonly (RuleConfigName | undefined)[]> = {
  recommended: ["recommended"],
  strict: ["recommended", "strict"],
  all: ["recommended", "strict", undefined],
};

interface RuleMetaView {
  meta?: { docs?: { config?: RuleConfigName }; languages?: string[] };
}

function rulesFor(config: ConfigName, language: string): Linter.RulesRecord {
  const entries = Object.entries(rules as Record<string, RuleMetaView>)
    .filter(([, rule]) => (rule.meta?.languages ?? ["dockerfile/dockerfile"]).includes(language))
    .filter(([, rule]) => CONFIG_LEVELS[config].includes(rule.meta?.docs?.config))
    .map(([name]) => [`dockerfile/${name}`, "error"] as const);
  return Object.fromEntries(entries);
}

export function createConfigs(plugin: ESLint.Plugin): Record<ConfigName, Linter.Config[]> {
  const build = (config: ConfigName): Linter.Config[] => [
    {
      name: `dockerfile/${config}/dockerfile`,
      files: DOCKERFILE_FILES,
      ignores: DOCKERFILE_IGNORES,
      plugins: { dockerfile: plugin },
      language: "dockerfile/dockerfile",
      rules: rulesFor(config, "dockerfile/dockerfile"),
    },
    {
      name: `dockerfile/${config}/dockerignore`,
      files: IGNORE_FILE_FILES,
      plugins: { dockerfile: plugin },
      language: "dockerfile/dockerignore",
      rules: rulesFor(config, "dockerfile/dockerignore"),
    },
  ];
  return { recommended: build("recommended"), strict: build("strict"), all: build("all") };
}
