/**
 * A RUN already runs as the USER in effect; `sudo` adds a package, a sudoers setup and a TTY
 * and signal behaviour nobody wants in a build. Switch users with USER instead.
 */
import type { RunInstruction } from "../lib/dockerfile/ast.js";
import { createDockerfileRule } from "../lib/rule.js";
import { commandName } from "../lib/shell/index.js";

export default createDockerfileRule<{ MessageIds: "sudo" }>("no-sudo", {
  meta: {
    type: "suggestion",
    docs: {
      description: "Disallow sudo in RUN; set the user the commands run as with USER",
      recommended: true,
      strict: true,
      hadolint: ["DL3004"],
      buildkit: [],
    },
    schema: [],
    defaultOptions: [],
    messages: {
      sudo: "RUN already runs as the user set by USER, so sudo is not needed. Put USER root before this RUN (and USER back to the unprivileged user after it) instead of calling sudo.",
    },
  },
  create(context) {
    const { sourceCode } = context;
    const { runCommands } = sourceCode.analysis;

    function check(run: RunInstruction): void {
      for (const command of runCommands.commandsOf(run)) {
        if (commandName(command) !== "sudo") continue;
        context.report({ loc: sourceCode.getLocFromRange(command.name!.range), messageId: "sudo" });
      }
    }

    return { RUN: check };
  },
});
