import { describe, expect, it } from "vitest";
import type { DockerfileRoot, Instruction, InstructionOf, InstructionKeyword } from "../../../lib/dockerfile/ast.js";
import { parseDockerfile } from "../../../lib/dockerfile/parser.js";

function parse(text: string, embedded = false): DockerfileRoot {
  const result = parseDockerfile(text, { embedded });
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.line}:${e.column} ${e.message}`).join("\n"));
  return result.ast;
}

function instructions(root: DockerfileRoot): Instruction[] {
  return root.body.filter((node): node is Instruction => node.type !== "Comment");
}

function only<K extends InstructionKeyword>(text: string, type: K): InstructionOf<K> {
  const found = instructions(parse(text)).filter((node) => node.type === type);
  expect(found).toHaveLength(1);
  return found[0] as InstructionOf<K>;
}

function errorsOf(text: string, embedded = false): string[] {
  const result = parseDockerfile(text, { embedded });
  return result.ok ? [] : result.errors.map((e) => `${e.line}:${e.column} ${e.message}`);
}

const slice = (text: string, range: [number, number] | null) => (range ? text.slice(...range) : null);

describe("instruction nodes", () => {
  it("gives every instruction its keyword type, keyword range and full range", () => {
    const text = [
      "FROM alpine:3.20 AS base",
      "RUN echo hi",
      "CMD echo hi",
      "LABEL a=b",
      "EXPOSE 80/tcp",
      "ENV A=1",
      "ADD a.tar /x/",
      "COPY a b",
      "ENTRYPOINT sh",
      "VOLUME /data",
      "USER app:app",
      "WORKDIR /app",
      "ARG V=1",
      "ONBUILD RUN make",
      "STOPSIGNAL SIGTERM",
      "HEALTHCHECK NONE",
      'SHELL ["/bin/bash", "-c"]',
      "MAINTAINER someone",
      "",
    ].join("\n");
    const root = parse(text);
    const nodes = instructions(root);
    expect(nodes.map((node) => node.type)).toEqual([
      "FROM", "RUN", "CMD", "LABEL", "EXPOSE", "ENV", "ADD", "COPY", "ENTRYPOINT", "VOLUME", "USER",
      "WORKDIR", "ARG", "ONBUILD", "STOPSIGNAL", "HEALTHCHECK", "SHELL", "MAINTAINER",
    ]);
    const lines = text.split("\n");
    nodes.forEach((node, index) => {
      expect(slice(text, node.range)).toBe(lines[index]);
      expect(node.loc).toEqual({ start: { line: index + 1, column: 0 }, end: { line: index + 1, column: lines[index]!.length } });
      expect(slice(text, node.keywordRange)).toBe(node.keyword);
    });
    expect(root.range).toEqual([0, text.length]);
  });

  it("keeps the keyword as written and accepts leading whitespace", () => {
    const text = "  from alpine:3.20 as Build\n\trun echo\n";
    const [from, run] = instructions(parse(text));
    expect(from!.type).toBe("FROM");
    expect(from!.keyword).toBe("from");
    expect(from!.range[0]).toBe(2);
    expect(run!.loc.start).toEqual({ line: 2, column: 1 });
  });

  it("splits FROM into image, AS and stage name", () => {
    const text = "FROM --platform=$BUILDPLATFORM golang:1.22 AS build\n";
    const from = only(text, "FROM");
    expect(slice(text, from.image!.range)).toBe("golang:1.22");
    expect(from.asKeyword!.value).toBe("AS");
    expect(from.stageName!.value).toBe("build");
    expect(from.flags).toMatchObject([{ name: "platform", value: "$BUILDPLATFORM" }]);
    expect(slice(text, from.flags[0]!.range)).toBe("--platform=$BUILDPLATFORM");
    expect(slice(text, from.flags[0]!.valueRange)).toBe("$BUILDPLATFORM");
  });

  it("reads flags with options, bare flags, and flags it does not know", () => {
    const text = "RUN --mount=type=cache,target=/root/.cache/pip --network=none --new-flag=x pip install x\n";
    const run = only(text, "RUN");
    expect(run.flags.map((flag) => flag.name)).toEqual(["mount", "network", "new-flag"]);
    expect(run.flags[0]!.options).toMatchObject([
      { name: "type", value: "cache" },
      { name: "target", value: "/root/.cache/pip" },
    ]);
    expect(slice(text, run.flags[0]!.options[1]!.range)).toBe("target=/root/.cache/pip");
    expect(run.arguments.map((argument) => argument.value)).toEqual(["pip", "install", "x"]);
    expect(slice(text, run.argumentsRange)).toBe("pip install x");
  });

  it("tells shell form from exec form", () => {
    const shell = only("CMD python run.py\n", "CMD");
    expect(shell.form).toBe("shell");
    expect(shell.execArguments).toEqual([]);

    const text = 'ENTRYPOINT ["python", "run \\"x\\".py"]\n';
    const exec = only(text, "ENTRYPOINT");
    expect(exec.form).toBe("exec");
    expect(exec.arguments).toEqual([]);
    expect(exec.execArguments.map((argument) => argument.value)).toEqual(["python", 'run "x".py']);
    expect(slice(text, exec.execArguments[1]!.range)).toBe('"run \\"x\\".py"');

    // Not valid JSON: Docker runs it through the shell.
    expect(only("CMD ['python']\n", "CMD").form).toBe("shell");
    expect(only('CMD ["python", 1]\n', "CMD").form).toBe("shell");
    expect(only("CMD []\n", "CMD").form).toBe("exec");
  });

  it("reads exec form across line continuations and comment lines", () => {
    const text = 'CMD ["python", \\\n# a comment\n  "run.py"]\n';
    const cmd = only(text, "CMD");
    expect(cmd.form).toBe("exec");
    expect(cmd.execArguments.map((argument) => argument.value)).toEqual(["python", "run.py"]);
  });

  it("reads ENV, LABEL and ARG pairs, including the legacy form and ARG without default", () => {
    const text = 'ENV A=1 B="two words"\nENV C d e\nARG NAME\nLABEL org.opencontainers.image.title="x"\n';
    const root = parse(text);
    const [env1, env2, arg, label] = instructions(root) as [
      InstructionOf<"ENV">,
      InstructionOf<"ENV">,
      InstructionOf<"ARG">,
      InstructionOf<"LABEL">,
    ];
    expect(env1.pairs.map((pair) => [pair.key, pair.value, pair.legacyForm])).toEqual([
      ["A", "1", false],
      ["B", "two words", false],
    ]);
    expect(slice(text, env1.pairs[1]!.valueRange)).toBe('"two words"');
    expect(env2.pairs).toMatchObject([{ key: "C", value: "d e", legacyForm: true }]);
    expect(arg.pairs).toMatchObject([{ key: "NAME", value: null, valueRange: null, legacyForm: false }]);
    expect(label.pairs[0]!.key).toBe("org.opencontainers.image.title");
  });

  it("nests the ONBUILD trigger as an instruction node", () => {
    const text = "ONBUILD COPY --from=build /a /b\n";
    const onbuild = only(text, "ONBUILD");
    expect(onbuild.trigger!.type).toBe("COPY");
    expect(slice(text, onbuild.trigger!.range)).toBe("COPY --from=build /a /b");
    expect(onbuild.trigger!.flags[0]!.value).toBe("build");
    expect(onbuild.arguments).toEqual([]);
  });

  it("reads HEALTHCHECK subcommand and form", () => {
    const check = only("HEALTHCHECK --interval=5s CMD curl -f http://localhost/ || exit 1\n", "HEALTHCHECK");
    expect(check.subcommand!.value).toBe("CMD");
    expect(check.form).toBe("shell");
    expect(check.flags[0]!.name).toBe("interval");
    const exec = only('HEALTHCHECK CMD ["curl", "-f", "http://localhost/"]\n', "HEALTHCHECK");
    expect(exec.form).toBe("exec");
    expect(exec.execArguments.map((argument) => argument.value)).toEqual(["curl", "-f", "http://localhost/"]);
    expect(only("HEALTHCHECK NONE\n", "HEALTHCHECK").form).toBeNull();
  });
});

describe("line continuations", () => {
  it("lists each continuation with its escape character and trailing blanks", () => {
    const text = "RUN apt-get update && \\  \n    # why\n\n    apt-get install -y curl \\\n    git\nCMD x\n";
    const run = instructions(parse(text))[0]!;
    expect(run.lineContinuations.map((range) => slice(text, range))).toEqual(["\\  ", "\\"]);
    expect(run.lineContinuations[0]![0]).toBe(text.indexOf("\\"));
  });

  it("uses the backtick escape and skips heredoc bodies", () => {
    const text = "# escape=`\nRUN echo a `\n  b\nRUN <<EOF\necho `\n\nEOF\n";
    const [first, second] = instructions(parse(text));
    expect(first!.lineContinuations.map((range) => slice(text, range))).toEqual(["`"]);
    expect(second!.lineContinuations).toEqual([]);
  });
});

