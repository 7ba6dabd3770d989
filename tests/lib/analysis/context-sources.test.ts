import { describe, expect, it } from "vitest";
import { parseDockerfile } from "../../../lib/dockerfile/parser.js";
import { DockerfileAnalysis } from "../../../lib/analysis/dockerfile-analysis.js";
import { contextSources } from "../../../lib/analysis/context-sources.js";

function sourcesOf(...lines: string[]) {
  const text = lines.join("\n") + "\n";
  const result = parseDockerfile(text);
  if (!result.ok) throw new Error(result.errors[0]!.message);
  const analysis = new DockerfileAnalysis({ ast: result.ast, text });
  return contextSources(analysis.copies, analysis.escapeCharacter).map(({ source, path, operation }) => [operation.instruction.type, source.raw, path]);
}

describe("contextSources", () => {
  it("lists path sources read from the build context, expanded, in order", () => {
    expect(
      sourcesOf(
        "FROM python:3.12-slim AS build",
        "ARG APP=app",
        "ARG LATER",
        "COPY requirements.txt ${APP}/ /src/",
        "COPY --from=build /x /x",
        "ADD https://example.com/a.tar.gz archive.tar.gz /tmp/",
        "COPY <<EOF /etc/conf",
        "x",
        "EOF",
        "ONBUILD COPY . /app",
        "COPY ${LATER} /x",
      ),
    ).toEqual([
      ["COPY", "requirements.txt", "requirements.txt"],
      ["COPY", "${APP}/", "app/"],
      ["ADD", "archive.tar.gz", "archive.tar.gz"],
      ["COPY", "${LATER}", null],
    ]);
  });

  it("reads `\\` as a folder separator in Windows Dockerfiles (escape character `)", () => {
    expect(sourcesOf("# escape=`", "FROM mcr.microsoft.com/windows/servercore:ltsc2022", "COPY app\\bin\\tool.exe C:\\tools\\")).toEqual([
      ["COPY", "app\\bin\\tool.exe", "app/bin/tool.exe"],
    ]);
  });
});
