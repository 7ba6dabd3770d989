/**
 * `cd` in a RUN lasts until the end of that RUN: the next instruction starts in the WORKDIR
 * again. Setting the directory with WORKDIR says where later commands run; a `cd` that only
 * scopes one command or a subshell is allowed unless `allowScoped` is off.
 */
import type { RunInstruction } from "../lib/dockerfile/ast.js";
import { createDockerfileRule } from "../lib/rule.js";
import { commandName, unwrapCommand, type ShellCommand, type ShellScript } from "../lib/shell/index.js";

type Options = [{ allowScoped: boolean }];

export default createDockerfileRule<{ RuleOptions: Options; MessageIds: "cdInRun" }>("no-cd-in-run", {
  meta: {
    type: "suggestion",
    docs: {
      description: "Disallow cd in RUN to set the directory for later commands; use WORKDIR",
      recommended: true,
      strict: true,
      strictOptions: [{ allowScoped: false }],
      hadolint: ["DL3003"],
      buildkit: [],
    },
    schema: [
      {
        type: "object",
        properties: {
          allowScoped: {
            type: "boolean",
            description:
              "Allow a cd whose effect is contained: inside a subshell `( ... )`, `$( ... )` or a `sh -c` string, or followed by a single command (`cd /src && make`).",
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ allowScoped: true }],
    messages: {
      cdInRun:
        "cd sets the directory only until the end of this RUN. Use WORKDIR to set the working directory, or give the commands absolute paths.",
    },
  },
  create(context) {
    const { sourceCode } = context;
    const { runCommands } = sourceCode.analysis;
    const { allowScoped } = context.options[0];

    function check(run: RunInstruction): void {
      for (const { script } of runCommands.scriptsOf(run)) {
        for (const command of script.commands) {
          if (!isCd(command) || isCdBack(command) || (allowScoped && isScoped(command, script))) continue;
          context.report({
            loc: sourceCode.getLocFromRange(command.range),
            messageId: "cdInRun",
          });
        }
      }
    }

    return { RUN: check };
  },
});

function isCd(command: ShellCommand): boolean {
  return commandName(unwrapCommand(command)) === "cd";
}

/** `cd -` goes back to where the script was: it ends the `cd` before it rather than setting one. */
function isCdBack(command: ShellCommand): boolean {
  const args = unwrapCommand(command).args;
  return isCd(command) && args.length === 1 && args[0]!.value === "-";
}

/**
 * In a child shell, or governing exactly one command (a pipeline counts as one) before the
 * script ends or the next top-level `cd`.
 */
function isScoped(cd: ShellCommand, script: ShellScript): boolean {
  if (cd.inSubshell) return true;
  const governed = new Set<unknown>();
  for (const command of script.commands) {
    if (command.range[0] <= cd.range[0] || command.inSubshell) continue;
    if (isCd(command)) break;
    governed.add(script.pipelines.find((pipeline) => pipeline.commands.includes(command)) ?? command);
  }
  return governed.size === 1;
}
