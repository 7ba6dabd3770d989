import { describe, expect, it } from "vitest";
import { heredocSource, jsonStringSource, parseShell, shellFormSource } from "../../../lib/shell/index.js";
import { parsed, parseRun } from "./helpers.js";

describe("words", () => {
  it("gives each word its text, static value and exact range", () => {
    const run = parseRun(`apt-get install -y "curl" 'git' a\\ b pre"q"'r'post`);
    const [cmd] = run.script.commands;
    expect(run.words(cmd!)).toEqual(["apt-get", "install", "-y", '"curl"', "'git'", "a\\ b", `pre"q"'r'post`]);
    expect(cmd!.args.map((word) => word.value)).toEqual(["install", "-y", "curl", "git", "a b", "preqrpost"]);
    expect(cmd!.args.map((word) => word.text)).toEqual(["install", "-y", '"curl"', "'git'", "a\\ b", `pre"q"'r'post`]);
    expect(run.at(cmd!.range)).toBe(`apt-get install -y "curl" 'git' a\\ b pre"q"'r'post`);
  });

  it("has no value when the word expands at run time; globs, ~ and braces stay literal", () => {
    const run = parseRun(`echo "a$b" $c \${d} $(e) \`f\` $((1+2)) '$x' "\\$y" *.txt ~/bin {a,b} $'a\\tb' "a\\"b\\\\" x$`);
    expect(run.find("echo").args.map((word) => word.value)).toEqual([
      null, null, null, null, null, null, "$x", "$y", "*.txt", "~/bin", "{a,b}", "a\tb", 'a"b\\', "x$",
    ]);
  });

  it("keeps offsets right after non-ASCII text (JS string indices)", () => {
    const run = parseRun(`echo "héllo wörld 😀" && apt-get install -y ünïcode`);
    const apt = run.find("apt-get");
    expect(run.words(apt)).toEqual(["apt-get", "install", "-y", "ünïcode"]);
    expect(run.at(run.find("echo").args[0]!.range)).toBe(`"héllo wörld 😀"`);
  });

  it("locates words across line continuations", () => {
    const run = parseRun("apt-get update \\\n  && apt-get install -y \\\n     curl \\\n     git");
    const install = run.script.commands[1]!;
    expect(run.words(install)).toEqual(["apt-get", "install", "-y", "curl", "git"]);
    expect(run.at(install.range)).toBe("apt-get install -y \\\n     curl \\\n     git");
    const curl = install.args[2]!;
    expect(run.dockerfile.slice(0, curl.range[0]).split("\n").length).toBe(4);
  });

  it("joins a word split by a continuation, as Docker does", () => {
    const run = parseRun("ap\\\nt-get install x");
    expect(run.find("apt-get").name!.text).toBe("apt-get");
    expect(run.at(run.find("apt-get").name!.range)).toBe("ap\\\nt-get");
  });
});

describe("lists and pipelines", () => {
  it("splits && / || / ; / & chains and marks commands whose status is tested", () => {
    const run = parseRun("a && b || c; d & e");
    expect(run.names()).toEqual(["a", "b", "c", "d", "e"]);
    expect(run.script.commands.map((cmd) => cmd.inCondition)).toEqual([true, true, false, false, false]);
    expect(run.script.pipelines).toEqual([]);
  });

  it("records pipelines with the stage of each command", () => {
    const run = parseRun("curl -fsSL https://x | sh -s -- -y | tee /log && echo ok");
    expect(run.script.pipelines).toHaveLength(1);
    const [pipeline] = run.script.pipelines;
    expect(run.at(pipeline!.range)).toBe("curl -fsSL https://x | sh -s -- -y | tee /log");
    expect(pipeline!.commands.map((cmd) => [cmd.name!.value, cmd.pipelineIndex, cmd.inPipeline])).toEqual([
      ["curl", 0, true],
      ["sh", 1, true],
      ["tee", 2, true],
    ]);
    expect(run.find("echo").inPipeline).toBe(false);
  });

  it("negates every stage of `! a | b`", () => {
    const run = parseRun("! a | b; c");
    expect(run.script.commands.map((cmd) => cmd.negated)).toEqual([true, true, false]);
  });

  it("gives a redirect after the last stage to that stage", () => {
    const run = parseRun("a | b > out 2>&1 && c > x");
    expect(run.find("b").redirects.map((redirect) => [redirect.operator, redirect.target?.value])).toEqual([
      [">", "out"],
      ["2>&", "1"],
    ]);
    expect(run.find("a").redirects).toEqual([]);
    expect(run.find("c").redirects.map((redirect) => run.at(redirect.range))).toEqual(["> x"]);
  });
});

