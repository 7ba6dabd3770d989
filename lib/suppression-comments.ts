/**
 * Makes the plugin's Dockerfile rules honour the suppression comments users already have
 * (lib/dockerfile/suppressions.ts): `# check=skip=...` for rules with `docs.buildkit` codes,
 * `# hadolint ignore=...` and `# hadolint global ignore=...` for rules with `docs.hadolint` codes
 * unless `settings.dockerfile.hadolintPragmas` is `false`.
 *
 * This happens in the rule, not through ESLint disable directives: a directive the language made
 * up would be reported by `reportUnusedDisableDirectives` (on by default) whenever the skipped
 * check finds nothing, with a "fix" that deletes Docker's own `# check=` line; it would also name
 * rules as `dockerfile/<rule>` and fail with "Definition for rule was not found" when a config
 * registers the plugin under another name. Here a rule skipped for the file does not run at all,
 * and a report inside an ignored instruction is dropped before ESLint sees it.
 */
import type { DockerfileRuleDocs } from "./rule.js";
import type { EquivalentCodes, SuppressionComments } from "./dockerfile/suppressions.js";

/** The part of a rule read here. */
interface AnyRule {
  meta?: { docs?: Partial<Pick<DockerfileRuleDocs, "buildkit" | "hadolint">> };
  create: (...args: never[]) => unknown;
}

interface LocatedReport {
  loc?: { start?: { line: number }; line?: number } | null;
  node?: { loc?: { start: { line: number } } } | null;
}

const wrapped = new WeakSet<object>();

/** `settings.dockerfile.hadolintPragmas`: anything but `false` keeps them on. */
export function hadolintPragmasEnabled(settings: unknown): boolean {
  const dockerfile = (settings as { dockerfile?: { hadolintPragmas?: unknown } } | undefined)?.dockerfile;
  return dockerfile?.hadolintPragmas !== false;
}

function reportLine(descriptor: LocatedReport | undefined): number | null {
  const loc = descriptor?.loc ?? descriptor?.node?.loc;
  if (!loc) return null;
  const start = "start" in loc && loc.start ? loc.start : loc;
  return typeof (start as { line?: unknown }).line === "number" ? (start as { line: number }).line : null;
}

/** One rule that honours the suppression comments; rules without equivalent codes are returned as they are. */
export function honourSuppressionComments<Rule extends object>(rule: Rule): Rule {
  const docs = (rule as AnyRule).meta?.docs;
  const codes: EquivalentCodes = { buildkit: docs?.buildkit ?? [], hadolint: docs?.hadolint ?? [] };
  if (wrapped.has(rule) || (codes.buildkit!.length === 0 && codes.hadolint!.length === 0)) return rule;
  const create = (rule as AnyRule).create.bind(rule) as (context: unknown) => unknown;
  const result = {
    ...rule,
    create(context: { sourceCode?: { suppressions?: SuppressionComments }; settings?: unknown; report(...args: unknown[]): void }) {
      const suppressions = context.sourceCode?.suppressions;
      if (!suppressions) return create(context);
      const options = { hadolintPragmas: hadolintPragmasEnabled(context.settings) };
      if (suppressions.skipsFile(codes, options)) return {};
      const ignored = suppressions.ignoredLines(codes, options);
      if (ignored.length === 0) return create(context);
      const report = (...args: unknown[]): void => {
        const line = reportLine(args[0] as LocatedReport | undefined);
        if (line !== null && ignored.some(([first, last]) => line >= first && line <= last)) return;
        context.report(...args);
      };
      return create(Object.freeze(Object.create(context, { report: { value: report, enumerable: true } })));
    },
  } as Rule;
  wrapped.add(result);
  return result;
}

/** Every rule of a rules map, wrapped as above. */
export function honourSuppressionCommentsInRules<Rules extends Record<string, object>>(rules: Rules): Rules {
  return Object.fromEntries(Object.entries(rules).map(([name, rule]) => [name, honourSuppressionComments(rule)])) as Rules;
}
