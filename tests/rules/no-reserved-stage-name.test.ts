import rule from "../../rules/no-reserved-stage-name.js";
import { lines, runRuleTests } from "../rule-tester.js";

runRuleTests("no-reserved-stage-name", rule, {
  valid: [
    lines("FROM alpine:3.20 AS builder"),
    lines("FROM scratch"),
    lines("FROM alpine:3.20 AS scratch-files", "FROM alpine:3.20 AS build-context"),
  ],
  invalid: [
    {
      code: lines("FROM alpine:3.20 AS scratch"),
      errors: [{ messageId: "reserved", data: { name: "scratch", lower: "scratch", meaning: "the empty image" }, line: 1, column: 21, endColumn: 28 }],
    },
    {
      code: lines("FROM alpine:3.20 AS Context"),
      errors: [{ messageId: "reserved", data: { name: "Context", lower: "context", meaning: "the build context" } }],
    },
  ],
});
