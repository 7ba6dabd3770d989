/**
 * The shipped flat configs, derived from rule metadata: `recommended` (quiet and certain),
 * `strict` (recommended plus opinionated rules) and `all`.
 */
import type { ESLint, Linter } from "eslint";
import { buildContextCacheKey } from "../lib/cache-key.js";
import { rules } from "../rules/index.js";
import { DOCKERFILE_FILES, DOCKERFILE_IGNORES, IGNORE_FILE_FILES } from "./files.js";

export type ConfigName = "recommended" | "strict" | "all";

interface RuleDocsView {
  recommended?: boolean;
  strict?: boolean;
  strictOptions?: unknown[];
}

interface RuleMetaView {
  meta?: { docs?: RuleDocsView; languages?: string[] };
}

const IN_CONFIG: Record<ConfigName, (docs: RuleDocsView) => boolean> = {
  recommended: (docs) => docs.recommended === true,
  strict: (docs) => docs.strict === true,
  all: () => true,
};

function ruleEntry(config: ConfigName, docs: RuleDocsView): Linter.RuleEntry {
  return config !== "recommended" && docs.strictOptions ? ["error", ...docs.strictOptions] : "error";
}

export function rulesFor(config: ConfigName, language: string): Linter.RulesRecord {
  const entries = Object.entries(rules as Record<string, RuleMetaView>)
    .filter(([, rule]) => (rule.meta?.languages ?? ["dockerfile/dockerfile"]).includes(language))
    .filter(([, rule]) => IN_CONFIG[config](rule.meta?.docs ?? {}))
    .map(([name, rule]) => [`dockerfile/${name}`, ruleEntry(config, rule.meta?.docs ?? {})] as const);
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
      // Dockerfile results depend on their build context, which ESLint's --cache cannot see.
      settings: { dockerfile: { cacheKey: buildContextCacheKey() } },
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
