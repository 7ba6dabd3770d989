/**
 * `apt-get update` downloads the package lists (tens of megabytes) into /var/lib/apt/lists.
 * Unless the same RUN deletes them, they stay in the layer, and a later RUN cannot take them out.
 */
import type { RunInstruction } from "../lib/dockerfile/ast.js";
import { APT_LISTS, osPackageCommands, removesFolder } from "../lib/analysis/os-packages.js";
import { layerFreeMountFor } from "../lib/analysis/run-mounts.js";
import { appendCommand } from "../lib/analysis/script-append.js";
import { createDockerfileRule } from "../lib/rule.js";

const CLEANUP = `rm -rf ${APT_LISTS}/*`;

export default createDockerfileRule<{ MessageIds: "listsLeft" }>("apt-lists-cleanup", {
  meta: {
    type: "suggestion",
    docs: {
      description: "Require the RUN that runs apt-get update to delete /var/lib/apt/lists so the package lists stay out of the image",
      recommended: true,
      strict: true,
      hadolint: ["DL3009"],
      buildkit: [],
    },
    fixable: "code",
    schema: [],
    defaultOptions: [],
    messages: {
      listsLeft:
        "'{{command}}' leaves the package lists in /var/lib/apt/lists, where they stay in the image layer. End this RUN with `rm -rf /var/lib/apt/lists/*`, or mount a cache there (--mount=type=cache,target=/var/lib/apt/lists).",
    },
  },
  create(context) {
    const { sourceCode } = context;
    const { analysis } = sourceCode;
    const { stages } = analysis;

    /** Files of a stage that is not the final stage or one of its FROM ancestors never reach the image. */
    function reachesImage(run: RunInstruction): boolean {
      const stage = stages.stageOf(run);
      const final = stages.finalStage;
      return stage === null || final === null || stages.ancestry(final).includes(stage);
    }

    function check(run: RunInstruction): void {
      const scripts = analysis.runCommands.scriptsOf(run);
      const commands = scripts.flatMap((entry) => entry.script.commands);
      const updates = osPackageCommands(commands).filter(({ manager, action }) => manager.cacheFolders.includes(APT_LISTS) && action === "update");
      if (updates.length === 0 || removesFolder(commands, APT_LISTS)) return;
      if (layerFreeMountFor(analysis.mountsOf(run), APT_LISTS) || !reachesImage(run)) return;
      const { manager, command, subcommand } = updates[0]!;
      const lastApt = osPackageCommands(commands).filter(({ manager }) => manager.cacheFolders.includes(APT_LISTS)).at(-1)!;
      const entry = scripts.find((candidate) => candidate.script.commands.includes(lastApt.original));
      const append = entry ? appendCommand(entry, CLEANUP, sourceCode.text, analysis.escapeCharacter) : null;
      context.report({
        loc: sourceCode.getLocFromRange([command.name!.range[0], subcommand!.range[1]]),
        messageId: "listsLeft",
        data: { command: `${manager.name} ${subcommand!.value}` },
        fix: append ? (fixer) => fixer.insertTextAfterRange([append.offset, append.offset], append.text) : null,
      });
    }

    return { RUN: check };
  },
});
