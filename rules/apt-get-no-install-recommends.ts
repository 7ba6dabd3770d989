/**
 * apt installs every package's "Recommends" along with it unless told not to: often more than
 * the image needs. `--no-install-recommends` installs what was asked and what it depends on.
 */
import type { RunInstruction } from "../lib/dockerfile/ast.js";
import { osPackageCommands } from "../lib/analysis/os-packages.js";
import { createDockerfileRule } from "../lib/rule.js";
import { hasOption } from "../lib/shell/index.js";

export default createDockerfileRule<{ MessageIds: "missingNoInstallRecommends" }>("apt-get-no-install-recommends", {
  meta: {
    type: "suggestion",
    docs: {
      description: "Require apt-get install to run with --no-install-recommends so only the packages asked for and their dependencies are installed",
      recommended: true,
      strict: true,
      hadolint: ["DL3015"],
      buildkit: [],
    },
    fixable: "code",
    schema: [],
    defaultOptions: [],
    messages: {
      missingNoInstallRecommends:
        "'{{command}}' also installs every recommended package, which the image rarely needs. Add --no-install-recommends and name the packages you need.",
    },
  },
  create(context) {
    const { analysis } = context.sourceCode;

    function check(run: RunInstruction): void {
      for (const { manager, command, subcommand } of osPackageCommands(analysis.runCommands.commandsOf(run))) {
        if (!(manager.name === "apt-get" || manager.name === "apt") || subcommand === null) continue;
        if (subcommand.value !== "install" && subcommand.value !== "reinstall") continue;
        if (hasOption(command, "--no-install-recommends") || disablesRecommends(command.args.map((word) => word.value))) continue;
        context.report({
          loc: context.sourceCode.getLocFromRange([command.name!.range[0], subcommand.range[1]]),
          messageId: "missingNoInstallRecommends",
          data: { command: `${manager.name} ${subcommand.value}` },
          fix: (fixer) => fixer.insertTextAfterRange(subcommand.range, " --no-install-recommends"),
        });
      }
    }

    return { RUN: check };
  },
});

/** `-o APT::Install-Recommends=false` (or `=0`, attached or not). */
function disablesRecommends(values: (string | null)[]): boolean {
  return values.some((value, index) => {
    const setting = value === "-o" || value === "--option" ? values[index + 1] : /^(?:-o|--option=)(.*)$/u.exec(value ?? "")?.[1];
    return typeof setting === "string" && /^APT::Install-Recommends=(?:0|false|no)$/iu.test(setting);
  });
}
