import rule from "../../rules/label-schema.js";
import { lines, runRuleTests } from "../rule-tester.js";

const schema = {
  "org.opencontainers.image.source": "url",
  "org.opencontainers.image.version": "semver",
  "org.opencontainers.image.licenses": "spdx",
} as const;
const options = [{ schema }];
const labelled = [
  "LABEL org.opencontainers.image.source=https://github.com/example/app \\",
  "      org.opencontainers.image.version=1.2.3 \\",
  '      org.opencontainers.image.licenses="Apache-2.0 OR MIT"',
];

runRuleTests("label-schema", rule, {
  valid: [
    // Without a schema there is nothing to check.
    lines("FROM python:3.12-slim", "LABEL anything=goes"),
    { code: lines("FROM python:3.12-slim", ...labelled), options },
    // Build stages need no labels; the image inherits those of the stage it is built FROM.
    { code: lines("FROM golang:1.23 AS build", "RUN go build", "FROM alpine:3.20 AS base", ...labelled, "FROM base", "COPY --from=build /out /app"), options },
    // Values known only at build time are not checked.
    {
      code: lines("FROM python:3.12-slim", "ARG VERSION", "ARG SHA", ...labelled.slice(0, 1), "      org.opencontainers.image.version=$VERSION \\", "      org.opencontainers.image.revision=${SHA} org.opencontainers.image.licenses=MIT"),
      options: [{ schema: { ...schema, "org.opencontainers.image.revision": "hash" } }],
    },
    { code: lines("FROM python:3.12-slim", "ARG VERSION=2.0.0", "LABEL version=$VERSION"), options: [{ schema: { version: "semver" } }] },
    { code: lines("FROM python:3.12-slim", "LABEL version=1.0.0 maintainer=team@example.com"), options: [{ schema: { version: "semver", maintainer: "email" }, strict: true }] },
  ],
  invalid: [
    {
      code: lines("FROM python:3.12-slim", "LABEL org.opencontainers.image.source=https://github.com/example/app"),
      options,
      errors: [
        { messageId: "missingLabel", data: { label: "org.opencontainers.image.version", kind: "semver" }, line: 1, column: 1 },
        { messageId: "missingLabel", data: { label: "org.opencontainers.image.licenses", kind: "spdx" }, line: 1 },
      ],
    },
    {
      // Two images (the final stage and a test target nothing builds on): both need the labels.
      code: lines("FROM python:3.12-slim AS test", "FROM python:3.12-slim", "LABEL version=1.0.0"),
      options: [{ schema: { version: "semver" } }],
      errors: [{ messageId: "missingLabel", data: { label: "version", kind: "semver" }, line: 1 }],
    },
    {
      code: lines("FROM python:3.12-slim", "ARG VERSION=2.0", 'LABEL version=$VERSION url=github.com/x sha=main created="" built=2024-05-01', "LABEL license='Apache 2' mail=team"),
      options: [{ schema: { version: "semver", url: "url", sha: "hash", created: "text", built: "rfc3339", license: "spdx", mail: "email" } }],
      errors: [
        { messageId: "invalidValue", data: { label: "version", value: "2.0", expected: "a semantic version (e.g. 1.4.2)" }, line: 3, column: 7 },
        { messageId: "invalidValue", data: { label: "url", value: "github.com/x", expected: "an absolute URL" } },
        { messageId: "invalidValue", data: { label: "sha", value: "main", expected: "a git commit hash" } },
        { messageId: "emptyLabel", data: { label: "created", expected: "text" } },
        { messageId: "invalidValue", data: { label: "built", value: "2024-05-01", expected: "an RFC 3339 date-time (e.g. 2024-05-01T12:00:00Z)" } },
        { messageId: "invalidValue", data: { label: "license", value: "Apache 2", expected: "an SPDX license expression (e.g. MIT, Apache-2.0 OR MIT)" }, line: 4 },
        { messageId: "invalidValue", data: { label: "mail", value: "team", expected: "an email address" } },
      ],
    },
    {
      code: lines("FROM python:3.12-slim", "LABEL version=1.0.0 description=app"),
      options: [{ schema: { version: "semver" }, strict: true }],
      errors: [{ messageId: "superfluousLabel", data: { label: "description" }, line: 2, column: 21 }],
    },
    {
      // strict with no schema: every label is superfluous (as in hadolint).
      code: lines("FROM python:3.12-slim", "LABEL a=1"),
      options: [{ strict: true }],
      errors: [{ messageId: "superfluousLabel", data: { label: "a" } }],
    },
  ],
});
