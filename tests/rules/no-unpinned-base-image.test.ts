import rule from "../../rules/no-unpinned-base-image.js";
import { lines, runRuleTests } from "../rule-tester.js";

runRuleTests("no-unpinned-base-image", rule, {
  valid: [
    "FROM python:3.12.0-slim\n",
    "FROM python@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\n",
    "FROM python:latest@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\n",
    "FROM scratch\n",
    "FROM registry.example.com:5000/team/app:1.2.3\n",
    lines("FROM node:22-slim AS build", "FROM build"),
    lines("FROM node:22-slim AS Build", "FROM build AS final"),
    lines("ARG BASE=python:3.12-slim", "FROM ${BASE}"),
    lines("ARG VERSION=3.12", "FROM python:${VERSION}-slim"),
    // The value comes from outside the file: nothing to say offline.
    lines("ARG BASE", "FROM $BASE"),
    lines("ARG TAG", "FROM python:${TAG}"),
    // An ARG declared inside a stage is not visible to FROM.
    lines("FROM alpine:3.20 AS a", "ARG X=python", "FROM a"),
    { code: "FROM registry.example.com/team/base\n", options: [{ ignoreImages: ["registry.example.com/team/base"] }] },
    { code: "FROM my-org/base:latest\n", options: [{ ignoreImages: ["my-org/base"] }] },
  ],
  invalid: [
    {
      code: "FROM python\n",
      errors: [{ messageId: "untagged", data: { image: "python" }, line: 1, column: 6, endLine: 1, endColumn: 12 }],
    },
    {
      // Only the images named are ignored.
      code: "FROM my-org/base\nFROM my-org/other\n",
      options: [{ ignoreImages: ["my-org/base"] }],
      errors: [{ messageId: "untagged", line: 2 }],
    },
    {
      code: "FROM python:latest AS base\n",
      errors: [{ messageId: "latest", line: 1, column: 6, endColumn: 19 }],
    },
    {
      code: "from registry.example.com:5000/team/app\n",
      errors: [{ messageId: "untagged", data: { image: "registry.example.com:5000/team/app" } }],
    },
    {
      code: lines("ARG BASE=node", "FROM ${BASE}"),
      errors: [{ messageId: "untagged", data: { image: "node" }, line: 2, column: 6 }],
    },
    {
      code: lines("ARG BASE", "FROM ${BASE:-ubuntu}"),
      errors: [{ messageId: "untagged", data: { image: "ubuntu" } }],
    },
    {
      code: lines("ARG TAG=latest", "FROM python:$TAG"),
      errors: [{ messageId: "latest", data: { image: "python:latest" } }],
    },
    {
      // A later stage name does not count: FROM only sees stages defined before it.
      code: lines("FROM base", "FROM alpine:3.20 AS base"),
      errors: [{ messageId: "untagged", line: 1 }],
    },
    {
      code: lines("FROM alpine:3.20", "ONBUILD RUN echo", "FROM debian"),
      errors: [{ messageId: "untagged", line: 3 }],
    },
  ],
});
