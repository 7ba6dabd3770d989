import { describe, expect, it } from "vitest";
import type { RunInstruction } from "../../../lib/dockerfile/ast.js";
import { parseDockerfile } from "../../../lib/dockerfile/parser.js";
import { DockerfileAnalysis } from "../../../lib/analysis/dockerfile-analysis.js";
import { layerFreeMountFor } from "../../../lib/analysis/run-mounts.js";

function mountsOfLastRun(...lines: string[]) {
  const text = lines.join("\n") + "\n";
  const result = parseDockerfile(text);
  if (!result.ok) throw new Error(result.errors[0]!.message);
  const analysis = new DockerfileAnalysis({ ast: result.ast, text });
  const run = result.ast.body.filter((node): node is RunInstruction => node.type === "RUN").at(-1)!;
  return analysis.mountsOf(run);
}

describe("RUN mounts", () => {
  it("reads type, target (expanded), from, id and sharing; bind is the default type", () => {
    const mounts = mountsOfLastRun(
      "FROM alpine:3.20",
      "ARG CACHE=/var/cache/apk",
      "RUN --mount=type=cache,target=${CACHE},id=apk,sharing=locked --mount=target=/src,from=build --mount=type=tmpfs,dst=/tmp/ true",
    );
    expect(mounts.map(({ type, target, from, id, sharing }) => ({ type, target, from, id, sharing }))).toEqual([
      { type: "cache", target: "/var/cache/apk", from: null, id: "apk", sharing: "locked" },
      { type: "bind", target: "/src", from: "build", id: null, sharing: null },
      { type: "tmpfs", target: "/tmp", from: null, id: null, sharing: null },
    ]);
  });

  it("finds the cache or tmpfs mount holding a folder, and only those", () => {
    const mounts = mountsOfLastRun(
      "FROM debian:12",
      "RUN --mount=type=cache,target=/var/lib/apt --mount=type=bind,target=/root/.cache --mount=type=tmpfs,target=/tmp true",
    );
    expect(layerFreeMountFor(mounts, "/var/lib/apt/lists")?.target).toBe("/var/lib/apt");
    expect(layerFreeMountFor(mounts, "/var/lib/apt/")?.target).toBe("/var/lib/apt");
    expect(layerFreeMountFor(mounts, "/var/lib/aptitude")).toBeNull();
    expect(layerFreeMountFor(mounts, "/root/.cache/pip")).toBeNull();
    expect(layerFreeMountFor(mounts, "/tmp/x")?.type).toBe("tmpfs");
  });
});
