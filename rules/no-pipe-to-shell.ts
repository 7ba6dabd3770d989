/**
 * `curl -fsSL https://example.com/install.sh | sh` runs whatever the server sends at build time:
 * nobody reviewed it, it can change between builds, and a truncated download runs half a script.
 * Download the script, verify its checksum or signature, then run it.
 */
import type { RunInstruction } from "../lib/dockerfile/ast.js";
import { createDockerfileRule } from "../lib/rule.js";
import { commandName, operands, shellScriptArgument, unwrapCommand, type ShellCommand } from "../lib/shell/index.js";

const SHELLS = new Set(["sh", "bash", "dash", "ash", "zsh", "ksh", "mksh"]);
const DOWNLOADERS = new Set(["curl", "wget"]);

export default createDockerfileRule<{ MessageIds: "pipeToShell" | "substitutionToShell" }>("no-pipe-to-shell", {
  meta: {
    type: "problem",
    docs: {
      description: "Disallow running a downloaded script straight from curl or wget in a shell, without verifying it",
      recommended: false,
      strict: true,
      hadolint: [],
      buildkit: [],
    },
    schema: [],
    defaultOptions: [],
    messages: {
      pipeToShell:
        "{{shell}} runs the script that {{tool}} downloads without any check of what it received. Download it to a file, verify its checksum (sha256sum -c) or signature, then run the file.",
      substitutionToShell:
        "{{shell}} runs the output of {{tool}} without any check of what it received. Download the script to a file, verify its checksum (sha256sum -c) or signature, then run the file.",
    },
  },
  create(context) {
    const { sourceCode } = context;
    const { runCommands } = sourceCode.analysis;

    function report(shell: ShellCommand, tool: string, messageId: "pipeToShell" | "substitutionToShell"): void {
      const [start, end] = shell.name!.range;
      context.report({
        loc: sourceCode.getLocFromRange([start, end]),
        messageId,
        data: { shell: commandName(shell)!, tool },
      });
    }

    function check(run: RunInstruction): void {
      for (const { script } of runCommands.scriptsOf(run)) {
        for (const pipeline of script.pipelines) {
          const downloader = pipeline.commands.find((command) => DOWNLOADERS.has(commandName(unwrapCommand(command)) ?? ""));
          if (!downloader) continue;
          for (const command of pipeline.commands) {
            const shell = unwrapCommand(command);
            if (command.pipelineIndex > downloader.pipelineIndex && readsScriptFromStdin(shell)) {
              report(shell, commandName(unwrapCommand(downloader))!, "pipeToShell");
            }
          }
        }
        // `sh -c "$(curl ...)"`, `bash <(wget -O- ...)`
        for (const command of script.commands) {
          const shell = unwrapCommand(command);
          if (!SHELLS.has(commandName(shell) ?? "")) continue;
          const tool = script.commands.find(
            (inner) =>
              DOWNLOADERS.has(commandName(unwrapCommand(inner)) ?? "") &&
              shell.args.some((arg) => arg.range[0] <= inner.range[0] && inner.range[1] <= arg.range[1]),
          );
          if (tool) report(shell, commandName(unwrapCommand(tool))!, "substitutionToShell");
        }
      }
    }

    return { RUN: check };
  },
});

/** A shell with no `-c` script and no script file operand (or `-`, or `-s`) reads its script from standard input. */
function readsScriptFromStdin(shell: ShellCommand): boolean {
  if (!SHELLS.has(commandName(shell) ?? "") || shellScriptArgument(shell) !== null) return false;
  if (shell.args.some((arg) => /^-[A-Za-z]*s[A-Za-z]*$/u.test(arg.value ?? ""))) return true;
  const files = operands(shell, ["-o", "+o", "-O", "+O", "--rcfile", "--init-file"]);
  return files.length === 0 || files[0]!.value === "-";
}
