import rule from "../../rules/no-duplicate-stage-name.js";
import { lines, runRuleTests } from "../rule-tester.js";

runRuleTests("no-duplicate-stage-name", rule, {
  valid: [
    lines("FROM debian:12 AS deb-builder", "FROM golang:1.22 AS go-builder"),
    lines("FROM debian:12", "FROM golang:1.22"),
    // The same name as an image is not a duplicate stage.
    lines("FROM debian:12 AS debian"),
  ],
  invalid: [
    {
      code: lines("FROM debian:12 AS builder", "RUN apt-get update", "FROM golang:1.22 AS builder"),
      errors: [{ messageId: "duplicate", data: { name: "builder", line: "1" }, line: 3, column: 21, endColumn: 28 }],
    },
    {
      // Docker compares stage names case-insensitively.
      code: lines("FROM debian:12 AS builder", "FROM golang:1.22 AS Builder", "FROM alpine:3.20 AS BUILDER"),
      errors: [
        { messageId: "duplicate", data: { name: "Builder", line: "1" }, line: 2 },
        { messageId: "duplicate", data: { name: "BUILDER", line: "1" }, line: 3 },
      ],
    },
  ],
});
