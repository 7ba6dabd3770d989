import { describe, expect, it } from "vitest";
import type { Instruction } from "../../../lib/dockerfile/ast.js";
import { parseDockerfile } from "../../../lib/dockerfile/parser.js";
import { DockerfileAnalysis } from "../../../lib/analysis/dockerfile-analysis.js";
import { shellHasPipefail, shellProgram, ShellsInEffect, stageHasBash, type ShellInEffect } from "../../../lib/analysis/shell-in-effect.js";

function shellsOfRuns(...lines: string[]): string[][] {
  const text = lines.join("\n") + "\n";
  const result = parseDockerfile(text);
  if (!result.ok) throw new Error(result.errors[0]!.message);
  const analysis = new DockerfileAnalysis({ ast: result.ast, text });
  const shells = new ShellsInEffect(analysis.stages);
  const runs: Instruction[] = [];
  for (const node of result.ast.body as Instruction[]) {
    if (node.type === "RUN") runs.push(node);
    if (node.type === "ONBUILD" && node.trigger) runs.push(node.trigger);
  }
  return runs.map((run) => shells.at(run).argv);
}

function bashIn(...lines: string[]): boolean[] {
  const text = lines.join("\n") + "\n";
  const result = parseDockerfile(text);
  if (!result.ok) throw new Error(result.errors[0]!.message);
  return new DockerfileAnalysis({ ast: result.ast, text }).stages.stages.map(stageHasBash);
}

const shell = (...argv: string[]): ShellInEffect => ({ argv, instruction: null });

describe("shell in effect", () => {
  it("is /bin/sh -c until a SHELL, then the SHELL's arguments", () => {
    expect(shellsOfRuns("FROM a", "RUN x", 'SHELL ["/bin/bash", "-o", "pipefail", "-c"]', "RUN y", "ONBUILD RUN z")).toEqual([
      ["/bin/sh", "-c"],
      ["/bin/bash", "-o", "pipefail", "-c"],
      ["/bin/bash", "-o", "pipefail", "-c"],
    ]);
  });

  it("is inherited by a stage built FROM a stage, not by one FROM an image", () => {
    expect(shellsOfRuns("FROM a AS base", 'SHELL ["/bin/bash", "-c"]', "FROM base", "RUN x", "FROM a", "RUN y")).toEqual([["/bin/bash", "-c"], ["/bin/sh", "-c"]]);
  });

  it("ignores a shell-form SHELL, which Docker rejects", () => {
    expect(shellsOfRuns("FROM a", "SHELL /bin/bash -c", "RUN x")).toEqual([["/bin/sh", "-c"]]);
  });

  it("tells the program and whether pipefail is on", () => {
    expect(shellProgram(shell("/bin/bash", "-c"))).toBe("bash");
    expect(shellHasPipefail(shell("/bin/bash", "-o", "pipefail", "-c"))).toBe(true);
    expect(shellHasPipefail(shell("/bin/bash", "-euo", "pipefail", "-c"))).toBe(true);
    expect(shellHasPipefail(shell("/bin/ash", "-opipefail", "-c"))).toBe(true);
    expect(shellHasPipefail(shell("/bin/bash", "-c"))).toBe(false);
    expect(shellHasPipefail(shell("/bin/bash", "-o", "errexit", "-c", "pipefail"))).toBe(false);
    expect(shellHasPipefail(shell("/bin/sh", "-c"))).toBe(false);
  });
});

describe("stageHasBash", () => {
  it("knows official Debian-, Ubuntu- and Red Hat-based images, not Alpine or others", () => {
    expect(bashIn("FROM debian:12", "FROM python:3.12-slim", "FROM node:22-alpine", "FROM ubuntu", "FROM alpine:3.20", "FROM gcr.io/distroless/base", "FROM scratch", "FROM bitnami/python:3")).toEqual([
      true,
      true,
      false,
      true,
      false,
      false,
      false,
      false,
    ]);
  });

  it("follows FROM <stage>", () => {
    expect(bashIn("FROM golang:1.22 AS build", "FROM build", "FROM golang:1.22-alpine AS small", "FROM small")).toEqual([true, true, false, false]);
  });
});