describe("heredocs", () => {
  it("gives body and delimiter ranges and leaves body words out of the arguments", () => {
    const text = "RUN <<EOF bash\nset -e\necho hi\nEOF\nCMD x\n";
    const run = instructions(parse(text))[0] as InstructionOf<"RUN">;
    expect(run.heredocs).toHaveLength(1);
    const [heredoc] = run.heredocs;
    expect(heredoc!.delimiter).toBe("EOF");
    expect(heredoc!.body).toBe("set -e\necho hi");
    expect(slice(text, heredoc!.bodyRange)).toBe("set -e\necho hi");
    expect(slice(text, heredoc!.endRange)).toBe("EOF");
    expect(slice(text, heredoc!.startRange)).toBe("<<EOF");
    expect(run.arguments.map((argument) => argument.value)).toEqual(["<<EOF", "bash"]);
    expect(slice(text, run.range)).toBe("RUN <<EOF bash\nset -e\necho hi\nEOF");
  });

  it("reads several heredocs, <<- and quoted delimiters, and an empty body", () => {
    const text = 'RUN <<-"A" cat <<B\n\tone\n\tA\ntwo\nB\nCOPY <<EOF /x\nEOF\n';
    const [run, copy] = instructions(parse(text)) as [InstructionOf<"RUN">, InstructionOf<"COPY">];
    expect(run.heredocs.map((heredoc) => [heredoc.delimiter, heredoc.stripTabs, heredoc.body])).toEqual([
      ["A", true, "\tone"],
      ["B", false, "two"],
    ]);
    expect(copy.heredocs[0]!.body).toBe("");
  });

  it("reads a body whose last line ends with the escape character verbatim, as BuildKit does", () => {
    for (const [escape, directive] of [["\\", ""], ["`", "# escape=`\n"]]) {
      const text = `${directive}RUN <<EOF\napt-get install -y ${escape}\nEOF\nCMD x\n`;
      const root = parse(text);
      const run = instructions(root)[0] as InstructionOf<"RUN">;
      expect(run.heredocs[0]!.body).toBe(`apt-get install -y ${escape}`);
      expect(slice(text, run.heredocs[0]!.endRange)).toBe("EOF");
      expect(instructions(root).map((node) => node.type)).toEqual(["RUN", "CMD"]);
    }
  });

  it("rejects an unterminated heredoc at its start", () => {
    expect(errorsOf("FROM a\nRUN <<EOF\necho hi\n")).toEqual([
      '2:5 Unterminated heredoc: no line "EOF" closes it.',
    ]);
  });
});

