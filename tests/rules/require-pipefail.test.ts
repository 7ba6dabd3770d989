import rule from "../../rules/require-pipefail.js";
import { lines, runRuleTests } from "../rule-tester.js";

const FROM = "FROM debian:12.7";
const SHELL = 'SHELL ["/bin/bash", "-o", "pipefail", "-c"]';

runRuleTests("require-pipefail", rule, {
  valid: [
    lines(FROM, "RUN curl -fsSLO https://example.com/a.tgz && tar -xzf a.tgz"),
    lines(FROM, SHELL, "RUN curl -fsSL https://example.com/a.tgz | tar -xz"),
    lines(FROM, 'SHELL ["/bin/bash", "-euo", "pipefail", "-c"]', "RUN curl -fsSL https://example.com/a.tgz | tar -xz"),
    lines("FROM alpine:3.20", 'SHELL ["/bin/ash", "-eo", "pipefail", "-c"]', "RUN wget -qO- https://example.com/a.tgz | tar -xz"),
    // The SHELL of the stage a stage is built from is inherited.
    lines("FROM debian:12.7 AS base", SHELL, "FROM base", "RUN curl -fsSL https://example.com/a.tgz | tar -xz"),
    // set -o pipefail before the pipeline, in the same shell.
    lines(FROM, "RUN set -o pipefail && curl -fsSL https://example.com/a.tgz | tar -xz"),
    lines(FROM, "RUN set -euxo pipefail; \\", "    # fetch", "    curl -fsSL https://example.com/a.tgz | tar -xz"),
    lines(FROM, "RUN <<EOF", "set -eo pipefail", "curl -fsSL https://example.com/a.tgz | tar -xz", "EOF"),
    lines(FROM, "RUN bash -c 'set -o pipefail; curl -fsSL https://example.com/a.tgz | tar -xz'"),
    // `||` and `|` inside words are not pipes.
    lines(FROM, "RUN grep -q 'a|b' /etc/hosts || true"),
    // A non-POSIX shell is not analysed.
    lines("FROM mcr.microsoft.com/windows/servercore:ltsc2022", 'SHELL ["powershell", "-Command"]', "RUN Get-ChildItem | Select-Object Name"),
    lines(FROM, 'RUN ["tar", "-xz", "|", "x"]'),
  ],
  invalid: [
    {
      code: lines(FROM, "RUN curl -fsSL https://example.com/a.tgz | tar -xz"),
      errors: [
        {
          messageId: "missingPipefail",
          line: 2,
          column: 5,
          endColumn: 51,
          suggestions: [{ messageId: "addShell", output: lines(FROM, SHELL, "RUN curl -fsSL https://example.com/a.tgz | tar -xz") }],
        },
      ],
    },
    {
      // set +o pipefail turns it off; a set in a subshell does not reach the pipeline.
      code: lines("FROM python:3.12-slim", "RUN set +o pipefail; (set -o pipefail); ls | wc -l"),
      errors: [{ messageId: "missingPipefail", column: 41, suggestions: [{ messageId: "addShell", output: lines("FROM python:3.12-slim", SHELL, "RUN set +o pipefail; (set -o pipefail); ls | wc -l") }] }],
    },
    {
      // A set in a `sh -c` string ends with that shell.
      code: lines(FROM, "RUN sh -c 'set -o pipefail' && ls | wc -l"),
      errors: [{ messageId: "missingPipefail", column: 32, suggestions: 1 }],
    },
    {
      // A set after the pipeline is too late.
      code: lines(FROM, "RUN ls | wc -l && set -o pipefail"),
      errors: [{ messageId: "missingPipefail", column: 5, endColumn: 15, suggestions: 1 }],
    },
    {
      // No bash known in Alpine: no suggestion.
      code: lines("FROM alpine:3.20", "RUN wget -qO- https://example.com/a.tgz | tar -xz"),
      errors: [{ messageId: "missingPipefail", suggestions: [] }],
    },
    {
      // A SHELL without pipefail is not replaced by a suggestion.
      code: lines(FROM, 'SHELL ["/bin/bash", "-c"]', "RUN ls | wc -l"),
      errors: [{ messageId: "missingPipefail", line: 3, suggestions: [] }],
    },
    {
      code: lines("FROM node:22 AS base", "FROM base", "  RUN if true; then ls | wc -l; fi"),
      errors: [
        {
          messageId: "missingPipefail",
          line: 3,
          column: 21,
          suggestions: [{ messageId: "addShell", output: lines("FROM node:22 AS base", "FROM base", `  ${SHELL}`, "  RUN if true; then ls | wc -l; fi") }],
        },
      ],
    },
    {
      code: lines(FROM, "RUN <<EOF", "curl -fsSL https://example.com/a.tgz | tar -xz", "EOF"),
      errors: [{ messageId: "missingPipefail", line: 3, column: 1, suggestions: 1 }],
    },
    {
      // The SHELL does not reach a script fed to bash or one with a shebang, nor exec form.
      code: lines(
        FROM,
        SHELL,
        "RUN bash <<EOF",
        "ls | wc -l",
        "EOF",
        "RUN <<EOF",
        "#!/bin/sh",
        "ls | wc -l",
        "EOF",
        'RUN ["sh", "-c", "ls | wc -l"]',
        "RUN sh -c 'ls | wc -l'",
      ),
      errors: [
        { messageId: "missingPipefail", line: 4, suggestions: [] },
        { messageId: "missingPipefail", line: 8, suggestions: [] },
        { messageId: "missingPipefail", line: 10, column: 19, suggestions: [] },
        { messageId: "missingPipefail", line: 11, column: 12, suggestions: [] },
      ],
    },
    {
      // An ONBUILD trigger runs in another image, whose shell is unknown.
      code: lines(FROM, "ONBUILD RUN ls | wc -l"),
      errors: [{ messageId: "missingPipefail", column: 13, suggestions: [] }],
    },
    {
      code: lines(FROM, "RUN echo `ls | wc -l` > /count"),
      errors: [{ messageId: "missingPipefail", column: 11, suggestions: 1 }],
    },
  ],
});
