/**
 * Docker caches each RUN by its text. A RUN with `apt-get update` alone is cached once and never
 * runs again, so a later `apt-get install` (changed, rebuilt) works from stale lists: it installs
 * old versions or fails when the mirror dropped them. Update and install belong in one RUN.
 */
import type { RunInstruction } from "../lib/dockerfile/ast.js";
import { APT_LISTS, osPackageCommands } from "../lib/analysis/os-packages.js";
import { createDockerfileRule } from "../lib/rule.js";

export default createDockerfileRule<{ MessageIds: "updateAlone" }>("apt-get-update-with-install", {
  meta: {
    type: "problem",
    docs: {
      description: "Require apt-get update to run in the same RUN as the apt-get install that needs it",
      recommended: true,
      strict: true,
      hadolint: [],
      buildkit: [],
    },
    schema: [],
    defaultOptions: [],
    messages: {
      updateAlone:
        "'{{command}}' runs in a RUN of its own, which Docker caches: the apt-get install on line {{line}} may then use stale package lists. Run apt-get update && apt-get install in the same RUN.",
    },
  },
  create(context) {
    const { analysis } = context.sourceCode;
    const { stages, runCommands } = analysis;

    function aptCommands(run: RunInstruction) {
      return osPackageCommands(runCommands.commandsOf(run)).filter(({ manager }) => manager.cacheFolders.includes(APT_LISTS));
    }

    function check(run: RunInstruction): void {
      const commands = aptCommands(run);
      const update = commands.find(({ action }) => action === "update");
      if (!update || commands.some(({ action }) => action === "install" || action === "upgrade" || action === "dist-upgrade")) return;
      const stage = stages.stageOf(run);
      if (stage === null) return;
      const laterInstall = runCommands.all
        .filter(({ run: other }) => other.range[0] > run.range[0])
        .flatMap(({ run: other }) => {
          const otherStage = stages.stageOf(other);
          if (otherStage === null || !stages.ancestry(otherStage).includes(stage)) return [];
          return aptCommands(other).filter(({ action }) => action === "install");
        })[0];
      if (!laterInstall) return;
      context.report({
        loc: context.sourceCode.getLocFromRange([update.command.name!.range[0], update.subcommand!.range[1]]),
        messageId: "updateAlone",
        data: {
          command: `${update.manager.name} ${update.subcommand!.value}`,
          line: String(context.sourceCode.getLocFromIndex(laterInstall.command.name!.range[0]).line),
        },
      });
    }

    return { RUN: check };
  },
});
