import { describe, expect, it } from "vitest";
import type { Instruction } from "../../../lib/dockerfile/ast.js";
import { parseDockerfile } from "../../../lib/dockerfile/parser.js";
import { DockerfileAnalysis } from "../../../lib/analysis/dockerfile-analysis.js";

function analyse(...lines: string[]) {
  const text = lines.join("\n") + "\n";
  const result = parseDockerfile(text);
  if (!result.ok) throw new Error(result.errors[0]!.message);
  return { text, analysis: new DockerfileAnalysis({ ast: result.ast, text }), body: result.ast.body as Instruction[] };
}

describe("copy operations", () => {
  it("splits sources and destination, expands variables and tells where sources come from", () => {
    const { analysis, text } = analyse(
      "FROM python:3.12-slim AS build",
      "ARG APP=/app",
      "COPY --chown=app:app requirements.txt setup.cfg ${APP}/",
      'COPY ["src dir", "/app/src"]',
      "COPY --from=build /app /app",
      "COPY --from=nginx:1.27 /etc/nginx /etc/nginx",
      "ADD https://example.com/x.tar.gz /tmp/",
      "ADD git@github.com:org/repo.git /src",
      "COPY <<EOF /etc/conf",
      "x",
      "EOF",
      "ONBUILD COPY . /app",
    );
    const all = analysis.copies.all;
    expect(all.map((op) => [op.sources.map((s) => `${s.kind}:${s.value}`), op.destination?.value, op.origin.kind])).toEqual([
      [["path:requirements.txt", "path:setup.cfg"], "/app/", "context"],
      [["path:src dir"], "/app/src", "context"],
      [["path:/app"], "/app", "stage"],
      [["path:/etc/nginx"], "/etc/nginx", "image"],
      [["url:https://example.com/x.tar.gz"], "/tmp/", "context"],
      [["git:git@github.com:org/repo.git"], "/src", "context"],
      [["heredoc:<<EOF"], "/etc/conf", "context"],
      [["path:."], "/app", "context"],
    ]);
    expect(text.slice(...all[0]!.destination!.range)).toBe("${APP}/");
    expect(all[0]!.flags.get("chown")!.value).toBe("app:app");
    expect(all[0]!.stage!.name).toBe("build");
    expect(all.at(-1)!.stage).toBeNull();
    expect(analysis.copies.fromContext.map((op) => op.sources[0]!.raw)).toEqual(["requirements.txt", "src dir", "."]);
  });
});

describe("stage users", () => {
  const userOfFinal = (...lines: string[]) => {
    const { analysis } = analyse(...lines);
    const { name, isRoot, setIn } = analysis.userOf(analysis.stages.finalStage!);
    return { name, isRoot, setIn: setIn?.index ?? null };
  };

  it("takes the last USER of the stage", () => {
    expect(userOfFinal("FROM python:3.12-slim", "USER root", "RUN x", "USER app")).toEqual({ name: "app", isRoot: false, setIn: 0 });
    expect(userOfFinal("FROM python:3.12-slim", "USER app", "USER 0:0")).toEqual({ name: "0:0", isRoot: true, setIn: 0 });
  });

  it("inherits USER from the stage it is built FROM", () => {
    expect(userOfFinal("FROM python:3.12-slim AS base", "USER app", "FROM base")).toEqual({ name: "app", isRoot: false, setIn: 0 });
  });

  it("knows images built to run as non-root, and that others start as root", () => {
    expect(userOfFinal("FROM gcr.io/distroless/python3-debian12:nonroot")).toMatchObject({ isRoot: false });
    expect(userOfFinal("FROM gcr.io/distroless/python3-debian12:latest")).toMatchObject({ isRoot: true });
    expect(userOfFinal("FROM python:3.12-slim")).toMatchObject({ name: null, isRoot: true });
    expect(userOfFinal("ARG BASE", "FROM $BASE")).toMatchObject({ isRoot: null });
  });

  it("expands variables in USER", () => {
    expect(userOfFinal("FROM python:3.12-slim", "ARG UID=1000", "USER ${UID}")).toEqual({ name: "1000", isRoot: false, setIn: 0 });
    expect(userOfFinal("FROM python:3.12-slim", "ARG UID", "USER ${UID}")).toMatchObject({ name: null, isRoot: null });
  });
});
