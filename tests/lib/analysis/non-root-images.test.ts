import { expect, it } from "vitest";
import { parseImageReference } from "../../../lib/analysis/image-reference.js";
import { isKnownNonRootImage } from "../../../lib/analysis/users.js";

const nonRoot = (image: string) => isKnownNonRootImage(parseImageReference(image)!);

it.each([
  "gcr.io/distroless/static-debian12:nonroot",
  "gcr.io/distroless/python3-debian12:debug-nonroot",
  "gcr.io/distroless/base-debian12:nonroot-arm64",
  "cgr.dev/chainguard/python:latest",
  "bitnami/redis:7.2",
  "nginxinc/nginx-unprivileged:1.27",
  "mcr.microsoft.com/dotnet/aspnet:8.0-jammy-chiseled",
  "mcr.microsoft.com/dotnet/runtime-deps:8.0-noble-chiseled-extra",
  "jenkins/jenkins:lts",
  "grafana/grafana:11.3.0",
])("%s runs as non-root", (image) => {
  expect(nonRoot(image)).toBe(true);
});

it.each([
  "gcr.io/distroless/static-debian12:latest",
  "gcr.io/distroless/static-debian12:debug",
  "cgr.dev/chainguard/python:latest-dev",
  "bitnami/minideb:bookworm",
  "mcr.microsoft.com/dotnet/aspnet:8.0",
  "dotnet/aspnet:8.0-jammy-chiseled",
  "python:3.12-slim",
  "nginx:1.27",
])("%s is not known to run as non-root", (image) => {
  expect(nonRoot(image)).toBe(false);
});
