import rule from "../../rules/workdir-before-relative-copy.js";
import { lines, runRuleTests } from "../rule-tester.js";

runRuleTests("workdir-before-relative-copy", rule, {
  valid: [
    lines("FROM python:3.12-slim", "WORKDIR /app", "COPY requirements.txt .", "COPY src/ src/"),
    lines("FROM python:3.12-slim", "COPY requirements.txt /app/", 'COPY ["app.py", "/app/"]'),
    lines("FROM python:3.12-slim", "ARG DEST=/app", "COPY app.py $DEST"),
    lines("FROM python:3.12-slim", "COPY app.py $APP_HOME"),
    // WORKDIR set in the stage it is built FROM carries over.
    lines("FROM python:3.12-slim AS base", "WORKDIR /app", "FROM base", "COPY app.py ."),
    // scratch starts in "/".
    lines("FROM scratch", "COPY app ."),
    // A WORKDIR the file cannot resolve still sets a directory.
    lines("FROM python:3.12-slim", "WORKDIR $HOME", "COPY app.py ."),
    lines("# escape=`", "FROM mcr.microsoft.com/windows/servercore:ltsc2022", "COPY app.exe C:\\app\\", "COPY app.exe C:/app/"),
    lines("FROM python:3.12-slim", "ONBUILD COPY . ."),
  ],
  invalid: [
    {
      code: lines("FROM python:3.12-slim", "COPY requirements.txt .", "WORKDIR /app"),
      errors: [{ messageId: "noWorkdir", data: { instruction: "COPY", destination: "." }, line: 2, column: 23, endColumn: 24 }],
    },
    {
      code: lines("FROM python:3.12-slim", 'ADD ["app.tar.gz", "app/"]'),
      errors: [{ messageId: "noWorkdir", data: { instruction: "ADD", destination: "app/" }, column: 20 }],
    },
    {
      // WORKDIR in another stage that this one is not built from does not count.
      code: lines("FROM python:3.12-slim AS build", "WORKDIR /src", "FROM python:3.12-slim", 'COPY --from=build /src/dist "dist"'),
      errors: [{ messageId: "noWorkdir", data: { instruction: "COPY", destination: "dist" }, line: 4 }],
    },
    {
      code: lines("FROM python:3.12-slim", "ARG DEST=app", "COPY app.py ${DEST}/"),
      errors: [{ messageId: "noWorkdir", data: { instruction: "COPY", destination: "${DEST}/" } }],
    },
  ],
});
