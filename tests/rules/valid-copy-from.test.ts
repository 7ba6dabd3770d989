import rule from "../../rules/valid-copy-from.js";
import { lines, runRuleTests } from "../rule-tester.js";

runRuleTests("valid-copy-from", rule, {
  valid: [
    lines("FROM node:20 AS build", "RUN npm run build", "FROM nginx:1.27", "COPY --from=build /app/dist /usr/share/nginx/html"),
    lines("FROM node:20 AS Build", "FROM nginx:1.27", "COPY --from=build /app/dist /usr/share/nginx/html"),
    lines("FROM node:20", "FROM nginx:1.27", "COPY --from=0 /app/dist /usr/share/nginx/html"),
    // Images: with a tag, a registry, a path, or a plain name unlike any stage.
    lines("FROM alpine:3.20", "COPY --from=busybox:1.36 /bin/busybox /bin/"),
    lines("FROM alpine:3.20", "COPY --from=ghcr.io/astral-sh/uv /uv /bin/"),
    lines("FROM alpine:3.20 AS base", "COPY --from=busybox /bin/busybox /bin/"),
    lines("FROM alpine:3.20 AS build", "FROM alpine:3.20", "COPY --from=nginx /etc/nginx /etc/nginx"),
    // A value known only at build time.
    lines("FROM alpine:3.20", "ARG SOURCE", "COPY --from=$SOURCE /x /x"),
    lines("ARG SOURCE=build", "FROM alpine:3.20 AS build", "FROM alpine:3.20", "ARG SOURCE", "COPY --from=$SOURCE /x /x"),
    // ONBUILD runs in another build, with that build's stages.
    lines("FROM alpine:3.20 AS build", "ONBUILD COPY --from=build /x /x"),
    lines("FROM alpine:3.20", "COPY /x /y"),
  ],
  invalid: [
    {
      code: lines("FROM golang:1.23 AS build", "COPY --from=build /src /src"),
      errors: [{ messageId: "ownStage", data: { name: "build" }, line: 2, column: 6, endColumn: 18 }],
    },
    {
      code: lines("FROM golang:1.23", "COPY --from=0 /src /src"),
      errors: [{ messageId: "ownStage", data: { name: "0" } }],
    },
    {
      code: lines("FROM alpine:3.20 AS app", "COPY --from=build /out /app", "FROM golang:1.23 AS build"),
      errors: [{ messageId: "laterStage", data: { name: "build", stage: "build" }, line: 2 }],
    },
    {
      code: lines("FROM alpine:3.20", "FROM alpine:3.20", "COPY --from=2 /out /app", "FROM golang:1.23"),
      errors: [{ messageId: "laterStage", data: { name: "2", stage: "2" } }],
    },
    {
      code: lines("FROM alpine:3.20", "COPY --from=3 /out /app"),
      errors: [{ messageId: "noEarlierStage", data: { name: "3" }, line: 2 }],
    },
    {
      code: lines("FROM alpine:3.20", "FROM alpine:3.20", "COPY --from=5 /out /app"),
      errors: [{ messageId: "missingIndex", data: { name: "5", last: "0" } }],
    },
    {
      code: lines("FROM golang:1.23 AS builder", "FROM alpine:3.20", "COPY --from=biulder /out /app"),
      errors: [
        {
          messageId: "likelyTypo",
          data: { name: "biulder", stage: "builder" },
          line: 3,
          suggestions: [{ messageId: "useStage", data: { stage: "builder" }, output: lines("FROM golang:1.23 AS builder", "FROM alpine:3.20", "COPY --from=builder /out /app") }],
        },
      ],
    },
    {
      code: lines("FROM golang:1.23 AS Build", "FROM alpine:3.20", "COPY --from=buld /out /app"),
      errors: [
        {
          messageId: "likelyTypo",
          suggestions: [{ messageId: "useStage", output: lines("FROM golang:1.23 AS Build", "FROM alpine:3.20", "COPY --from=Build /out /app") }],
        },
      ],
    },
  ],
});
