/**
 * docs/buildkit-checks.md maps every Docker build check to a rule: the table must agree with the
 * rules' `meta.docs.buildkit`, in both directions.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import plugin from "../../index.js";

const PAGE = readFileSync(new URL("../../docs/buildkit-checks.md", import.meta.url), "utf8");
const ROWS = new Map(
  [...PAGE.matchAll(/^\| ([A-Za-z]+) \| (.*?) \| .*\|$/gmu)]
    .filter(([, check]) => check !== "Build")
    .map(([, check, rule]) => [check!, [...rule!.matchAll(/\[([a-z0-9-]+)\]\(rules\/\1\.md\)/gu)].map((match) => match[1]!)]),
);
const rules = plugin.rules as Record<string, { meta?: { docs?: { buildkit?: string[] } } }>;

describe("docs/buildkit-checks.md", () => {
  it("lists Docker's 22 build checks", () => {
    expect(ROWS.size).toBe(22);
  });

  it("names, for each check, the rules whose metadata cover it", () => {
    for (const [check, named] of ROWS) {
      const covering = Object.entries(rules)
        .filter(([, rule]) => rule.meta?.docs?.buildkit?.includes(check))
        .map(([name]) => name);
      expect(named.sort(), check).toEqual(covering.sort());
    }
  });

  it("has a row for every check a rule declares", () => {
    for (const [name, rule] of Object.entries(rules)) {
      for (const check of rule.meta?.docs?.buildkit ?? []) expect(ROWS.has(check), `${name}: ${check}`).toBe(true);
    }
  });
});
