/**
 * The README's rule table is generated from rule metadata (scripts/rule-table.mjs); this fails
 * when someone adds or changes a rule and forgets to regenerate it.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { rules } from "../../rules/index.js";
import {
  BEGIN_MARKER,
  END_MARKER,
  REGENERATE_COMMAND,
  buildkitCheckUrl,
  renderRuleTable,
  replaceRuleTable,
} from "../../scripts/rule-table.mjs";

const README = new URL("../../README.md", import.meta.url);

describe("README rule table", () => {
  it("matches the table generated from rule metadata", () => {
    const readme = readFileSync(README, "utf8");
    const expected = replaceRuleTable(readme, renderRuleTable(rules));
    expect(readme, `README.md rule table is out of date. Regenerate it with: ${REGENERATE_COMMAND}`).toBe(expected);
  });

  it("lists every rule, linked to its page", () => {
    const readme = readFileSync(README, "utf8");
    const table = readme.slice(readme.indexOf(BEGIN_MARKER), readme.indexOf(END_MARKER));
    for (const name of Object.keys(rules)) {
      expect(table).toContain(`[${name}](docs/rules/${name}.md)`);
    }
  });

  it("rejects a README without the markers", () => {
    expect(() => replaceRuleTable("# no markers\n", "table")).toThrow(BEGIN_MARKER);
  });

  it("links BuildKit checks by their kebab-case page names", () => {
    expect(buildkitCheckUrl("JSONArgsRecommended")).toBe(
      "https://docs.docker.com/reference/build-checks/json-args-recommended/",
    );
    expect(buildkitCheckUrl("SecretsUsedInArgOrEnv")).toBe(
      "https://docs.docker.com/reference/build-checks/secrets-used-in-arg-or-env/",
    );
  });
});
