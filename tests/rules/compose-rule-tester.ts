/**
 * RuleTester for the compose rules: eslint-plugin-yml's YAML language, on ESLint 10 and 9.
 */
import { RuleTester as RuleTester10 } from "eslint";
import { RuleTester as RuleTester9 } from "eslint9";
import yml from "eslint-plugin-yml";
import { describe, it } from "vitest";
import plugin from "../../index.js";

type RuleTesterClass = typeof RuleTester10;
type RuleTests = Parameters<RuleTester10["run"]>[2];

const RULE_TESTERS: [string, RuleTesterClass][] = [
  ["ESLint 10", RuleTester10],
  ["ESLint 9", RuleTester9 as unknown as RuleTesterClass],
];

export function runComposeRuleTests(name: string, rule: unknown, tests: RuleTests): void {
  for (const [version, RuleTester] of RULE_TESTERS) {
    RuleTester.describe = describe;
    RuleTester.it = it;
    RuleTester.itOnly = it.only;
    describe(version, () => {
      const tester = new RuleTester({ plugins: { dockerfile: plugin as never, yml: yml as never }, language: "yml/yaml" });
      tester.run(name, rule as never, tests);
    });
  }
}

/** Joins lines with "\n" so test cases read like compose files. */
export function yaml(...content: string[]): string {
  return content.join("\n") + "\n";
}
