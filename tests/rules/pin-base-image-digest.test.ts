import rule from "../../rules/pin-base-image-digest.js";
import { lines, runRuleTests } from "../rule-tester.js";

const DIGEST = `sha256:${"0123456789abcdef".repeat(4)}`;

runRuleTests("pin-base-image-digest", rule, {
  valid: [
    `FROM python:3.12.0-slim@${DIGEST}\n`,
    `FROM python@${DIGEST}\n`,
    `FROM ghcr.io/org/tool:v1@${DIGEST} AS tool\n`,
    "FROM scratch\n",
    lines(`FROM node:22-slim@${DIGEST} AS build`, "FROM build", "FROM BUILD AS again"),
    lines(`ARG BASE=python:3.12-slim@${DIGEST}`, "FROM ${BASE}"),
    // The value comes from outside the file: nothing to say offline.
    lines("ARG BASE", "FROM $BASE"),
    lines("ARG TAG", "FROM python:${TAG}"),
    // Not a valid reference: Docker rejects it, another check's business.
    "FROM Python:3\n",
    { code: "FROM registry.example.com/team/base:1.2\n", options: [{ ignoreImages: ["registry.example.com/team/base"] }] },
  ],
  invalid: [
    {
      code: "FROM python:3.12.0-slim AS base\n",
      errors: [{ messageId: "missingDigest", data: { image: "python:3.12.0-slim" }, line: 1, column: 6, endLine: 1, endColumn: 24 }],
    },
    {
      code: "FROM python\n",
      errors: [{ messageId: "missingDigest", data: { image: "python" } }],
    },
    {
      code: lines("ARG PY=3.12", "FROM python:${PY}-slim AS build", `FROM gcr.io/distroless/python3-debian12:nonroot`, "COPY --from=build /app /app"),
      errors: [
        { messageId: "missingDigest", data: { image: "python:3.12-slim" }, line: 2, column: 6 },
        { messageId: "missingDigest", data: { image: "gcr.io/distroless/python3-debian12:nonroot" }, line: 3 },
      ],
    },
    {
      // Only the images named are ignored.
      code: lines("FROM my-org/base:1 AS a", "FROM my-org/other:1"),
      options: [{ ignoreImages: ["my-org/base"] }],
      errors: [{ messageId: "missingDigest", line: 2 }],
    },
    {
      code: lines("ARG BASE", "FROM ${BASE:-debian:bookworm-slim}"),
      errors: [{ messageId: "missingDigest", data: { image: "debian:bookworm-slim" } }],
    },
  ],
});
