/**
 * An OS package installed by name alone gets whatever version the mirror has on the day of the
 * build: two builds of the same Dockerfile can differ. Naming the version makes the build
 * repeatable and the upgrade a visible change.
 */
import type { RunInstruction } from "../lib/dockerfile/ast.js";
import { osPackageCommands, type OsPackageManager } from "../lib/analysis/os-packages.js";
import { createDockerfileRule } from "../lib/rule.js";
import type { ShellWord } from "../lib/shell/index.js";

/** The subcommands that install packages by name. */
const INSTALLS: Readonly<Record<string, readonly string[]>> = {
  "apt-get": ["install"],
  apt: ["install"],
  apk: ["add"],
  yum: ["install", "in"],
  dnf: ["install", "in"],
  microdnf: ["install"],
  zypper: ["install", "in"],
};

const EXAMPLES: Readonly<Record<string, string>> = {
  "apt-get": "{{name}}=<version>",
  apt: "{{name}}=<version>",
  apk: "{{name}}=<version> (or {{name}}~=<major.minor>)",
  yum: "{{name}}-<version>",
  dnf: "{{name}}-<version>",
  microdnf: "{{name}}-<version>",
  zypper: "{{name}}=<version> (or {{name}}>=<version>)",
};

export default createDockerfileRule<{ MessageIds: "unpinned" }>("pin-os-package-versions", {
  meta: {
    type: "suggestion",
    docs: {
      description: "Require OS packages installed with apt-get, apk, yum, dnf, microdnf or zypper to name their version",
      recommended: false,
      strict: true,
      hadolint: ["DL3008", "DL3018", "DL3033", "DL3037", "DL3041"],
      buildkit: [],
    },
    schema: [],
    defaultOptions: [],
    messages: {
      unpinned:
        "'{{name}}' is installed without a version, so each build may get a different one. Pin it as {{example}}.",
    },
  },
  create(context) {
    const { analysis } = context.sourceCode;

    function check(run: RunInstruction): void {
      for (const { manager, subcommand, operands, group } of osPackageCommands(analysis.runCommands.commandsOf(run))) {
        if (group || subcommand?.value == null || !INSTALLS[manager.name]?.includes(subcommand.value)) continue;
        for (const word of operands) {
          for (const name of unpinnedPackages(word, manager, run)) {
            context.report({
              loc: context.sourceCode.getLocFromRange(word.range),
              messageId: "unpinned",
              data: { name, example: EXAMPLES[manager.name]!.replaceAll("{{name}}", name) },
            });
          }
        }
      }
    }

    /** The package names a word installs without a version; none when the word cannot be resolved. */
    function unpinnedPackages(word: ShellWord, manager: OsPackageManager, run: RunInstruction): string[] {
      let value = word.value;
      if (value === null) {
        // `curl=${CURL_VERSION}` or `$PACKAGES`: resolved with the stage's ARG and ENV, never guessed.
        if (/\$\(|`/u.test(word.text)) return [];
        const expansion = analysis.expand(word.text.replace(/^"(.*)"$/su, "$1"), run);
        if (expansion.value === null || expansion.undeclared.length > 0) return [];
        value = expansion.value;
      }
      return value.split(/\s+/u).filter((name) => name !== "" && !name.startsWith("-") && !manager.pinned(name));
    }

    return { RUN: check };
  },
});
