/**
 * `apt-get dist-upgrade`, `zypper dup` or a bare `apk upgrade` upgrade everything the base
 * image holds, to whatever versions the mirrors have on the day of the build: the image stops
 * being the tested base plus known changes. Updating the base image tag does it reproducibly.
 */
import type { RunInstruction } from "../lib/dockerfile/ast.js";
import { osPackageCommands } from "../lib/analysis/os-packages.js";
import { createDockerfileRule } from "../lib/rule.js";

export default createDockerfileRule<{ MessageIds: "upgradeAll" }>("no-package-upgrade", {
  meta: {
    type: "suggestion",
    docs: {
      description: "Disallow upgrading every package of the base image (apt-get upgrade/dist-upgrade, apk upgrade, yum update, zypper dup)",
      recommended: false,
      strict: true,
      hadolint: ["DL3005", "DL3017", "DL3035"],
      buildkit: [],
    },
    schema: [],
    defaultOptions: [],
    messages: {
      upgradeAll:
        "'{{command}}' upgrades every package of the base image to whatever the mirrors hold on the day of the build. Use a newer base image instead, or upgrade only the packages you need by name.",
    },
  },
  create(context) {
    const { analysis } = context.sourceCode;

    function check(run: RunInstruction): void {
      for (const { manager, command, subcommand, action, operands } of osPackageCommands(analysis.runCommands.commandsOf(run))) {
        if (action !== "dist-upgrade" && action !== "upgrade") continue;
        // `yum update curl`, `apk upgrade curl`, `zypper up curl` upgrade only the packages named.
        if (action === "upgrade" && manager.name !== "apt-get" && manager.name !== "apt" && operands.length > 0) continue;
        context.report({
          loc: context.sourceCode.getLocFromRange([command.name!.range[0], subcommand!.range[1]]),
          messageId: "upgradeAll",
          data: { command: `${manager.name} ${subcommand!.value}` },
        });
      }
    }

    return { RUN: check };
  },
});
