/** Types for scripts/migration-table.mjs (a plain .mjs so Node 20 runs it without a TypeScript loader). */

/** The part of a rule the table reads. */
export interface MigrationRuleEntry {
  meta?: {
    docs?: {
      recommended?: boolean;
      strict?: boolean;
      hadolint?: readonly string[];
    };
  };
}

/** Why a hadolint code has no rule, by code (docs/hadolint-gaps.json). */
export type HadolintGaps = Readonly<Record<string, string>>;

export const BEGIN_MARKER: string;
export const END_MARKER: string;
export const REGENERATE_COMMAND: string;
export const PAGE_PATH: string;
export const GAPS_PATH: string;
export const HADOLINT_CODES: Readonly<Record<string, string>>;

export function hadolintWikiUrl(code: string): string;
export function rulesByHadolintCode(rules: Readonly<Record<string, MigrationRuleEntry>>): Map<string, string[]>;
export function migrationProblems(rules: Readonly<Record<string, MigrationRuleEntry>>, gaps: HadolintGaps): string[];
export function renderMigrationTable(rules: Readonly<Record<string, MigrationRuleEntry>>, gaps: HadolintGaps): string;
export function replaceMigrationTable(page: string, table: string): string;
