/**
 * RuleTester wired to the Dockerfile language under Vitest.
 */
import { RuleTester } from "eslint";
import { describe, it } from "vitest";
import plugin from "../index.js";

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

export function dockerfileRuleTester(): RuleTester {
  return new RuleTester({
    plugins: { dockerfile: plugin },
    language: "dockerfile/dockerfile",
  });
}

/** Joins lines with "\n" so test cases read like Dockerfiles. */
export function lines(...content: string[]): string {
  return content.join("\n") + "\n";
}
