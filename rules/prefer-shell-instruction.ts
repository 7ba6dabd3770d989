/**
 * Replacing /bin/sh with a link to another shell changes the shell of every later RUN without
 * saying so, and breaks scripts in the image that expect the original /bin/sh. The SHELL
 * instruction sets the shell for RUN, CMD and ENTRYPOINT explicitly.
 */
import type { RunInstruction } from "../lib/dockerfile/ast.js";
import { createDockerfileRule } from "../lib/rule.js";
import { commandName, operands, unwrapCommand } from "../lib/shell/index.js";

export default createDockerfileRule<{ MessageIds: "useShell" }>("prefer-shell-instruction", {
  meta: {
    type: "suggestion",
    docs: {
      description: "Require the SHELL instruction instead of linking another shell to /bin/sh",
      recommended: true,
      strict: true,
      hadolint: ["DL4005"],
      buildkit: [],
    },
    schema: [],
    defaultOptions: [],
    messages: {
      useShell:
        "Linking /bin/sh to another shell changes the shell of every later RUN behind the reader's back and of every script in the image. Use the SHELL instruction (for example SHELL [\"/bin/bash\", \"-c\"]) instead.",
    },
  },
  create(context) {
    const { sourceCode } = context;
    const { runCommands } = sourceCode.analysis;

    function check(run: RunInstruction): void {
      for (const command of runCommands.commandsOf(run)) {
        const view = unwrapCommand(command);
        if (commandName(view) !== "ln") continue;
        const files = operands(view, ["-S", "--suffix", "-t", "--target-directory"]);
        const target = files.at(-1);
        if (files.length < 2 || target?.value !== "/bin/sh") continue;
        context.report({
          loc: sourceCode.getLocFromRange(target.range),
          messageId: "useShell",
        });
      }
    }

    return { RUN: check };
  },
});