describe("parser directives and comments", () => {
  it("reads syntax, escape and check directives at the top", () => {
    const text = "# syntax=docker/dockerfile:1\n#escape=`\n# check=skip=JSONArgsRecommended;error=true\nFROM a\n";
    const root = parse(text);
    expect(root.directives.map((d) => [d.name, d.value])).toEqual([
      ["syntax", "docker/dockerfile:1"],
      ["escape", "`"],
      ["check", "skip=JSONArgsRecommended;error=true"],
    ]);
    expect(slice(text, root.directives[0]!.valueRange)).toBe("docker/dockerfile:1");
    expect(root.escapeCharacter).toBe("`");
  });

  it("reads the whole check directive as BuildKit does", () => {
    const text = "# check=skip=JSONArgsRecommended , StageNameCasing;experimental=all;error=1\nFROM a\n";
    const [check] = parse(text).directives;
    expect(check!.value).toBe("skip=JSONArgsRecommended , StageNameCasing;experimental=all;error=1");
    expect(slice(text, check!.valueRange)).toBe(check!.value);
  });

  it("treats an unknown directive as a comment", () => {
    const root = parse("# foo=bar\nFROM a\n");
    expect(root.directives).toEqual([]);
    expect(root.comments.map((c) => c.value)).toEqual(["foo=bar"]);
    expect(root.body.map((node) => node.type)).toEqual(["Comment", "FROM"]);
  });

  it("rejects malformed directives with a 1-based position", () => {
    expect(errorsOf("# escape=x\nFROM a\n")).toEqual(['1:10 Invalid escape parser directive "x": use \\ or `.']);
    expect(errorsOf("# syntax=a\n# syntax=b\nFROM a\n")).toEqual(['2:1 Parser directive "syntax" is given more than once.']);
    expect(errorsOf("# check=skipp=all\nFROM a\n")[0]).toMatch(/^1:9 Invalid check parser directive/u);
    expect(errorsOf("# check=error=maybe\nFROM a\n")[0]).toMatch(/^1:9 Invalid check parser directive/u);
    expect(errorsOf("# check=skip=A;error=true;experimental=all;skip=B\nFROM a\n")[0]).toMatch(/Invalid check parser directive/u);
  });

  it("uses the backtick escape for continuations", () => {
    const text = "# escape=`\nFROM a\nRUN echo a `\n  b\n";
    const run = instructions(parse(text))[1] as InstructionOf<"RUN">;
    expect(run.arguments.map((argument) => argument.value)).toEqual(["echo", "a", "b"]);
    expect(run.loc.end).toEqual({ line: 4, column: 3 });
  });

  it("keeps comment lines inside continuations as comments, not as top-level body", () => {
    const text = "RUN pip install \\\n  # why\n  -r req.txt\n# after\n";
    const root = parse(text);
    expect(root.comments.map((c) => c.value)).toEqual(["why", "after"]);
    expect(root.body.map((node) => node.type)).toEqual(["RUN", "Comment"]);
    const run = root.body[0] as InstructionOf<"RUN">;
    expect(run.arguments.map((argument) => argument.value)).toEqual(["pip", "install", "-r", "req.txt"]);
  });
});

