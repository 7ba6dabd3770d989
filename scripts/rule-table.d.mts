/** Types for scripts/rule-table.mjs (a plain .mjs so Node 20 runs it without a TypeScript loader). */

/** The part of a rule the table reads. */
export interface RuleTableEntry {
  meta?: {
    fixable?: "code" | "whitespace";
    hasSuggestions?: boolean;
    languages?: readonly string[];
    docs?: {
      description?: string;
      config?: string;
      hadolint?: readonly string[];
      buildkit?: readonly string[];
    };
  };
}

export const BEGIN_MARKER: string;
export const END_MARKER: string;
export const REGENERATE_COMMAND: string;

export function buildkitCheckUrl(name: string): string;
export function hadolintRuleUrl(code: string): string;
export function renderRuleTable(rules: Readonly<Record<string, RuleTableEntry>>): string;
export function replaceRuleTable(readme: string, table: string): string;
