/**
 * RuleTester wired to the Dockerfile language under Vitest, run on ESLint 10 and on ESLint 9.
 */
import { RuleTester as RuleTester10 } from "eslint";
import { RuleTester as RuleTester9 } from "eslint9";
import { describe, it } from "vitest";
import plugin from "../index.js";

type RuleTesterClass = typeof RuleTester10;

const RULE_TESTERS: [string, RuleTesterClass][] = [
  ["ESLint 10", RuleTester10],
  ["ESLint 9", RuleTester9 as unknown as RuleTesterClass],
];

for (const [, RuleTester] of RULE_TESTERS) {
  RuleTester.describe = describe;
  RuleTester.it = it;
  RuleTester.itOnly = it.only;
}

type RuleTests = Parameters<RuleTester10["run"]>[2];

function runOnEveryVersion(language: string, name: string, rule: unknown, tests: RuleTests): void {
  for (const [version, RuleTester] of RULE_TESTERS) {
    describe(version, () => {
      const tester = new RuleTester({ plugins: { dockerfile: plugin as never }, language });
      tester.run(name, rule as never, tests);
    });
  }
}

/** Runs one Dockerfile rule's valid and invalid cases on every supported ESLint major version. */
export function runRuleTests(name: string, rule: unknown, tests: RuleTests): void {
  runOnEveryVersion("dockerfile/dockerfile", name, rule, tests);
}

/** The same for a rule of the `.dockerignore` language. */
export function runIgnoreFileRuleTests(name: string, rule: unknown, tests: RuleTests): void {
  runOnEveryVersion("dockerfile/dockerignore", name, rule, tests);
}

/** Joins lines with "\n" so test cases read like Dockerfiles. */
export function lines(...content: string[]): string {
  return content.join("\n") + "\n";
}
