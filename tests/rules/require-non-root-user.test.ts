import rule from "../../rules/require-non-root-user.js";
import { lines, runRuleTests } from "../rule-tester.js";

runRuleTests("require-non-root-user", rule, {
  valid: [
    // The first seed: a user created and switched to.
    lines("FROM python:3.12.0-slim AS base", "RUN useradd -m appuser", "USER appuser", 'ENTRYPOINT ["python", "run.py", ".env"]'),
    lines("FROM python:3.12-slim", "USER root", "RUN apt-get update", "USER 1000:1000"),
    lines("FROM python:3.12-slim", "USER 1000:0"),
    // Build stages may run as root; only the final stage is the image that runs.
    lines("FROM python:3.12 AS build", "USER root", "RUN pip wheel .", "FROM python:3.12-slim", "USER app"),
    // A USER inherited from the stage it is built FROM counts.
    lines("FROM python:3.12-slim AS base", "USER app", "FROM base", 'CMD ["python"]'),
    // Images built to run as non-root.
    lines("FROM golang:1.23 AS build", "FROM gcr.io/distroless/static-debian12:nonroot", "COPY --from=build /app /app"),
    "FROM nginxinc/nginx-unprivileged:1.27\n",
    // Not known from the file.
    lines("ARG BASE", "FROM $BASE"),
    lines("FROM python:3.12-slim", "ARG UID", "USER ${UID}"),
    // A scratch image without a command is build output, not something that runs.
    lines("FROM golang:1.23 AS build", "FROM scratch AS export", "COPY --from=build /out /"),
    // No FROM, no image.
    "ARG X=1\n",
    "",
  ],
  invalid: [
    {
      code: lines("FROM python:3.12-slim", 'CMD ["python", "run.py"]'),
      errors: [{ messageId: "noUser", data: { image: "python:3.12-slim" }, line: 1, column: 1, endLine: 1, endColumn: 22 }],
    },
    {
      code: lines("FROM python:3.12-slim", "USER app", "RUN pip install .", "USER root"),
      errors: [{ messageId: "rootUser", data: { user: "root" }, line: 4, column: 1, endColumn: 10 }],
    },
    {
      code: lines("FROM python:3.12-slim", "ARG UID=0", "USER ${UID}:${UID}"),
      errors: [{ messageId: "rootUser", data: { user: "0:0" }, line: 3 }],
    },
    {
      // Root from the stage it is built FROM: reported at the final FROM.
      code: lines("FROM python:3.12-slim AS base", "USER root", "FROM base AS release", 'CMD ["python"]'),
      errors: [{ messageId: "inheritedRootUser", data: { user: "root", stage: "base" }, line: 3 }],
    },
    {
      // A USER in another stage (not an ancestor) does not count.
      code: lines("FROM python:3.12-slim AS build", "USER app", "FROM python:3.12-slim", "COPY --from=build /app /app"),
      errors: [{ messageId: "noUser", line: 3 }],
    },
    {
      code: lines("FROM golang:1.23 AS build", "FROM scratch", "COPY --from=build /app /app", 'ENTRYPOINT ["/app"]'),
      errors: [{ messageId: "noUser", data: { image: "scratch" }, line: 2 }],
    },
    {
      code: lines("FROM gcr.io/distroless/static-debian12", 'ENTRYPOINT ["/app"]'),
      errors: [{ messageId: "noUser", data: { image: "gcr.io/distroless/static-debian12" } }],
    },
    {
      code: lines("ARG BASE=node:22-slim", "FROM ${BASE}", "USER node", "FROM ${BASE}", 'CMD ["node"]'),
      errors: [{ messageId: "noUser", data: { image: "node:22-slim" }, line: 4 }],
    },
  ],
});