describe("nesting", () => {
  it("finds commands in subshells, $(...), backticks and <(...)", () => {
    const run = parseRun("(cd /src && make) ; echo $(id -u | tr -d x) `date` <(ls)");
    expect(run.names()).toEqual(["cd", "make", "echo", "id", "tr", "date", "ls"]);
    expect(run.script.commands.map((cmd) => cmd.inSubshell)).toEqual([true, true, false, true, true, true, true]);
    expect(run.find("tr").pipelineIndex).toBe(1);
    expect(run.find("echo").inPipeline).toBe(false);
    expect(run.words(run.find("id"))).toEqual(["id", "-u"]);
  });

  it("finds commands in assignments, redirect targets and heredoc bodies", () => {
    const run = parseRun("V=$(cat /v) make > $(mktemp) <<EOF\n$(whoami)\nEOF");
    expect(run.names()).toEqual(["make", "cat", "mktemp", "whoami"]);
  });

  it("walks if / elif / else, loops, case and function bodies", () => {
    const run = parseRun(
      "if [ -f x ]; then a; elif b && c; then d; else e; fi; " +
        "for f in $(ls); do g; done; while h; do i; done; until j; do k; done; " +
        'case "$x" in y) l ;; *) m ;; esac; fn() { n; }',
    );
    expect(run.names()).toEqual(["[", "a", "b", "c", "d", "e", "ls", "g", "h", "i", "j", "k", "l", "m", "n"]);
    const tested = run.script.commands.filter((cmd) => cmd.inCondition).map((cmd) => cmd.name!.value);
    expect(tested).toEqual(["[", "b", "c", "h", "j"]);
  });

  it("reads test brackets, declarations and unset as commands", () => {
    const run = parseRun(`[ ! -d "/x" ] && [[ $a == b* ]] && export A=1 B && unset C`);
    expect(run.words(run.script.commands[0]!)).toEqual(["[", "!", "-d", '"/x"']);
    expect(run.script.commands[0]!.args.map((word) => word.value)).toEqual(["!", "-d", "/x"]);
    expect(run.words(run.script.commands[1]!)).toEqual(["[[", "$a", "==", "b*"]);
    expect(run.words(run.find("export"))).toEqual(["export", "A=1", "B"]);
    expect(run.find("export").args[0]!.value).toBe("A=1");
    expect(run.words(run.find("unset"))).toEqual(["unset", "C"]);
  });

  it("keeps `time` as the first word", () => {
    expect(parseRun("time make -j4").names()).toEqual(["time"]);
  });
});

describe("sh -c strings", () => {
  it("parses the script of sh -c '...' and maps offsets into the Dockerfile", () => {
    const run = parseRun(`sh -c 'apt-get update && apt-get install -y curl'`);
    expect(run.names()).toEqual(["sh", "apt-get", "apt-get"]);
    const [sh, update, install] = run.script.commands;
    expect(update!.nestedIn).toBe(sh);
    expect(install!.nestedIn).toBe(sh);
    expect(update!.inSubshell).toBe(true);
    expect(update!.inCondition).toBe(true);
    expect(run.words(install!)).toEqual(["apt-get", "install", "-y", "curl"]);
    expect(run.at(install!.range)).toBe("apt-get install -y curl");
  });

  it("maps words through escapes of a double-quoted string", () => {
    const run = parseRun(`bash -ec "pip install \\"x==1\\" --user=\\$USER $HOME"`);
    const pip = run.find("pip");
    expect(pip.args.map((word) => word.text)).toEqual(["install", '"x==1"', "--user=$USER", "$HOME"]);
    expect(run.words(pip)).toEqual(["pip", "install", '\\"x==1\\"', "--user=\\$USER", "$HOME"]);
    expect(pip.args[1]!.value).toBe("x==1");
  });

  it("sees through wrappers, nests again, and does not count outer substitutions twice", () => {
    const run = parseRun(`sudo -u app sh -c "bash -c 'make install' && echo $(id -u)"`);
    expect(run.names()).toEqual(["sudo", "bash", "make", "echo", "id"]);
    const [sudo, bash, make, , id] = run.script.commands;
    expect(bash!.nestedIn).toBe(sudo);
    expect(make!.nestedIn).toBe(bash);
    expect(id!.nestedIn).toBe(null);
    expect(run.at(make!.range)).toBe("make install");
  });

  it("does not parse `sh script.sh` or `sh -c` without a script", () => {
    expect(parseRun("sh ./install.sh -c x && bash -c").names()).toEqual(["sh", "bash"]);
  });
});

