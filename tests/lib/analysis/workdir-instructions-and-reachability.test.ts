import { describe, expect, it } from "vitest";
import { parseDockerfile } from "../../../lib/dockerfile/parser.js";
import { DockerfileAnalysis } from "../../../lib/analysis/dockerfile-analysis.js";
import { isAbsolutePath, workdirSettings } from "../../../lib/analysis/workdir-instructions.js";
import { stageReachability } from "../../../lib/analysis/stage-reachability.js";

function analyse(...lines: string[]) {
  const text = lines.join("\n") + "\n";
  const result = parseDockerfile(text);
  if (!result.ok) throw new Error(result.errors[0]!.message);
  return new DockerfileAnalysis({ ast: result.ast, text });
}

describe("workdir settings", () => {
  const settings = (...lines: string[]) => {
    const analysis = analyse(...lines);
    return workdirSettings(analysis.stages, analysis.escapeCharacter).map(({ path, absolute, firstInBuild, stage }) => ({
      path,
      absolute,
      firstInBuild,
      stage: stage.index,
    }));
  };

  it("tells absolute paths, Windows ones included", () => {
    for (const path of ["/", "/app", "C:\\app", "c:/app", "\\app"]) expect(isAbsolutePath(path), path).toBe(true);
    for (const path of ["app", "./app", "../app", ".", "C:app", "~/app", ""]) expect(isAbsolutePath(path), path).toBe(false);
  });

  it("expands variables and removes quotes", () => {
    expect(settings("FROM alpine:3.20", "ARG DIR=/srv", 'WORKDIR "${DIR}/my app"', "ENV SUB=src", "WORKDIR $SUB")).toEqual([
      { path: "/srv/my app", absolute: true, firstInBuild: true, stage: 0 },
      { path: "src", absolute: false, firstInBuild: false, stage: 0 },
    ]);
  });

  it("treats values from outside the file as unknown, unless the literal start decides", () => {
    expect(settings("FROM alpine:3.20", "ARG DIR", "WORKDIR $DIR", "WORKDIR ${HOME}/app", "WORKDIR app/$DIR", "WORKDIR /srv/$DIR", "WORKDIR C$DIR")).toEqual([
      { path: null, absolute: null, firstInBuild: true, stage: 0 },
      { path: null, absolute: null, firstInBuild: false, stage: 0 },
      { path: null, absolute: false, firstInBuild: false, stage: 0 },
      { path: null, absolute: true, firstInBuild: false, stage: 0 },
      { path: null, absolute: null, firstInBuild: false, stage: 0 },
    ]);
  });

  it("knows a WORKDIR set in the stage a stage is built FROM, and not in other stages", () => {
    expect(settings("FROM alpine:3.20 AS base", "WORKDIR /app", "FROM base", "WORKDIR src", "FROM alpine:3.20", "WORKDIR src")).toEqual([
      { path: "/app", absolute: true, firstInBuild: true, stage: 0 },
      { path: "src", absolute: false, firstInBuild: false, stage: 1 },
      { path: "src", absolute: false, firstInBuild: true, stage: 2 },
    ]);
  });
});

describe("stage reachability", () => {
  const reach = (targets: string[], ...lines: string[]) => {
    const analysis = analyse(...lines);
    const { stages } = analysis;
    const { reached, unresolved } = stageReachability(stages, targets.map((name) => stages.findStage(name)!), analysis.escapeCharacter);
    return { reached: stages.stages.filter((stage) => reached.has(stage)).map((stage) => stage.name ?? stage.index), unresolved: unresolved.length };
  };

  it("follows FROM, COPY --from, RUN --mount=from and ONBUILD COPY --from", () => {
    const file = [
      "FROM alpine:3.20 AS deps",
      "FROM alpine:3.20 AS assets",
      "FROM alpine:3.20 AS cache",
      "FROM alpine:3.20 AS hook",
      "FROM deps AS build",
      "ONBUILD COPY --from=hook /x /x",
      "RUN --mount=type=bind,from=cache,target=/c true",
      "FROM alpine:3.20 AS test",
      "FROM build AS release",
      "COPY --from=assets /a /a",
    ];
    expect(reach(["release"], ...file)).toEqual({ reached: ["deps", "assets", "cache", "hook", "build", "release"], unresolved: 0 });
    expect(reach(["release", "test"], ...file).reached).toContain("test");
    expect(reach(["test"], ...file)).toEqual({ reached: ["test"], unresolved: 0 });
  });

  it("reports references whose value is not in the file", () => {
    expect(reach(["2"], "ARG SRC", "FROM alpine:3.20 AS a", "FROM alpine:3.20 AS b", "FROM alpine:3.20", "COPY --from=${SRC} /x /x")).toEqual({
      reached: [2],
      unresolved: 1,
    });
    expect(reach(["1"], "ARG BASE", "FROM alpine:3.20 AS a", "FROM ${BASE}")).toMatchObject({ unresolved: 1 });
    expect(reach(["1"], "FROM alpine:3.20 AS a", "FROM alpine:3.20", "COPY --from=$UNDECLARED /x /x")).toMatchObject({ unresolved: 1 });
    // An image name is known, and is not a stage.
    expect(reach(["1"], "FROM alpine:3.20 AS a", "FROM alpine:3.20", "COPY --from=nginx:1.27 /x /x")).toEqual({ reached: [1], unresolved: 0 });
  });
});
