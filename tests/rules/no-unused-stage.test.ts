import rule from "../../rules/no-unused-stage.js";
import { lines, runRuleTests } from "../rule-tester.js";

/** The second seed: a test stage that the release stage copies from. */
const SEED_TWO = lines(
  "FROM python:3.10-slim AS build",
  "WORKDIR /app",
  "COPY requirements.txt .",
  "RUN pip install --no-cache-dir -r requirements.txt",
  "COPY . .",
  "FROM build AS test",
  "RUN pytest",
  "FROM python:3.10-slim AS release",
  "RUN useradd -m appuser",
  "WORKDIR /app",
  "COPY --from=test --chown=appuser:appuser /app /app",
  "USER appuser",
  "EXPOSE 5000",
  'CMD ["python", "run.py"]',
);

runRuleTests("no-unused-stage", rule, {
  valid: [
    SEED_TWO,
    "FROM python:3.12-slim\n",
    "ARG X=1\n",
    lines("FROM alpine:3.20 AS base", "FROM base"),
    lines("FROM alpine:3.20 AS Assets", "FROM alpine:3.20", "COPY --from=assets /a /a"),
    lines("FROM alpine:3.20", "FROM alpine:3.20", "COPY --from=0 /a /a"),
    lines("FROM alpine:3.20 AS cache", "FROM alpine:3.20", "RUN --mount=type=bind,from=cache,target=/c ls /c"),
    lines("ARG SRC=deps", "FROM alpine:3.20 AS deps", "FROM alpine:3.20", "ARG SRC", "COPY --from=${SRC} /a /a"),
    // A stage built on its own with --target.
    { code: lines("FROM alpine:3.20 AS test", "RUN make test", "FROM alpine:3.20"), options: [{ targets: ["test"] }] },
    { code: lines("FROM alpine:3.20 AS deps", "FROM deps AS test", "FROM alpine:3.20"), options: [{ targets: ["TEST"] }] },
    // A reference known only at build time may name any stage.
    lines("ARG SRC", "FROM alpine:3.20 AS a", "FROM alpine:3.20 AS b", "FROM alpine:3.20", "COPY --from=${SRC} /x /x"),
    lines("ARG VARIANT", "FROM alpine:3.20 AS slim", "FROM alpine:3.20 AS full", "FROM ${VARIANT}"),
  ],
  invalid: [
    {
      // The test stage is built FROM build, but nothing needs it: its tests never run.
      code: lines("FROM python:3.12-slim AS build", "FROM build AS test", "RUN pytest", "FROM python:3.12-slim AS release", "COPY --from=build /app /app"),
      errors: [{ messageId: "unusedStage", data: { stage: '"test"', reference: "test" }, line: 2, column: 1, endLine: 2, endColumn: 19 }],
    },
    {
      code: lines("FROM alpine:3.20", "RUN make", "FROM alpine:3.20 AS lint", "FROM alpine:3.20"),
      errors: [
        { messageId: "unusedStage", data: { stage: "0 (unnamed)", reference: "0" }, line: 1 },
        { messageId: "unusedStage", data: { stage: '"lint"', reference: "lint" }, line: 3 },
      ],
    },
    {
      // A stage name used only in a later stage that is itself unused.
      code: lines("FROM alpine:3.20 AS deps", "FROM alpine:3.20 AS test", "COPY --from=deps /d /d", "FROM alpine:3.20"),
      errors: [{ messageId: "unusedStage", line: 1 }, { messageId: "unusedStage", line: 2 }],
    },
    {
      // An unknown reference in an unused stage does not matter.
      code: lines("ARG SRC", "FROM alpine:3.20 AS test", "COPY --from=$SRC /x /x", "FROM alpine:3.20"),
      errors: [{ messageId: "unusedStage", line: 2 }],
    },
    {
      // An unknown target name is ignored.
      code: lines("FROM alpine:3.20 AS test", "FROM alpine:3.20"),
      options: [{ targets: ["tests"] }],
      errors: [{ messageId: "unusedStage", line: 1 }],
    },
  ],
});
