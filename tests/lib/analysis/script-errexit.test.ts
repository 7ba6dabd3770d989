import { describe, expect, it } from "vitest";
import type { RunInstruction } from "../../../lib/dockerfile/ast.js";
import { parseDockerfile } from "../../../lib/dockerfile/parser.js";
import { DockerfileAnalysis } from "../../../lib/analysis/dockerfile-analysis.js";
import { stopsOnError } from "../../../lib/analysis/script-errexit.js";

/** stopsOnError for each script of the last RUN. */
function errexit(...lines: string[]): boolean[] {
  const text = lines.join("\n") + "\n";
  const result = parseDockerfile(text);
  if (!result.ok) throw new Error(result.errors[0]!.message);
  const analysis = new DockerfileAnalysis({ ast: result.ast, text });
  const run = result.ast.body.filter((node): node is RunInstruction => node.type === "RUN").at(-1)!;
  return analysis.runCommands.scriptsOf(run).map(stopsOnError);
}

describe("script errexit", () => {
  it("finds set -e, set -o errexit and a shebang with -e", () => {
    expect(errexit("FROM alpine", "RUN <<EOF", "set -eux", "make", "EOF")).toEqual([true]);
    expect(errexit("FROM alpine", "RUN <<EOF", "set -o errexit", "make", "EOF")).toEqual([true]);
    expect(errexit("FROM alpine", "RUN <<EOF", "#!/bin/sh -e", "make", "EOF")).toEqual([true]);
    expect(errexit("FROM alpine", "RUN set -e; make")).toEqual([true]);
  });

  it("does not count set -e that ends with a child shell, a condition, or other flags", () => {
    expect(errexit("FROM alpine", "RUN <<EOF", "make", "EOF")).toEqual([false]);
    expect(errexit("FROM alpine", "RUN <<EOF", "(set -e; make)", "sh -c 'set -e'", "EOF")).toEqual([false]);
    expect(errexit("FROM alpine", "RUN <<EOF", "set -x", "set -o pipefail", "set +e", "EOF")).toEqual([false]);
    expect(errexit("FROM alpine", "RUN <<EOF", "#!/bin/bash", "make", "EOF")).toEqual([false]);
  });
});
