import { describe, expect, it } from "vitest";
import {
  commandName,
  hasOption,
  jsonStringSource,
  operands,
  optionValue,
  shellScriptArgument,
  subcommand,
  unwrapCommand,
  type ShellCommand,
} from "../../../lib/shell/index.js";
import { parsed, parseRun } from "./helpers.js";

function first(raw: string): ShellCommand {
  return parseRun(raw).script.commands[0]!;
}

describe("commandName", () => {
  it("is the basename of a static program word", () => {
    expect(commandName(first("/usr/bin/apt-get update"))).toBe("apt-get");
    expect(commandName(first(`"pip3" install x`))).toBe("pip3");
    expect(commandName(first("$PIP install x"))).toBe(null);
    expect(commandName(first("A=1"))).toBe(null);
  });
});

describe("hasOption", () => {
  it("finds short, combined, long and --long=value options", () => {
    const cmd = first("apt-get -qy install --no-install-recommends --option=x -o Dpkg::Options::=--force-confnew curl");
    expect(hasOption(cmd, "-y")).toBe(true);
    expect(hasOption(cmd, "-q")).toBe(true);
    expect(hasOption(cmd, "--yes", "-y")).toBe(true);
    expect(hasOption(cmd, "--no-install-recommends")).toBe(true);
    expect(hasOption(cmd, "--option")).toBe(true);
    expect(hasOption(cmd, "--yes")).toBe(false);
    expect(hasOption(cmd, "-f")).toBe(false);
  });

  it("stops at -- and ignores clusters carrying a value", () => {
    expect(hasOption(first("rm -- -y"), "-y")).toBe(false);
    expect(hasOption(first("tar -C/tmp/y -x"), "-y")).toBe(false);
    expect(hasOption(first("find . -name x"), "-name")).toBe(true);
  });

  it("reads the option name of a dynamic --opt=$value", () => {
    expect(hasOption(first(`pip install --index-url="$URL" x`), "--index-url")).toBe(true);
    expect(hasOption(first(`pip install $FLAGS x`), "--no-cache-dir")).toBe(false);
  });
});

describe("optionValue", () => {
  it("reads separate, attached and --opt=value values, the last one winning", () => {
    const run = parseRun("curl -o /a --retry=3 -sSLo /b --max-time 10 -H'X: y' https://x");
    const cmd = run.script.commands[0]!;
    expect(optionValue(cmd, "-o")?.value).toBe("/b");
    expect(optionValue(cmd, "--max-time")?.value).toBe("10");
    expect(optionValue(cmd, "-H")?.value).toBe("X: y");
    const retry = optionValue(cmd, "--retry")!;
    expect([retry.text, retry.value, run.at(retry.range)]).toEqual(["3", "3", "3"]);
    expect(run.at(optionValue(cmd, "-H")!.range)).toBe("'X: y'");
    expect(optionValue(cmd, "--output")).toBe(null);
  });

  it("maps the value of --opt=value through a JSON string", () => {
    const literal = String.raw`"pip install --index-url=\"https://x\" y"`;
    const dockerfile = `RUN ["sh", "-c", ${literal}]`;
    const run = parsed(dockerfile, jsonStringSource(literal, dockerfile.indexOf(literal)));
    const url = optionValue(run.find("pip"), "--index-url")!;
    expect(url.value).toBe("https://x");
    expect(run.at(url.range)).toBe(String.raw`\"https://x\"`);
  });
});

describe("subcommand and operands", () => {
  it("skips options and the values of listed options", () => {
    expect(subcommand(first("apt-get -q install curl"))?.value).toBe("install");
    expect(subcommand(first("apt-get -o Foo=1 install curl"), ["-o"])?.value).toBe("install");
    expect(subcommand(first("apt-get -qo Foo=1 install curl"), ["-o"])?.value).toBe("install");
    expect(subcommand(first("apt-get -oFoo=1 install curl"), ["-o"])?.value).toBe("install");
    expect(subcommand(first("apt-get -y"))).toBe(null);
    const install = first("apt-get install -y --no-install-recommends curl=7.* git -- -weird");
    expect(operands(install).map((word) => word.value)).toEqual(["install", "curl=7.*", "git", "-weird"]);
  });
});

describe("unwrapCommand", () => {
  it.each([
    ["sudo apt-get install -y x", "apt-get", ["install", "-y", "x"]],
    ["sudo -u root -E DEBIAN_FRONTEND=noninteractive apt-get update", "apt-get", ["update"]],
    ["env -i PATH=/bin -u HOME apt-get update", "apt-get", ["update"]],
    ["time -p nice -n 10 nohup make -j4", "make", ["-j4"]],
    ["xargs -I{} -n 1 rm -f {}", "rm", ["-f", "{}"]],
    ["xargs -I {} rm {}", "rm", ["{}"]],
    ["exec gosu app:app node server.js", "node", ["server.js"]],
    ["timeout -s KILL 30 curl -f x", "curl", ["-f", "x"]],
    ["command -p ls", "ls", []],
    ["stdbuf -oL python app.py", "python", ["app.py"]],
  ])("sees %j as %s", (raw, name, args) => {
    const cmd = first(raw);
    const view = unwrapCommand(cmd);
    expect(commandName(view)).toBe(name);
    expect(view.args.map((word) => word.value)).toEqual(args);
    expect(view.name).toBe(cmd.args[cmd.args.indexOf(view.name!)]);
  });

  it("keeps the range and flags of the original command", () => {
    const run = parseRun("cd /x && sudo apt-get install -y curl");
    const sudo = run.find("sudo");
    const view = unwrapCommand(sudo);
    expect(view.range).toEqual(sudo.range);
    expect(run.at(view.name!.range)).toBe("apt-get");
    expect(run.at(view.args[2]!.range)).toBe("curl");
  });

  it.each(["command -v apt-get", "sudo -l", "sudo", "env", "env FOO=1", "ls -l"])("leaves %j alone", (raw) => {
    const cmd = first(raw);
    expect(unwrapCommand(cmd)).toBe(cmd);
  });
});

describe("shellScriptArgument", () => {
  it("finds the script of -c among other options", () => {
    expect(shellScriptArgument(first("bash -o pipefail -ec 'make'"))?.value).toBe("make");
    expect(shellScriptArgument(first("sh -c -- 'make'"))?.value).toBe("make");
    expect(shellScriptArgument(first("sudo -u x /bin/sh -xc 'make' name"))?.value).toBe("make");
    expect(shellScriptArgument(first("sh ./run.sh"))).toBe(null);
    expect(shellScriptArgument(first("python -c 'print(1)'"))).toBe(null);
  });
});
