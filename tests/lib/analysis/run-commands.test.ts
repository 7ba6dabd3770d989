import { describe, expect, it } from "vitest";
import type { Instruction, RunInstruction } from "../../../lib/dockerfile/ast.js";
import { parseDockerfile } from "../../../lib/dockerfile/parser.js";
import { DockerfileAnalysis } from "../../../lib/analysis/dockerfile-analysis.js";

function analyse(...lines: string[]) {
  const text = lines.join("\n") + "\n";
  const result = parseDockerfile(text);
  if (!result.ok) throw new Error(result.errors[0]!.message);
  const analysis = new DockerfileAnalysis({ ast: result.ast, text });
  const runs: RunInstruction[] = [];
  for (const node of result.ast.body as Instruction[]) {
    if (node.type === "RUN") runs.push(node);
    if (node.type === "ONBUILD" && node.trigger?.type === "RUN") runs.push(node.trigger);
  }
  /** Each RUN's commands as "name arg arg", with where the script came from. */
  const commands = runs.map((run) =>
    analysis.runCommands.scriptsOf(run).map((entry) => `${entry.origin}: ${entry.script.commands.map((c) => [c.name?.value, ...c.args.map((a) => a.value)].join(" ")).join("; ")}`),
  );
  return { text, analysis, runs, commands };
}

describe("RUN commands", () => {
  it("parses shell form, with comment lines inside continuations removed", () => {
    const { commands, analysis, runs, text } = analyse("FROM a", "RUN apt-get update && \\", "  # refresh", "  apt-get install -y curl");
    expect(commands).toEqual([["shell form: apt-get update; apt-get install -y curl"]]);
    const install = analysis.runCommands.commandsOf(runs[0]!)[1]!;
    expect(text.slice(...install.args[1]!.range)).toBe("-y");
  });

  it("parses the script of an exec-form shell, not a plain exec form", () => {
    const { commands } = analyse("FROM a", 'RUN ["/bin/bash", "-ec", "cd /x && make"]', 'RUN ["make", "install"]');
    expect(commands).toEqual([["exec form: cd /x; make"], []]);
  });

  it("parses heredoc bodies run by a shell, and not those fed to other programs", () => {
    const { commands } = analyse(
      "FROM a",
      "RUN <<EOF",
      "make",
      "EOF",
      "RUN <<EOF bash",
      "make all",
      "EOF",
      "RUN sh <<EOF",
      "make test",
      "EOF",
      "RUN python3 <<EOF",
      "print(1)",
      "EOF",
      "RUN <<EOF",
      "#!/usr/bin/env python3",
      "print(1)",
      "EOF",
      "RUN cat <<EOF > /x",
      "not a command",
      "EOF",
    );
    expect(commands).toEqual([
      ["heredoc: make"],
      ["shell form: bash", "heredoc: make all"],
      ["shell form: sh", "heredoc: make test"],
      ["shell form: python3"],
      [],
      ["shell form: cat"],
    ]);
  });

  it("stops at a SHELL that is not POSIX, in that stage and the stages built from it", () => {
    const { commands } = analyse(
      "FROM windows AS base",
      "RUN before",
      'SHELL ["pwsh", "-Command"]',
      "RUN Get-ChildItem",
      "FROM base",
      "RUN Write-Host",
      'SHELL ["/bin/sh", "-c"]',
      "RUN back",
      "FROM alpine",
      "RUN fresh",
    );
    expect(commands).toEqual([["shell form: before"], [], [], ["shell form: back"], ["shell form: fresh"]]);
  });

  it("includes ONBUILD RUN and RUNs of a fragment without FROM", () => {
    expect(analyse("RUN make").commands).toEqual([["shell form: make"]]);
    expect(analyse("FROM a", "ONBUILD RUN make").commands).toEqual([["shell form: make"]]);
  });

  it("lists all scripts in source order", () => {
    const { analysis } = analyse("FROM a", "RUN one", "FROM b", "RUN two");
    expect(analysis.runCommands.all.map((entry) => entry.script.commands[0]!.name!.value)).toEqual(["one", "two"]);
  });
});