describe("parse errors", () => {
  it("rejects unknown instructions at the keyword", () => {
    expect(errorsOf("FROM a\n  FOOBAR x\n")).toEqual(['2:3 Unknown instruction "FOOBAR".']);
    expect(errorsOf("FROM a\nONBUILD FOO x\n")).toEqual(['2:9 Unknown instruction "FOO".']);
  });

  it("accepts fragments without FROM and empty files", () => {
    expect(errorsOf("RUN apt-get update\n")).toEqual([]);
    const empty = parse("");
    expect(empty.body).toEqual([]);
    expect(empty.range).toEqual([0, 0]);
    expect(empty.loc).toEqual({ start: { line: 1, column: 0 }, end: { line: 1, column: 0 } });
  });

  it("accepts the /* eslint */ lines @eslint/markdown inserts, only in embedded blocks", () => {
    const text = "/* eslint-disable dockerfile/x */\nFROM a\n";
    expect(errorsOf(text)).toHaveLength(1);
    const root = parse(text, true);
    expect(root.comments.map((c) => c.value)).toEqual(["eslint-disable dockerfile/x"]);
  });
});

describe("positions", () => {
  it("handles CRLF, lone CR and tabs", () => {
    for (const eol of ["\r\n", "\r"]) {
      const text = ["FROM a", "RUN echo \\", "\tb", "CMD x", ""].join(eol);
      const [, run, cmd] = instructions(parse(text));
      expect(run!.loc).toEqual({ start: { line: 2, column: 0 }, end: { line: 3, column: 2 } });
      expect(cmd!.loc.start).toEqual({ line: 4, column: 0 });
      expect(slice(text, cmd!.range)).toBe("CMD x");
    }
  });

  it("handles a file without a trailing newline", () => {
    const text = "FROM a\nCMD x";
    const root = parse(text);
    expect(root.loc.end).toEqual({ line: 2, column: 5 });
    expect(slice(text, instructions(root)[1]!.range)).toBe("CMD x");
  });
});
