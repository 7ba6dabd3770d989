/**
 * docs/migrating-from-hadolint.md: its hadolint table is generated from rule metadata and
 * docs/hadolint-gaps.json (scripts/migration-table.mjs) and must be up to date; every hadolint DL
 * code has a rule or a reason; the rules and pages the page names exist.
 */
import { existsSync, readFileSync } from "node:fs";
import { Linter } from "eslint";
import { describe, expect, it } from "vitest";
import plugin from "../../index.js";
import { rules } from "../../rules/index.js";
import {
  BEGIN_MARKER,
  END_MARKER,
  GAPS_PATH,
  HADOLINT_CODES,
  PAGE_PATH,
  REGENERATE_COMMAND,
  migrationProblems,
  renderMigrationTable,
  replaceMigrationTable,
  rulesByHadolintCode,
} from "../../scripts/migration-table.mjs";

const page = readFileSync(new URL(`../../${PAGE_PATH}`, import.meta.url), "utf8");
const gaps = JSON.parse(readFileSync(new URL(`../../${GAPS_PATH}`, import.meta.url), "utf8")) as Record<string, string>;

describe("migration page", () => {
  it("has an up-to-date hadolint table", () => {
    const updated = replaceMigrationTable(page, renderMigrationTable(rules, gaps));
    expect(updated === page, `${PAGE_PATH} is out of date. Regenerate it with: ${REGENERATE_COMMAND}`).toBe(true);
  });

  it("gives every hadolint DL code a rule or a reason, and no reason to a code with a rule", () => {
    expect(migrationProblems(rules, gaps)).toEqual([]);
  });

  it("lists DL1001, DL3000-DL3067 and DL4000-DL4006", () => {
    const expected = ["DL1001"];
    for (let n = 3000; n <= 3067; n++) expected.push(`DL${n}`);
    for (let n = 4000; n <= 4006; n++) expected.push(`DL${n}`);
    expect(Object.keys(HADOLINT_CODES)).toEqual(expected);
  });

  it("names only rules and rule pages that exist", () => {
    const named = [...page.matchAll(/"dockerfile\/([a-z0-9-]+)"/gu)].map((match) => match[1]!);
    const linked = [...page.matchAll(/\]\(rules\/([a-z0-9-]+)\.md\)/gu)].map((match) => match[1]!);
    const gapLinks = Object.values(gaps).flatMap((reason) => [...reason.matchAll(/\]\(rules\/([a-z0-9-]+)\.md\)/gu)].map((match) => match[1]!));
    for (const name of [...named, ...linked, ...gapLinks]) {
      expect(existsSync(new URL(`../../rules/${name}.ts`, import.meta.url)), `${PAGE_PATH} names dockerfile/${name}: rules/${name}.ts`).toBe(true);
      expect(existsSync(new URL(`../../docs/rules/${name}.md`, import.meta.url)), `docs/rules/${name}.md`).toBe(true);
    }
  });
});

describe("migration page examples", () => {
  const blocks = [...page.matchAll(/```dockerfile\n([\s\S]*?)```/gu)].map((match) => match[1]!);
  const codesOf = (ruleId: string) => {
    const docs = rules[ruleId.replace(/^dockerfile\//u, "") as keyof typeof rules]?.meta?.docs as { hadolint?: string[]; buildkit?: string[] } | undefined;
    return [...(docs?.hadolint ?? []), ...(docs?.buildkit ?? [])];
  };
  const reportedCodes = (code: string) => {
    const messages = new Linter({ configType: "flat" }).verify(code, plugin.configs.all, "Dockerfile");
    expect(messages.filter((message) => message.fatal)).toEqual([]);
    return messages.flatMap((message) => codesOf(message.ruleId ?? ""));
  };

  it("suppress what they say they suppress", () => {
    expect(blocks).toHaveLength(2);
    const [hadolintExample, checkExample] = blocks as [string, string];
    const hadolintCodes = reportedCodes(hadolintExample);
    for (const code of ["DL3008", "DL3015", "DL3059"]) expect(hadolintCodes).not.toContain(code);
    const checkCodes = reportedCodes(checkExample);
    for (const code of ["JSONArgsRecommended", "StageNameCasing"]) expect(checkCodes).not.toContain(code);
  });
});

describe("migration table script", () => {
  const rule = (hadolint: string[], docs: { recommended?: boolean; strict?: boolean } = {}) => ({ meta: { docs: { hadolint, ...docs } } });

  it("maps codes to the rules that list them, one row per code, with the smallest config", () => {
    const fake = { "b-rule": rule(["DL3000", "SC2086"], { strict: true }), "a-rule": rule(["DL3000"], { recommended: true }) };
    expect(rulesByHadolintCode(fake)).toEqual(new Map([["DL3000", ["a-rule", "b-rule"]]]));
    const table = renderMigrationTable(fake, { DL3001: "a reason | with a pipe." });
    expect(table).toContain("| [DL3000](https://github.com/hadolint/hadolint/wiki/DL3000) | WORKDIR path is not absolute | [a-rule](rules/a-rule.md), [b-rule](rules/b-rule.md) | `recommended`, `strict` |");
    expect(table).toContain("| a reason \\| with a pipe. | - |");
    expect(table).toContain("| No rule yet. | - |");
    expect(table).not.toContain("SC2086");
  });

  it("names what is missing or stale", () => {
    const problems = migrationProblems({ only: rule(["DL3000"]) }, { DL3000: "stale", DL9999: "unknown", DL3001: "fine" });
    expect(problems).toContain(`DL3000 has a rule now (only): delete its entry from ${GAPS_PATH}.`);
    expect(problems).toContain(`${GAPS_PATH} names DL9999, which is not a hadolint DL code of the table.`);
    expect(problems.some((problem) => problem.startsWith("DL3002 has no rule"))).toBe(true);
    expect(problems.some((problem) => problem.startsWith("DL3001"))).toBe(false);
  });

  it("replaces only what is between the markers", () => {
    expect(replaceMigrationTable(`a\n${BEGIN_MARKER}\nold\n${END_MARKER}\nb`, "new")).toBe(`a\n${BEGIN_MARKER}\n\nnew\n\n${END_MARKER}\nb`);
    expect(() => replaceMigrationTable("no markers", "x")).toThrow(/must contain/u);
  });
});
