/**
 * `pip install flask` installs whatever version is newest on the day of the build: two builds of
 * the same Dockerfile get different packages. A version specifier, a requirements or constraints
 * file, or a local path makes the install repeatable.
 */
import type { RunInstruction } from "../lib/dockerfile/ast.js";
import { createDockerfileRule } from "../lib/rule.js";
import { packageInstallOf, unpinnedPackages } from "../lib/analysis/language-packages.js";

export default createDockerfileRule<{ MessageIds: "unpinned" | "unpinnedSource" }>("pip-pin-versions", {
  meta: {
    type: "suggestion",
    docs: {
      description: "Require pip install to give each package a version (flask==3.0.3) or read a requirements or constraints file",
      recommended: false,
      strict: true,
      hadolint: ["DL3013"],
      buildkit: [],
    },
    schema: [],
    defaultOptions: [],
    messages: {
      unpinned:
        "pip installs the newest release of {{spec}} at build time, so rebuilds can get a different version. Pin it ({{name}}==<version>), or install from a requirements or constraints file (-r requirements.txt, -c constraints.txt).",
      unpinnedSource:
        "{{spec}} names no revision, so pip installs whatever the default branch holds at build time. Add the tag or commit to install ({{spec}}@<tag or commit>).",
    },
  },
  create(context) {
    const { sourceCode } = context;
    const { analysis } = sourceCode;

    function check(run: RunInstruction): void {
      const scope = analysis.scopeAt(run);
      for (const command of analysis.runCommands.commandsOf(run)) {
        const install = packageInstallOf(command, scope);
        if (install?.manager !== "pip") continue;
        for (const { word, spec, name, kind } of unpinnedPackages(install, scope)) {
          context.report({
            loc: { start: sourceCode.getLocFromIndex(word.range[0]), end: sourceCode.getLocFromIndex(word.range[1]) },
            messageId: kind === "source" ? "unpinnedSource" : "unpinned",
            data: { spec, name },
          });
        }
      }
    }

    return { RUN: check };
  },
});
