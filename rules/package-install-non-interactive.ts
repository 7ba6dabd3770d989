/**
 * A build has no one to answer "Do you want to continue? [Y/n]": apt-get, yum, dnf, microdnf and
 * zypper must be told to go ahead (`-y`, zypper's `-n`), or the build stops at the prompt.
 */
import type { RunInstruction } from "../lib/dockerfile/ast.js";
import { answersYes, osPackageCommands } from "../lib/analysis/os-packages.js";
import { createDockerfileRule } from "../lib/rule.js";

export default createDockerfileRule<{ MessageIds: "missingYes" }>("package-install-non-interactive", {
  meta: {
    type: "problem",
    docs: {
      description: "Require OS package managers to run without asking for confirmation (apt-get -y, yum -y, zypper -n)",
      recommended: true,
      strict: true,
      hadolint: ["DL3014", "DL3030", "DL3034", "DL3038"],
      buildkit: [],
    },
    fixable: "code",
    schema: [],
    defaultOptions: [],
    messages: {
      missingYes:
        "'{{command}}' asks for confirmation, and a build cannot answer it. Add {{option}} so it runs without asking.",
    },
  },
  create(context) {
    const { analysis } = context.sourceCode;

    function check(run: RunInstruction): void {
      for (const found of osPackageCommands(analysis.runCommands.commandsOf(run))) {
        const { manager, command, subcommand, action } = found;
        if (subcommand === null || action === null || !manager.confirmedActions.includes(action) || answersYes(found)) continue;
        const option = manager.yesOption!;
        context.report({
          loc: context.sourceCode.getLocFromRange([command.name!.range[0], subcommand.range[1]]),
          messageId: "missingYes",
          data: { command: `${manager.name} ${subcommand.value}`, option: manager.name === "zypper" ? "-y (or zypper -n)" : option },
          fix: (fixer) => fixer.insertTextAfterRange(subcommand.range, ` ${option}`),
        });
      }
    }

    return { RUN: check };
  },
});
