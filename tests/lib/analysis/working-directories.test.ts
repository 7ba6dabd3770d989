import { describe, expect, it } from "vitest";
import type { Instruction } from "../../../lib/dockerfile/ast.js";
import { parseDockerfile } from "../../../lib/dockerfile/parser.js";
import { DockerfileAnalysis } from "../../../lib/analysis/dockerfile-analysis.js";
import {
  commandDirectory,
  isWithin,
  relativeTo,
  resolveIn,
  type ImageFolder,
} from "../../../lib/analysis/working-directories.js";

function analyse(...lines: string[]) {
  const text = lines.join("\n") + "\n";
  const result = parseDockerfile(text);
  if (!result.ok) throw new Error(result.errors[0]!.message);
  const analysis = new DockerfileAnalysis({ ast: result.ast, text });
  const folders = analysis.workingDirectories;
  const instructions = result.ast.body as Instruction[];
  /** The working directory of each instruction that is not a WORKDIR, as "/abs", "<stage n>/rel" or null. */
  const at = instructions
    .filter((node) => node.type !== "WORKDIR")
    .map((node) => show(folders.at(node)));
  return { analysis, folders, instructions, at };
}

function show(folder: ImageFolder | null): string | null {
  if (folder === null) return null;
  return folder.base === null ? folder.path : `<stage ${folder.base.index}>/${folder.path}`;
}

describe("working directories", () => {
  it("follows absolute and relative WORKDIRs, with variables expanded", () => {
    const { at } = analyse("FROM scratch", "COPY a .", "WORKDIR /app", "ARG SUB=src", "WORKDIR ${SUB}/../lib//x/.", "RUN make");
    expect(at).toEqual([null, "/", "/app", "/app/lib/x"]);
  });

  it("starts from the base image's unknown directory, and from the parent stage's", () => {
    const { at } = analyse("FROM python:3.12-slim AS base", "RUN a", "WORKDIR app", "RUN b", "FROM base", "RUN c", "WORKDIR /srv", "RUN d");
    expect(at).toEqual([null, "<stage 0>/", "<stage 0>/app", null, "<stage 0>/app", "/srv"]);
  });

  it("forgets the directory at a WORKDIR whose value is unknown, until an absolute one", () => {
    const { at } = analyse("FROM alpine:3.20", "ARG DIR", "WORKDIR $DIR", "RUN a", "WORKDIR sub", "RUN b", "WORKDIR /x", "RUN c", "WORKDIR $HOME", "RUN d", 'WORKDIR "/my app"', "RUN e");
    expect(at).toEqual([null, "<stage 0>/", null, null, "/x", null, "/my app"]);
  });

  it("does not follow Windows paths", () => {
    const { at } = analyse("FROM mcr.microsoft.com/windows/servercore:ltsc2022", "WORKDIR C:\\app", "RUN a");
    expect(at).toEqual([null, null]);
  });

  it("compares folders that share a base", () => {
    const abs = (path: string): ImageFolder => ({ base: null, path });
    expect(isWithin(abs("/app/src"), abs("/app"))).toBe(true);
    expect(isWithin(abs("/app"), abs("/app"))).toBe(true);
    expect(isWithin(abs("/application"), abs("/app"))).toBe(false);
    expect(isWithin(abs("/x"), abs("/"))).toBe(true);
    expect(relativeTo(abs("/app/src/x"), abs("/app"))).toBe("src/x");
    expect(relativeTo(abs("/app"), abs("/app"))).toBe("");
    expect(relativeTo(abs("/etc"), abs("/app"))).toBeNull();
    const { analysis } = analyse("FROM a", "FROM b");
    const [a, b] = analysis.stages.stages;
    expect(isWithin({ base: a!, path: "src" }, { base: a!, path: "" })).toBe(true);
    expect(isWithin({ base: a!, path: "src" }, { base: b!, path: "" })).toBeNull();
    expect(isWithin({ base: a!, path: "../x" }, { base: a!, path: "" })).toBeNull();
    expect(resolveIn({ base: a!, path: "" }, "../x")).toEqual({ base: a, path: "../x" });
    expect(resolveIn({ base: a!, path: "app" }, "/srv/./x/..")).toEqual({ base: null, path: "/srv" });
  });

  it("moves a RUN's commands with the cd before them", () => {
    const { analysis, folders, instructions } = analyse(
      "FROM alpine:3.20",
      "WORKDIR /app",
      "RUN cd web && npm ci && (cd /x && make) && make && cd /opt && ls",
      "RUN cd $DIR && ls",
      "RUN (cd /x && make && ls)",
    );
    const [run1, run2, run3] = instructions.filter((node) => node.type === "RUN");
    const where = (run: Instruction) => {
      const commands = analysis.runCommands.commandsOf(run as never);
      return commands.map((command) => `${command.name?.value}:${show(commandDirectory(folders.at(run), commands, command))}`);
    };
    expect(where(run1!)).toEqual(["cd:/app", "npm:/app/web", "cd:/app/web", "make:null", "make:/app/web", "cd:/app/web", "ls:/opt"]);
    expect(where(run2!)).toEqual(["cd:/app", "ls:null"]);
    expect(where(run3!)).toEqual(["cd:/app", "make:null", "ls:null"]);
  });
});
