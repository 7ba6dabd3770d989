import rule from "../../rules/no-redundant-target-platform.js";
import { lines, runRuleTests } from "../rule-tester.js";

runRuleTests("no-redundant-target-platform", rule, {
  valid: [
    lines("FROM alpine:3.20 AS builder"),
    lines("FROM --platform=$BUILDPLATFORM golang:1.22 AS build"),
    // Built from the variable, not the variable itself.
    lines("FROM --platform=${TARGETPLATFORM}-x alpine:3.20"),
    // A global ARG gives the name its own default.
    lines("ARG TARGETPLATFORM=linux/arm64", "FROM --platform=$TARGETPLATFORM alpine:3.20"),
  ],
  invalid: [
    {
      code: lines("FROM --platform=$TARGETPLATFORM alpine:3.20 AS builder", "RUN apk add --no-cache git"),
      output: lines("FROM alpine:3.20 AS builder", "RUN apk add --no-cache git"),
      errors: [{ messageId: "redundant", data: { value: "$TARGETPLATFORM" }, line: 1, column: 6, endColumn: 32 }],
    },
    {
      code: lines("FROM --platform=${TARGETPLATFORM} \\", "  alpine:3.20"),
      output: lines("FROM \\", "  alpine:3.20"),
      errors: [{ messageId: "redundant", data: { value: "${TARGETPLATFORM}" } }],
    },
  ],
});
