/**
 * A pipeline's exit status is its last command's: `curl -fsSL $URL | tar -xz` succeeds when curl
 * fails and tar reads nothing, and the build goes on with a broken layer. `pipefail` makes the
 * pipeline fail when any command in it fails.
 */
import type { RunInstruction } from "../lib/dockerfile/ast.js";
import type { RunScript } from "../lib/analysis/run-commands.js";
import { shellHasPipefail, stageHasBash, type ShellInEffect } from "../lib/analysis/shell-in-effect.js";
import { createDockerfileRule } from "../lib/rule.js";
import { commandName, type ShellCommand, type ShellPipeline } from "../lib/shell/index.js";

const BASH_PIPEFAIL = 'SHELL ["/bin/bash", "-o", "pipefail", "-c"]';

export default createDockerfileRule<{ MessageIds: "missingPipefail" | "addShell" }>("require-pipefail", {
  meta: {
    type: "problem",
    docs: {
      description: "Require pipefail for RUN commands with a pipe, so a failing command in the pipeline fails the build",
      recommended: true,
      strict: true,
      hadolint: ["DL4006"],
      buildkit: [],
    },
    hasSuggestions: true,
    schema: [],
    defaultOptions: [],
    messages: {
      missingPipefail:
        "Only the last command of this pipeline decides whether the RUN succeeds, so a failure before the | goes unnoticed. Set a SHELL with -o pipefail (for example SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]) before this RUN, or run set -o pipefail first in a shell that supports it.",
      addShell: "Add SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"] before this RUN (later RUN instructions of the stage then run with bash too).",
    },
  },
  create(context) {
    const { sourceCode } = context;
    const { analysis } = sourceCode;

    function check(run: RunInstruction): void {
      const shell = analysis.shells.at(run);
      for (const entry of analysis.runCommands.scriptsOf(run)) {
        const shellApplies = shellRunsScript(run, entry);
        for (const pipeline of entry.script.pipelines) {
          const first = pipeline.commands[0];
          if (!first || pipefailSetBefore(entry.script.commands, pipeline, first)) continue;
          // A `sh -c '...'` string runs in a new shell that the SHELL's options do not reach.
          const runByShell = shellApplies && first.nestedIn === null;
          if (runByShell && shellHasPipefail(shell)) continue;
          const offerShell = runByShell && canAddBashShell(run, shell);
          context.report({
            loc: sourceCode.getLocFromRange(pipeline.range),
            messageId: "missingPipefail",
            suggest: offerShell
              ? [{ messageId: "addShell", fix: (fixer) => fixer.insertTextBeforeRange([run.range[0], run.range[0]], `${BASH_PIPEFAIL}\n${indentOf(sourceCode.text, run.range[0])}`) }]
              : [],
          });
        }
      }
    }

    /** Only for a RUN of a stage (not ONBUILD), under Docker's default shell, on an image known to have bash. */
    function canAddBashShell(run: RunInstruction, shell: ShellInEffect): boolean {
      if (shell.instruction !== null) return false;
      // An ONBUILD trigger belongs to no stage: it runs in a child image whose shell is unknown.
      const stage = analysis.stages.stageOf(run);
      return stage !== null && stageHasBash(stage);
    }

    return { RUN: check };
  },
});

/** Whether the SHELL's options reach the script: not for exec form, a shebang, or `RUN bash <<EOF`. */
function shellRunsScript(run: RunInstruction, entry: RunScript): boolean {
  if (entry.origin === "exec form") return false;
  if (entry.origin === "shell form") return true;
  if (entry.heredoc!.body.startsWith("#!")) return false;
  return run.arguments.every((argument) => argument.value.startsWith("<<"));
}

/** `set -o pipefail` (`set -euo pipefail`, ...) earlier in the same shell. */
function pipefailSetBefore(commands: ShellCommand[], pipeline: ShellPipeline, first: ShellCommand): boolean {
  return commands.some(
    (command) =>
      command.range[1] <= pipeline.range[0] &&
      command.nestedIn === first.nestedIn &&
      (!command.inSubshell || command.nestedIn !== null) &&
      commandName(command) === "set" &&
      command.args.some((arg, i) => /^-[A-Za-z]*o$/u.test(arg.value ?? "") && command.args[i + 1]?.value === "pipefail"),
  );
}

function indentOf(text: string, offset: number): string {
  const lineStart = Math.max(text.lastIndexOf("\n", offset - 1), text.lastIndexOf("\r", offset - 1)) + 1;
  return /^[ \t]*/u.exec(text.slice(lineStart, offset))![0];
}
