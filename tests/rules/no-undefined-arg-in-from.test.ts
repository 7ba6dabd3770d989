import rule from "../../rules/no-undefined-arg-in-from.js";
import { lines, runRuleTests } from "../rule-tester.js";

runRuleTests("no-undefined-arg-in-from", rule, {
  valid: [
    lines('ARG VARIANT="-alpine3.20"', "FROM node:22${VARIANT} AS jsbuilder"),
    lines("ARG TAG", "FROM alpine:${TAG}"),
    // Platform ARGs are predefined.
    lines("FROM --platform=$BUILDPLATFORM golang:1.22", "FROM build-${TARGETARCH}"),
    // A fallback says an unset value is meant.
    lines("FROM node:22${VARIANT:-}"),
    // An escaped dollar is not a variable.
    lines("FROM alpine:3.20\\$x"),
  ],
  invalid: [
    {
      code: lines("FROM node:22${VARIANT} AS jsbuilder"),
      errors: [{ messageId: "undeclared", data: { name: "VARIANT" }, line: 1, column: 6, endColumn: 23, suggestions: [] }],
    },
    {
      // ARGs declared in a stage are not visible to a later FROM.
      code: lines("FROM alpine:3.20", "ARG BASE=debian:12", "FROM $BASE"),
      errors: [{ messageId: "undeclared", data: { name: "BASE" }, line: 3 }],
    },
    {
      code: lines("FROM --platform=$BUILDPLATFROM golang:1.22"),
      errors: [
        {
          messageId: "undeclaredTypo",
          data: { name: "BUILDPLATFROM", suggestion: "BUILDPLATFORM" },
          line: 1,
          column: 6,
          suggestions: [{ messageId: "replace", data: { suggestion: "BUILDPLATFORM" }, output: lines("FROM --platform=$BUILDPLATFORM golang:1.22") }],
        },
      ],
    },
    {
      code: lines("ARG NODE_VERSION=22", "FROM node:${NODE_VERSON}-alpine"),
      errors: [
        {
          messageId: "undeclaredTypo",
          data: { name: "NODE_VERSON", suggestion: "NODE_VERSION" },
          suggestions: [{ messageId: "replace", data: { suggestion: "NODE_VERSION" }, output: lines("ARG NODE_VERSION=22", "FROM node:${NODE_VERSION}-alpine") }],
        },
      ],
    },
  ],
});
