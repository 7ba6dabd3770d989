/**
 * A build runs each RUN in a fresh container with no terminal, no init system and no services
 * running: interactive tools, process and service control, mounts and shutdowns do nothing useful
 * there, and what they start does not survive into the image.
 */
import type { RunInstruction } from "../lib/dockerfile/ast.js";
import { createDockerfileRule } from "../lib/rule.js";
import { commandName, unwrapCommand } from "../lib/shell/index.js";

/** hadolint DL3001's list, plus `ifconfig`, which its message names. */
const MEANINGLESS = new Map<string, string>([
  ["ifconfig", "shows the network of the build container, which is not the network the image will run in"],
  ["free", "shows the memory of the build container, which tells nothing about where the image will run"],
  ["kill", "signals a process of the build container; no process outlives the RUN anyway"],
  ["mount", "needs privileges a build does not have, and a mount does not persist into the image (use RUN --mount)"],
  ["ps", "lists the processes of the build container, which are gone when the RUN ends"],
  ["service", "starts or stops a service in the build container; it is not running when a container starts from the image"],
  ["shutdown", "cannot shut down a build container"],
  ["ssh", "needs a terminal and keys the build should not hold (use RUN --mount=type=ssh for git over SSH)"],
  ["top", "is interactive and never ends in a build"],
  ["vim", "is an interactive editor and waits forever in a build"],
]);

export default createDockerfileRule<{ MessageIds: "meaningless" }>("no-meaningless-commands", {
  meta: {
    type: "suggestion",
    docs: {
      description: "Disallow commands that make no sense in a build, such as ssh, vim, service, ps, kill or shutdown",
      recommended: false,
      strict: true,
      hadolint: ["DL3001"],
      buildkit: [],
    },
    schema: [],
    defaultOptions: [],
    messages: {
      meaningless: "{{name}} {{reason}}. Remove it from the RUN, or do this when the container runs (CMD, ENTRYPOINT).",
    },
  },
  create(context) {
    const { sourceCode } = context;
    const { runCommands } = sourceCode.analysis;

    function check(run: RunInstruction): void {
      for (const command of runCommands.commandsOf(run)) {
        const view = unwrapCommand(command);
        const name = commandName(view);
        const reason = name === null ? undefined : MEANINGLESS.get(name);
        if (reason === undefined) continue;
        const [start, end] = view.name!.range;
        context.report({
          loc: sourceCode.getLocFromRange([start, end]),
          messageId: "meaningless",
          data: { name: name!, reason },
        });
      }
    }

    return { RUN: check };
  },
});
