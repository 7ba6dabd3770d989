/**
 * `apt` is apt's command for people at a terminal: its output and behaviour may change between
 * releases, and it warns that it has no stable interface for scripts. `apt-get` does.
 */
import type { RunInstruction } from "../lib/dockerfile/ast.js";
import { osPackageCommands } from "../lib/analysis/os-packages.js";
import { createDockerfileRule } from "../lib/rule.js";

/** Subcommands `apt-get` has under the same name; others (`list`, `search`, `full-upgrade`) differ. */
const APT_GET_SUBCOMMANDS = new Set([
  "install", "reinstall", "remove", "purge", "autoremove", "update", "upgrade", "dist-upgrade", "clean", "autoclean",
  "source", "build-dep", "download", "satisfy", "check", "changelog",
]);

export default createDockerfileRule<{ MessageIds: "preferAptGet" }>("prefer-apt-get", {
  meta: {
    type: "suggestion",
    docs: {
      description: "Prefer apt-get (or apt-cache) to apt in scripts: apt has no stable command-line interface",
      recommended: true,
      strict: true,
      hadolint: ["DL3027"],
      buildkit: [],
    },
    fixable: "code",
    schema: [],
    defaultOptions: [],
    messages: {
      preferAptGet:
        "apt is meant for interactive use and warns that its interface may change. Use apt-get (or apt-cache for searching and showing packages) in a Dockerfile.",
    },
  },
  create(context) {
    const { analysis } = context.sourceCode;

    function check(run: RunInstruction): void {
      for (const { manager, command, subcommand } of osPackageCommands(analysis.runCommands.commandsOf(run))) {
        if (manager.name !== "apt") continue;
        const name = command.name!;
        const renamable = subcommand?.value != null && APT_GET_SUBCOMMANDS.has(subcommand.value) && name.text === name.value;
        context.report({
          loc: context.sourceCode.getLocFromRange(name.range),
          messageId: "preferAptGet",
          fix: renamable ? (fixer) => fixer.insertTextAfterRange(name.range, "-get") : null,
        });
      }
    }

    return { RUN: check };
  },
});