describe("sources", () => {
  it("parses an exec-form JSON string with escapes", () => {
    const literal = String.raw`"apt-get install -y \"curl\" && echo \\\"q\\\" \u0078"`;
    const dockerfile = `FROM x\nRUN ["/bin/sh", "-c", ${literal}]\n`;
    const run = parsed(dockerfile, jsonStringSource(literal, dockerfile.indexOf(literal)));
    expect(run.names()).toEqual(["apt-get", "echo"]);
    expect(run.words(run.find("apt-get"))).toEqual(["apt-get", "install", "-y", String.raw`\"curl\"`]);
    expect(run.find("apt-get").args[2]!.value).toBe("curl");
    expect(run.words(run.find("echo"))).toEqual(["echo", String.raw`\\\"q\\\"`, String.raw`\u0078`]);
    expect(run.find("echo").args.map((word) => word.value)).toEqual(['"q"', "x"]);
  });

  it("parses a heredoc body", () => {
    const body = "set -eux\napt-get update\napt-get install -y \\\n  curl\n";
    const dockerfile = `FROM x\nRUN <<EOF\n${body}EOF\n`;
    const run = parsed(dockerfile, heredocSource(body, dockerfile.indexOf(body)));
    expect(run.names()).toEqual(["set", "apt-get", "apt-get"]);
    expect(run.at(run.script.commands[2]!.range)).toBe("apt-get install -y \\\n  curl");
  });

  it("skips comment lines inside a continuation", () => {
    const run = parseRun("apt-get install \\\n  # pinned below\n  -y \\\n#\n  curl=1.2");
    expect(run.words(run.find("apt-get"))).toEqual(["apt-get", "install", "-y", "curl=1.2"]);
  });

  it("follows the backtick escape", () => {
    const run = parseRun("apt-get install `\n  -y curl", "`");
    expect(run.words(run.find("apt-get"))).toEqual(["apt-get", "install", "-y", "curl"]);
  });

  it("reads CRLF and lone CR line breaks", () => {
    const crlf = parseRun("apt-get update && \\\r\n  apt-get install -y x");
    expect(crlf.words(crlf.script.commands[1]!)).toEqual(["apt-get", "install", "-y", "x"]);
    const heredoc = "a 1\rb 2\r\nc 3";
    const run = parsed(heredoc, heredocSource(heredoc, 0));
    expect(run.script.commands.map((cmd) => run.words(cmd))).toEqual([["a", "1"], ["b", "2"], ["c", "3"]]);
  });
});

