/**
 * `apk add` keeps the downloaded index (and, with a cache set up, the packages) under
 * /var/cache/apk. `apk add --no-cache` fetches a fresh index and leaves nothing behind.
 */
import type { RunInstruction } from "../lib/dockerfile/ast.js";
import { cleansCache, osPackageCommands } from "../lib/analysis/os-packages.js";
import { layerFreeMountFor } from "../lib/analysis/run-mounts.js";
import { createDockerfileRule } from "../lib/rule.js";
import { hasOption } from "../lib/shell/index.js";

export default createDockerfileRule<{ MessageIds: "missingNoCache" }>("apk-no-cache", {
  meta: {
    type: "suggestion",
    docs: {
      description: "Require apk add to run with --no-cache so apk's index and cache stay out of the image",
      recommended: true,
      strict: true,
      hadolint: ["DL3019"],
      buildkit: [],
    },
    fixable: "code",
    schema: [],
    defaultOptions: [],
    messages: {
      missingNoCache:
        "'apk add' leaves apk's package index in /var/cache/apk, where it stays in the image layer. Add --no-cache (it also makes a separate apk update unnecessary), or mount a cache on /var/cache/apk.",
    },
  },
  create(context) {
    const { analysis } = context.sourceCode;

    function check(run: RunInstruction): void {
      const commands = analysis.runCommands.commandsOf(run);
      const adds = osPackageCommands(commands).filter(({ manager, action }) => manager.name === "apk" && action === "install");
      if (adds.length === 0 || cleansCache(commands, adds[0]!.manager)) return;
      const mounts = analysis.mountsOf(run);
      if (adds[0]!.manager.cacheFolders.some((folder) => layerFreeMountFor(mounts, folder))) return;
      for (const { command, subcommand } of adds) {
        if (hasOption(command, "--no-cache")) continue;
        context.report({
          loc: context.sourceCode.getLocFromRange([command.name!.range[0], subcommand!.range[1]]),
          messageId: "missingNoCache",
          fix: (fixer) => fixer.insertTextAfterRange(subcommand!.range, " --no-cache"),
        });
      }
    }

    return { RUN: check };
  },
});
