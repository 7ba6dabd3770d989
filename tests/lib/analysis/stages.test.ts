import { describe, expect, it } from "vitest";
import type { DockerfileRoot, Instruction } from "../../../lib/dockerfile/ast.js";
import { parseDockerfile } from "../../../lib/dockerfile/parser.js";
import { DockerfileAnalysis } from "../../../lib/analysis/dockerfile-analysis.js";

function analyse(...lines: string[]): { analysis: DockerfileAnalysis; root: DockerfileRoot; instructions: Instruction[] } {
  const text = lines.join("\n") + "\n";
  const result = parseDockerfile(text);
  if (!result.ok) throw new Error(result.errors[0]!.message);
  const instructions = result.ast.body.filter((node): node is Instruction => node.type !== "Comment");
  return { analysis: new DockerfileAnalysis({ ast: result.ast, text }), root: result.ast, instructions };
}

describe("stages", () => {
  it("splits the file into stages with names, bases and global instructions", () => {
    const { analysis } = analyse(
      "ARG PY=3.12",
      "FROM python:${PY}-slim AS base",
      "RUN echo",
      "FROM base AS test",
      "RUN pytest",
      "FROM scratch",
      "COPY --from=test /app /app",
    );
    const { stages } = analysis;
    expect(stages.globalInstructions.map((i) => i.type)).toEqual(["ARG"]);
    expect(stages.stages.map((s) => [s.index, s.name, s.base.kind, s.instructions.length])).toEqual([
      [0, "base", "image", 1],
      [1, "test", "stage", 1],
      [2, null, "scratch", 1],
    ]);
    const [base, test, final] = stages.stages;
    expect(base!.baseName).toBe("python:3.12-slim");
    expect(base!.base).toMatchObject({ kind: "image", reference: { repository: "python", tag: "3.12-slim" } });
    expect(test!.dependencies.map((d) => [d.stage.name, d.via])).toEqual([["base", "FROM"]]);
    expect(final!.dependencies.map((d) => [d.stage.name, d.via])).toEqual([["test", "COPY --from"]]);
    expect(stages.finalStage).toBe(final);
    expect([...stages.requiredByFinal].map((s) => s.index).sort()).toEqual([0, 1, 2]);
    expect(stages.ancestry(test!).map((s) => s.name)).toEqual(["test", "base"]);
  });

  it("finds which stages the final stage does not need", () => {
    const { analysis } = analyse(
      "FROM alpine:3.20 AS tools",
      "FROM alpine:3.20 AS unused",
      "FROM alpine:3.20 AS cache",
      "FROM alpine:3.20",
      "RUN --mount=type=bind,from=tools,target=/t true",
      "RUN --mount=type=cache,from=cache,target=/c true",
      "COPY --from=0 /a /a",
      "COPY --from=nginx:1.27 /etc/nginx /etc/nginx",
    );
    const { stages } = analysis;
    const required = [...stages.requiredByFinal].map((s) => s.name ?? String(s.index)).sort();
    expect(required).toEqual(["3", "cache", "tools"]);
    expect(stages.finalStage!.dependencies.map((d) => d.via)).toEqual(["RUN --mount", "RUN --mount", "COPY --from"]);
  });

  it("matches stage names case-insensitively and resolves COPY --from through ARGs", () => {
    const { analysis } = analyse("FROM alpine:3.20 AS Build", "FROM alpine:3.20", "ARG SRC=build", "COPY --from=${SRC} /a /a");
    expect(analysis.stages.finalStage!.dependencies.map((d) => d.stage.name)).toEqual(["Build"]);
    expect(analysis.stages.findStage("BUILD")!.index).toBe(0);
    expect(analysis.stages.findStage("1")!.index).toBe(1);
    expect(analysis.stages.findStage("nope")).toBeNull();
  });

  it("leaves a base it cannot resolve as unknown", () => {
    const { analysis } = analyse("ARG BASE", "FROM ${BASE}", "FROM ${BASE:-debian:12}", "FROM 'bad ref'");
    expect(analysis.stages.stages.map((s) => [s.base.kind, s.baseName])).toEqual([
      ["unknown", null],
      ["image", "debian:12"],
      ["unknown", "'bad"],
    ]);
  });
});

describe("variable scopes", () => {
  it("keeps global ARGs for FROM and makes stages re-declare them", () => {
    const { analysis, instructions } = analyse(
      "ARG VERSION=1.0",
      "FROM alpine:3.20 AS one",
      "RUN echo $VERSION",
      "ARG VERSION",
      "RUN echo $VERSION",
      "ENV HOME_DIR=/home/${VERSION}",
      "RUN echo $HOME_DIR",
    );
    const [, , run1, , run2, , run3] = instructions;
    expect(analysis.expand("$VERSION", run1!)).toMatchObject({ value: "", undeclared: ["VERSION"] });
    expect(analysis.expand("$VERSION", run2!).value).toBe("1.0");
    expect(analysis.expand("$HOME_DIR", run3!).value).toBe("/home/1.0");
  });

  it("passes ENV, not ARG, to stages built FROM a stage", () => {
    const { analysis, instructions } = analyse(
      "FROM alpine:3.20 AS base",
      "ENV APP=/app",
      "ARG LOCAL=x",
      "FROM base",
      "WORKDIR $APP/$LOCAL",
    );
    const workdir = instructions.at(-1)!;
    expect(analysis.expand("$APP/$LOCAL", workdir)).toMatchObject({ value: "/app/", undeclared: ["LOCAL"] });
  });

  it("knows predefined platform and proxy ARGs", () => {
    const { analysis, instructions } = analyse("FROM --platform=$BUILDPLATFORM alpine:3.20", "ARG TARGETARCH", "RUN echo $TARGETARCH $HTTP_PROXY");
    const run = instructions.at(-1)!;
    expect(analysis.expand("$TARGETARCH", run)).toMatchObject({ value: null, undeclared: [] });
    expect(analysis.expand("$HTTP_PROXY", run)).toMatchObject({ value: null, undeclared: [] });
    expect(analysis.stages.globalScope.has("BUILDPLATFORM")).toBe(true);
  });
});

describe("ENV in one instruction", () => {
  it("expands every pair against the environment from before the instruction, as Docker does", () => {
    const { analysis, instructions } = analyse("FROM alpine:3.20", "ENV A=before", "ENV A=after B=$A", "RUN true");
    expect(analysis.expand("$B", instructions.at(-1)!).value).toBe("before");
  });
});
