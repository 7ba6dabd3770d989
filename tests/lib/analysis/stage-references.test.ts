import { describe, expect, it } from "vitest";
import { parseDockerfile } from "../../../lib/dockerfile/parser.js";
import { DockerfileAnalysis } from "../../../lib/analysis/dockerfile-analysis.js";
import { literalReferencesTo } from "../../../lib/analysis/stage-references.js";

function references(...lines: string[]): string[] {
  const text = lines.join("\n") + "\n";
  const result = parseDockerfile(text);
  if (!result.ok) throw new Error(result.errors[0]!.message);
  const { stages } = new DockerfileAnalysis({ ast: result.ast, text });
  return literalReferencesTo(stages.stages[0]!, stages, text).map((reference) => `${reference.from.index}:${reference.text}@${reference.range[0]}`);
}

describe("literalReferencesTo", () => {
  it("finds FROM <stage>, COPY --from and RUN --mount from=, in any case", () => {
    const found = references(
      "FROM alpine AS Build",
      "FROM build",
      "COPY --from=BUILD /a /b",
      "RUN --mount=type=bind,from=Build,target=/s ls",
    );
    expect(found).toEqual(["1:build@26", "1:BUILD@44", "1:Build@83"]);
  });

  it("leaves out references through variables, numeric indexes and ONBUILD triggers", () => {
    expect(references("FROM alpine AS build", "FROM alpine", "ARG S=build", "COPY --from=0 /a /b", "ONBUILD COPY --from=build /a /b")).toEqual([]);
  });

  it("has nothing for an unnamed stage", () => {
    expect(references("FROM alpine", "FROM alpine", "COPY --from=0 /a /b")).toEqual([]);
  });
});
