import rule from "../../rules/no-constant-platform-flag.js";
import { lines, runRuleTests } from "../rule-tester.js";

runRuleTests("no-constant-platform-flag", rule, {
  valid: [
    lines("FROM alpine:3.20 AS base"),
    lines("FROM --platform=${BUILDPLATFORM} golang:1.22 AS base"),
    // Any variable makes it not a constant (hadolint's DL3029 reports these).
    lines("FROM --platform=$BUILDOS/$BUILDARCH golang:1.22 AS base"),
    // Per-platform stages, named after the platform.
    lines("FROM --platform=linux/amd64 alpine:3.20 AS build_amd64", "FROM --platform=linux/arm64 alpine:3.20 AS build_arm64", "FROM build_${TARGETARCH} AS build"),
    lines("FROM --platform=linux/arm64 alpine:3.20 AS linux-tools"),
  ],
  invalid: [
    {
      code: lines("FROM --platform=linux/amd64 alpine:3.20 AS base", "RUN apk add --no-cache git"),
      errors: [{ messageId: "constant", data: { platform: "linux/amd64", example: "base-amd64" }, line: 1, column: 6, endColumn: 28 }],
    },
    {
      code: lines("FROM --platform=windows/amd64 mcr.microsoft.com/windows/nanoserver:ltsc2022"),
      errors: [{ messageId: "constant", data: { platform: "windows/amd64", example: "build-amd64" } }],
    },
  ],
});
