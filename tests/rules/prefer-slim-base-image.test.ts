import rule from "../../rules/prefer-slim-base-image.js";
import { lines, runRuleTests } from "../rule-tester.js";

const DIGEST = `sha256:${"0123456789abcdef".repeat(4)}`;

runRuleTests("prefer-slim-base-image", rule, {
  valid: [
    "FROM python:3.12.0-slim\n",
    "FROM python:3.12-slim-bookworm\n",
    "FROM python:3.12-alpine\n",
    "FROM node:22-bookworm-slim\n",
    "FROM node:22-alpine\n",
    "FROM debian:bookworm-slim\n",
    "FROM ubuntu:24.04\n",
    "FROM python:3.12-windowsservercore-ltsc2022\n",
    "FROM scratch\n",
    // Untagged and latest are no-unpinned-base-image's business.
    "FROM python\n",
    "FROM python:latest\n",
    // Not an official image.
    "FROM my-org/python:3.12\n",
    // A build stage's size never reaches the final image.
    lines("FROM python:3.12 AS build", "RUN pip wheel -w /wheels -r requirements.txt", "FROM python:3.12-slim", "COPY --from=build /wheels /wheels"),
    lines("FROM golang:1.23 AS build", "FROM gcr.io/distroless/static-debian12:nonroot", "COPY --from=build /app /app"),
    // Unknown at lint time.
    lines("ARG PY", "FROM python:${PY}"),
    { code: "FROM python:3.12\n", options: [{ images: {}, ignore: ["python"] }] },
    { code: "FROM python:3.12\n", options: [{ images: { python: "" }, ignore: [] }] },
  ],
  invalid: [
    {
      code: "FROM python:3.12 AS base\n",
      errors: [
        {
          messageId: "fullImage",
          data: { image: "python:3.12", variant: "python:3.12-slim" },
          line: 1,
          column: 6,
          endColumn: 17,
          suggestions: [{ messageId: "useVariant", data: { variant: "python:3.12-slim" }, output: "FROM python:3.12-slim AS base\n" }],
        },
      ],
    },
    {
      code: "from node:22\n",
      errors: [{ messageId: "fullImage", suggestions: [{ messageId: "useVariant", output: "from node:22-slim\n" }] }],
    },
    {
      code: "FROM docker.io/library/python:3.12-bookworm\n",
      errors: [
        {
          messageId: "fullImage",
          data: { image: "docker.io/library/python:3.12-bookworm", variant: "docker.io/library/python:3.12-slim-bookworm" },
          suggestions: [{ messageId: "useVariant", output: "FROM docker.io/library/python:3.12-slim-bookworm\n" }],
        },
      ],
    },
    {
      // The final image's ancestry counts: the stage it is built FROM.
      code: lines("FROM ruby:3.3 AS base", "RUN bundle install", "FROM base", "CMD [\"rails\", \"server\"]"),
      errors: [{ messageId: "fullImage", line: 1, suggestions: [{ messageId: "useVariant", output: lines("FROM ruby:3.3-slim AS base", "RUN bundle install", "FROM base", "CMD [\"rails\", \"server\"]") }] }],
    },
    {
      code: "FROM eclipse-temurin:21-jre\n",
      errors: [{ messageId: "fullImage", data: { image: "eclipse-temurin:21-jre", variant: "eclipse-temurin:21-jre-alpine" }, suggestions: [{ messageId: "useVariant", output: "FROM eclipse-temurin:21-jre-alpine\n" }] }],
    },
    {
      // A variable in the word, or a digest of the full image: reported, nothing to suggest.
      code: lines("ARG PY=3.12", "FROM python:${PY}"),
      errors: [{ messageId: "fullImage", data: { image: "python:3.12", variant: "python:3.12-slim" }, suggestions: [] }],
    },
    {
      code: `FROM python:3.12@${DIGEST}\n`,
      errors: [{ messageId: "fullImage", data: { image: `python:3.12@${DIGEST}`, variant: "python:3.12-slim" }, suggestions: [] }],
    },
    {
      code: "FROM my-org/python:3.12\n",
      options: [{ images: { "my-org/python": "-slim" }, ignore: [] }],
      errors: [{ messageId: "fullImage", suggestions: [{ messageId: "useVariant", output: "FROM my-org/python:3.12-slim\n" }] }],
    },
    {
      code: "FROM golang:1.23\n",
      options: [{ images: { golang: "-bookworm" }, ignore: ["node"] }],
      errors: [{ messageId: "fullImage", suggestions: [{ messageId: "useVariant", output: "FROM golang:1.23-bookworm\n" }] }],
    },
  ],
});
