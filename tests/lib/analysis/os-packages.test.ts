import { describe, expect, it } from "vitest";
import type { RunInstruction } from "../../../lib/dockerfile/ast.js";
import { parseDockerfile } from "../../../lib/dockerfile/parser.js";
import { DockerfileAnalysis } from "../../../lib/analysis/dockerfile-analysis.js";
import { answersYes, cleansCache, OS_PACKAGE_MANAGERS, osPackageCommands, removesFolder } from "../../../lib/analysis/os-packages.js";
import { appendCommand } from "../../../lib/analysis/script-append.js";

function analyse(...lines: string[]) {
  const text = lines.join("\n") + "\n";
  const result = parseDockerfile(text);
  if (!result.ok) throw new Error(result.errors[0]!.message);
  const analysis = new DockerfileAnalysis({ ast: result.ast, text });
  const run = result.ast.body.filter((node): node is RunInstruction => node.type === "RUN").at(-1)!;
  return { text, analysis, run, commands: analysis.runCommands.commandsOf(run) };
}

function summary(script: string) {
  const { commands } = analyse("FROM scratch", `RUN ${script}`);
  return osPackageCommands(commands).map((found) => ({
    manager: found.manager.name,
    subcommand: found.subcommand?.value ?? null,
    action: found.action,
    operands: found.operands.map((word) => word.value),
    group: found.group,
  }));
}

describe("OS package commands", () => {
  it("finds the manager, subcommand, action and operands, through wrappers and value options", () => {
    expect(summary("sudo apt-get -o Dpkg::Options::=--force-confold -t bookworm install -y curl && env X=1 apk --virtual .d add gcc")).toEqual([
      { manager: "apt-get", subcommand: "install", action: "install", operands: ["curl"], group: false },
      { manager: "apk", subcommand: "add", action: "install", operands: ["gcc"], group: false },
    ]);
    expect(summary("yum --enablerepo epel update; dnf group install -y 'Dev Tools'; zypper -n dup; apt moo")).toEqual([
      { manager: "yum", subcommand: "update", action: "upgrade", operands: [], group: false },
      { manager: "dnf", subcommand: "install", action: "install", operands: ["Dev Tools"], group: true },
      { manager: "zypper", subcommand: "dup", action: "dist-upgrade", operands: [], group: false },
      { manager: "apt", subcommand: "moo", action: "other", operands: [], group: false },
    ]);
    expect(summary("apt-get-ish install x; echo apt-get install")).toEqual([]);
  });

  it("knows when a command answers its own prompt", () => {
    const answers = (script: string) => osPackageCommands(analyse("FROM scratch", `RUN ${script}`).commands).map(answersYes);
    expect(answers("apt-get install -y x; apt-get -qq install x; apt-get -o APT::Get::Assume-Yes=true install x; apt-get --option=APT::Get::Assume-Yes=1 install x")).toEqual([true, true, true, true]);
    expect(answers("apt-get -q install x; apt-get -o Dpkg::Options::=x install x; yum install x; zypper in x")).toEqual([false, false, false, false]);
    expect(answers("yum --assumeyes install x; zypper --non-interactive in x; zypper in --no-confirm x; apk add x")).toEqual([true, true, true, true]);
  });

  it("knows what removes a folder or cleans a cache", () => {
    const commands = (script: string) => analyse("FROM scratch", `RUN ${script}`).commands;
    expect(removesFolder(commands("rm -rf /var/lib/apt/lists/*"), "/var/lib/apt/lists")).toBe(true);
    expect(removesFolder(commands("rm -r /var/lib/apt"), "/var/lib/apt/lists")).toBe(true);
    expect(removesFolder(commands("rm -f /var/lib/apt/lists/*"), "/var/lib/apt/lists")).toBe(false);
    expect(removesFolder(commands("rm -rf /var/lib/apt/lists/partial"), "/var/lib/apt/lists")).toBe(false);
    expect(cleansCache(commands("yum clean all"), OS_PACKAGE_MANAGERS.yum!)).toBe(true);
    expect(cleansCache(commands("yum clean packages"), OS_PACKAGE_MANAGERS.yum!)).toBe(false);
    expect(cleansCache(commands("zypper cc"), OS_PACKAGE_MANAGERS.zypper!)).toBe(true);
    expect(cleansCache(commands("dnf clean all"), OS_PACKAGE_MANAGERS.yum!)).toBe(false);
  });

  it("knows how each manager pins a version", () => {
    const { "apt-get": apt, apk, dnf, zypper } = OS_PACKAGE_MANAGERS;
    expect(["curl=7.88", "./x.deb", "https://h/x.deb", "curl", "curl/bookworm"].map(apt!.pinned)).toEqual([true, true, true, false, false]);
    expect(["curl=8.9", "git~=2.45", "bash>5", "curl"].map(apk!.pinned)).toEqual([true, true, true, false]);
    expect(["httpd-2.4", "@nodejs:20", "x.rpm", "httpd", "python3-pip"].map(dnf!.pinned)).toEqual([true, true, true, false, false]);
    expect(["curl=8", "git>=2", "wget-1.21", "curl"].map(zypper!.pinned)).toEqual([true, true, true, false]);
  });
});

describe("appending a command to a RUN", () => {
  function appended(...lines: string[]) {
    const { text, analysis, run } = analyse("FROM scratch", ...lines);
    const entries = analysis.runCommands.scriptsOf(run);
    const append = appendCommand(entries.at(-1)!, "rm -rf /x", text, analysis.escapeCharacter);
    return append === null ? null : text.slice(0, append.offset) + append.text + text.slice(append.offset);
  }

  it("appends to an && or ; list, across continuations and comment lines", () => {
    expect(appended("RUN a && b; c")).toBe("FROM scratch\nRUN a && b; c && rm -rf /x\n");
    expect(appended("RUN a \\", "  # note", "  && b \\", "  c")).toBe("FROM scratch\nRUN a \\\n  # note\n  && b \\\n  c && rm -rf /x\n");
    expect(appended('RUN ["sh", "-c", "a && b"]')).toBe('FROM scratch\nRUN ["sh", "-c", "a && b && rm -rf /x"]\n');
  });

  it("appends a line to a heredoc script", () => {
    expect(appended("RUN <<EOF", "set -e", "a", "b", "EOF")).toBe("FROM scratch\nRUN <<EOF\nset -e\na\nb\nrm -rf /x\nEOF\n");
    // Without set -e the appended line would decide the script's status and hide a failure.
    expect(appended("RUN <<EOF", "a", "b", "EOF")).toBeNull();
    expect(appended("RUN <<EOF", "a \\", "EOF")).toBeNull();
  });

  it("gives up on shapes it cannot extend for certain", () => {
    for (const script of ["a || b | c", "if a; then b; fi", "(a && b)", "{ a; b; }", "a && b &", "a $(b)", "cat <<EOF > f\nx\nEOF", "sh -c 'a && b'", "! a"]) {
      expect(appended(`RUN ${script}`), script).toBeNull();
    }
  });
});
