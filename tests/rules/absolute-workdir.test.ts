import rule from "../../rules/absolute-workdir.js";
import { lines, runRuleTests } from "../rule-tester.js";

runRuleTests("absolute-workdir", rule, {
  valid: [
    lines("FROM python:3.12-slim", "WORKDIR /app"),
    lines("FROM python:3.12-slim", 'WORKDIR "/my app"'),
    lines("FROM python:3.12-slim", "ARG APP=/srv/app", "WORKDIR ${APP}"),
    // Relative to a directory this build set: BuildKit does not warn, neither do we.
    lines("FROM python:3.12-slim", "WORKDIR /app", "WORKDIR src"),
    lines("FROM python:3.12-slim AS base", "WORKDIR /app", "FROM base", "WORKDIR src"),
    // Windows paths.
    lines("FROM mcr.microsoft.com/windows/servercore:ltsc2022", "WORKDIR C:\\\\app"),
    lines("FROM mcr.microsoft.com/windows/servercore:ltsc2022", "WORKDIR C:/app"),
    lines("# escape=`", "FROM mcr.microsoft.com/windows/servercore:ltsc2022", "WORKDIR C:\\app"),
    // Values from outside the file (a build argument, the base image's ENV) are unknown.
    lines("FROM python:3.12-slim", "ARG DIR", "WORKDIR $DIR"),
    lines("FROM python:3.12-slim", "WORKDIR $HOME/app"),
    // An unknown first WORKDIR still sets the directory for the ones after it.
    lines("FROM python:3.12-slim", "ARG DIR", "WORKDIR $DIR", "WORKDIR src"),
    // ONBUILD runs in another build.
    lines("FROM python:3.12-slim", "ONBUILD WORKDIR app"),
  ],
  invalid: [
    {
      code: lines("FROM nginx:1.27 AS web", "WORKDIR usr/share/nginx/html", "COPY public ."),
      errors: [
        {
          messageId: "relativeWorkdir",
          data: { path: "usr/share/nginx/html", example: "/usr/share/nginx/html" },
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 29,
        },
      ],
    },
    {
      code: lines("FROM python:3.12-slim", "workdir ./app"),
      errors: [{ messageId: "relativeWorkdir", data: { path: "./app", example: "/app" } }],
    },
    {
      // Only the first relative WORKDIR: fixing it fixes the ones after it.
      code: lines("FROM python:3.12-slim", "WORKDIR app", "WORKDIR src"),
      errors: [{ messageId: "relativeWorkdir", line: 2 }],
    },
    {
      // Each stage that is not built FROM another one starts anew.
      code: lines("FROM python:3.12-slim AS build", "WORKDIR /app", "FROM python:3.12-slim", "WORKDIR app"),
      errors: [{ messageId: "relativeWorkdir", line: 4 }],
    },
    {
      code: lines("FROM python:3.12-slim", "ENV APP=app", "WORKDIR ${APP}/src"),
      errors: [{ messageId: "relativeWorkdir", data: { path: "app/src", example: "/app/src" }, line: 3 }],
    },
    {
      // The literal start decides even when the rest is unknown.
      code: lines("FROM python:3.12-slim", "ARG NAME", "WORKDIR app/$NAME"),
      errors: [{ messageId: "relativeWorkdir", data: { path: "app/$NAME", example: "/app/$NAME" } }],
    },
    {
      // With the default escape character, `\a` is `a`: Docker reads `C:app`, a drive-relative path.
      code: lines("FROM mcr.microsoft.com/windows/servercore:ltsc2022", "WORKDIR C:\\app"),
      errors: [{ messageId: "relativeWorkdir", data: { path: "C:app", example: "C:/app" } }],
    },
    {
      code: lines("FROM python:3.12-slim", "WORKDIR ."),
      errors: [{ messageId: "relativeWorkdir", data: { path: ".", example: "/" } }],
    },
  ],
});
