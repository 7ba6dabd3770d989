import { expect, it } from "vitest";
import { parseImageReference } from "../../../lib/analysis/image-reference.js";
import { imageName } from "../../../lib/analysis/image-reference.js";
import { smallerVariantTag } from "../../../lib/analysis/image-variants.js";

const variantOf = (image: string, suffixes?: Record<string, string>) => smallerVariantTag(parseImageReference(image)!, suffixes);

it.each([
  ["python:3.12", "3.12-slim"],
  ["python:3.12.1", "3.12.1-slim"],
  ["python:3", "3-slim"],
  ["python:3.13.0rc2", "3.13.0rc2-slim"],
  ["python:3.12-bookworm", "3.12-slim-bookworm"],
  ["docker.io/library/python:3.12", "3.12-slim"],
  ["ruby:3.3-bullseye", "3.3-slim-bullseye"],
  ["rust:1.82", "1.82-slim"],
  ["perl:5.40", "5.40-slim"],
  ["pypy:3.10", "3.10-slim"],
  ["node:22", "22-slim"],
  ["node:22.11.0", "22.11.0-slim"],
  ["node:22-bookworm", "22-bookworm-slim"],
  ["elixir:1.17", "1.17-slim"],
  ["erlang:27", "27-slim"],
  ["debian:bookworm", "bookworm-slim"],
  ["debian:12.8", "12.8-slim"],
  ["debian:bookworm-20241111", "bookworm-20241111-slim"],
  ["debian:stable", "stable-slim"],
  ["openjdk:17", "17-slim"],
  ["openjdk:11-jre", "11-jre-slim"],
  ["eclipse-temurin:21", "21-alpine"],
  ["eclipse-temurin:21.0.5_11-jdk", "21.0.5_11-jdk-alpine"],
  ["golang:1.23", "1.23-alpine"],
  ["php:8.3", "8.3-alpine"],
  ["php:8.3-fpm", "8.3-fpm-alpine"],
])("%s has the smaller variant %s", (image, expected) => {
  expect(variantOf(image)).toBe(expected);
});

it.each([
  "python",
  "python:latest",
  "python:3.12-slim",
  "python:3.12-slim-bookworm",
  "python:3.12-alpine",
  "python:3.12-windowsservercore-ltsc2022",
  "node:22-alpine",
  "node:22-bookworm-slim",
  "node:lts",
  "debian:bookworm-slim",
  "ubuntu:24.04",
  "golang:1.23-bookworm",
  "php:8.3-apache",
  "eclipse-temurin:21-jdk-noble",
  "myorg/python:3.12",
  "ghcr.io/library/python:3.12",
])("%s has no known smaller variant", (image) => {
  expect(variantOf(image)).toBeNull();
});

it("takes more images, or other suffixes, from the caller", () => {
  expect(variantOf("my-org/python:3.12", { "my-org/python": "-slim" })).toBe("3.12-slim");
  expect(variantOf("registry.example.com/base/node:v22.1", { "registry.example.com/base/node": "-min" })).toBe("v22.1-min");
  expect(variantOf("my-org/python:3.12-dev", { "my-org/python": "-slim" })).toBeNull();
  expect(variantOf("golang:1.23", { golang: "-bookworm" })).toBe("1.23-bookworm");
  expect(variantOf("python:3.12", { python: "" })).toBeNull();
  expect(imageName(parseImageReference("ghcr.io/org/tool:1")!)).toBe("ghcr.io/org/tool");
});