describe("redirects and assignments", () => {
  it("reads prefix assignments and redirects", () => {
    const run = parseRun(`FOO=1 BAR="a b" EMPTY= make <<< "$x" > /dev/null 2>&1 arg`);
    const make = run.find("make");
    expect(make.assignments.map((assignment) => [assignment.name, assignment.value?.value ?? null])).toEqual([
      ["FOO", "1"],
      ["BAR", "a b"],
      ["EMPTY", null],
    ]);
    expect(run.at(make.assignments[1]!.range)).toBe(`BAR="a b"`);
    expect(make.redirects.map((redirect) => [redirect.operator, run.at(redirect.range)])).toEqual([
      ["<<<", `<<< "$x"`],
      [">", "> /dev/null"],
      ["2>&", "2>&1"],
    ]);
    expect(run.words(make)).toEqual(["make", "arg"]);
  });

  it("keeps words written after a redirect target as arguments", () => {
    const run = parseRun("cmd a > out b");
    expect(run.words(run.find("cmd"))).toEqual(["cmd", "a", "b"]);
  });

  it("reads bare assignments and bare redirects as commands without a name", () => {
    const run = parseRun("A=1 B=2; > /tmp/x");
    expect(run.script.commands.map((cmd) => [cmd.name, cmd.assignments.length, cmd.redirects.length])).toEqual([
      [null, 2, 0],
      [null, 0, 1],
    ]);
  });

  it("reads heredocs in a shell-form body, with what follows them on the line", () => {
    const run = parseRun("cat <<'EOF' > /etc/x && chmod 600 /etc/x\n[a]\nEOF");
    const cat = run.find("cat");
    expect(cat.redirects.map((redirect) => [redirect.operator, redirect.target?.value, run.at(redirect.range)])).toEqual([
      ["<<", "EOF", "<<'EOF'"],
      [">", "/etc/x", "> /etc/x"],
    ]);
    expect(cat.inCondition).toBe(true);
    expect(run.at(cat.range)).toBe("cat <<'EOF' > /etc/x");
    expect(run.words(run.find("chmod"))).toEqual(["chmod", "600", "/etc/x"]);

    const continued = parseRun("cat <<EOF > /x.sh && \\\n  sh /x.sh\napt-get install \\\nEOF");
    expect(continued.names()).toEqual(["cat", "sh"]);
    expect(continued.script.hasErrors).toBe(false);

    const piped = parseRun("a | cat <<EOF | sh -s | tee out\necho hi\nEOF");
    expect(piped.script.pipelines).toHaveLength(1);
    expect(piped.script.pipelines[0]!.commands.map((cmd) => cmd.name!.value)).toEqual(["a", "cat", "sh", "tee"]);
    expect(piped.script.commands.map((cmd) => cmd.pipelineIndex)).toEqual([0, 1, 2, 3]);
  });
});

describe("errors", () => {
  it.each([
    `echo "unterminated`,
    "if then fi",
    "apt-get install -y x && (",
    "((((",
    "case x in",
    "cat <<EOF",
  ])("flags %j without throwing", (raw) => {
    const run = parseRun(raw);
    expect(run.script.hasErrors).toBe(true);
  });

  it("still reads the commands around an error", () => {
    const run = parseRun("apt-get install -y x && ( ; echo done");
    expect(run.names()).toContain("apt-get");
  });

  it("accepts empty and comment-only scripts", () => {
    expect(parseShell(shellFormSource("", 0, "\\"))).toEqual({ commands: [], pipelines: [], hasErrors: false });
    expect(parseShell(heredocSource("# nothing\n", 0)).commands).toEqual([]);
  });
});

describe("precedence repairs", () => {
  it("keeps a compound stage's commands in that stage", () => {
    const run = parseRun("(a && b) | c");
    expect(run.script.commands.map((cmd) => [cmd.name!.value, cmd.pipelineIndex, cmd.inCondition])).toEqual([
      ["a", 0, true],
      ["b", 0, false],
      ["c", 1, false],
    ]);
  });

  it("negates only the pipeline after `!`", () => {
    const run = parseRun("! a | b && c");
    expect(run.script.commands.map((cmd) => [cmd.negated, cmd.inCondition])).toEqual([
      [true, true],
      [true, true],
      [false, false],
    ]);
  });

  it("parses a dynamic sh -c script as a dynamic command, and stops nesting at some depth", () => {
    const dynamic = parseRun(`sh -c "$CMD"`);
    expect(dynamic.script.commands.map((cmd) => cmd.name?.text)).toEqual(["sh", "$CMD"]);
    let script = "true";
    for (let depth = 0; depth < 8; depth++) script = `sh -c ${JSON.stringify(script)}`.replaceAll("$", "\\$");
    expect(parseRun(script).script.commands.length).toBe(5);
  });
});
