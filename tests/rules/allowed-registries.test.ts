import rule from "../../rules/allowed-registries.js";
import { lines, runRuleTests } from "../rule-tester.js";

const options = (...allowedRegistries: string[]) => [{ allowedRegistries }];

runRuleTests("allowed-registries", rule, {
  valid: [
    // Nothing is checked until registries are listed.
    lines("FROM quay.io/keycloak/keycloak:26.0"),
    { code: lines("FROM python:3.12-slim", "FROM docker.io/library/node:20", "FROM index.docker.io/node:20"), options: options("docker.io") },
    { code: lines("FROM myregistry.azurecr.io/app/base:1.0"), options: options("*.azurecr.io") },
    { code: lines("FROM GHCR.io/org/tool:1"), options: options("ghcr.io") },
    { code: lines("FROM localhost:5000/base:1"), options: options("localhost:5000") },
    // Stages, scratch and values known only at build time are not registries.
    { code: lines("FROM ghcr.io/org/base:1 AS base", "FROM base", "FROM scratch", "ARG IMAGE", "FROM $IMAGE"), options: options("ghcr.io") },
    { code: lines("FROM ghcr.io/org/base:1 AS build", "FROM ghcr.io/org/run:1", "COPY --from=build /a /a", "COPY --from=ghcr.io/astral-sh/uv:0.5 /uv /bin/"), options: options("ghcr.io") },
    { code: lines("ARG REGISTRY=ghcr.io", "FROM ${REGISTRY}/org/base:1"), options: options("ghcr.io") },
  ],
  invalid: [
    {
      code: lines("FROM python:3.12-slim"),
      options: options("ghcr.io", "*.azurecr.io"),
      errors: [
        {
          messageId: "notAllowed",
          data: { what: "Base image", image: "python:3.12-slim", registry: "docker.io", allowed: '"ghcr.io", "*.azurecr.io"' },
          line: 1,
          column: 6,
          endColumn: 22,
        },
      ],
    },
    {
      code: lines("ARG REGISTRY=quay.io", "FROM ${REGISTRY}/org/base:1", "COPY --from=busybox:1.36 /bin/busybox /bin/"),
      options: options("ghcr.io"),
      errors: [
        { messageId: "notAllowed", data: { what: "Base image", image: "quay.io/org/base:1", registry: "quay.io", allowed: '"ghcr.io"' }, line: 2 },
        { messageId: "notAllowed", data: { what: "COPY --from image", image: "busybox:1.36", registry: "docker.io", allowed: '"ghcr.io"' }, line: 3, column: 6 },
      ],
    },
    {
      code: lines("FROM evil.azurecr.io.example.com/app:1"),
      options: options("*.azurecr.io"),
      errors: [{ messageId: "notAllowed", data: { what: "Base image", image: "evil.azurecr.io.example.com/app:1", registry: "evil.azurecr.io.example.com", allowed: '"*.azurecr.io"' } }],
    },
  ],
});
