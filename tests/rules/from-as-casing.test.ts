import rule from "../../rules/from-as-casing.js";
import { lines, runRuleTests } from "../rule-tester.js";

runRuleTests("from-as-casing", rule, {
  valid: [
    lines("FROM debian:12 AS builder"),
    lines("from debian:12 as builder"),
    lines("FROM debian:12"),
    // A mixed-case FROM is consistent-instruction-casing's business.
    lines("From debian:12 as builder"),
  ],
  invalid: [
    {
      code: lines("FROM debian:12 as builder"),
      output: lines("FROM debian:12 AS builder"),
      errors: [{ messageId: "mismatch", data: { as: "as", from: "FROM", expected: "AS" }, line: 1, column: 16, endColumn: 18 }],
    },
    {
      code: lines("from debian:12 AS builder"),
      output: lines("from debian:12 as builder"),
      errors: [{ messageId: "mismatch", data: { as: "AS", from: "from", expected: "as" } }],
    },
    {
      code: lines("FROM debian:12 As builder"),
      output: lines("FROM debian:12 AS builder"),
      errors: [{ messageId: "mismatch" }],
    },
  ],
});
