/**
 * `npm install -g typescript` installs the newest release (or the release a dist-tag points to) on
 * the day of the build. `name@version`, a git `#commit-ish` or a lock file (`npm ci`) makes it
 * repeatable.
 */
import type { RunInstruction } from "../lib/dockerfile/ast.js";
import { createDockerfileRule } from "../lib/rule.js";
import { packageInstallOf, unpinnedPackages } from "../lib/analysis/language-packages.js";

export default createDockerfileRule<{ MessageIds: "unpinned" | "unpinnedSource" }>("npm-pin-versions", {
  meta: {
    type: "suggestion",
    docs: {
      description: "Require npm install of named packages to give each a version (express@4.21.2)",
      recommended: false,
      strict: true,
      hadolint: ["DL3016"],
      buildkit: [],
    },
    schema: [],
    defaultOptions: [],
    messages: {
      unpinned:
        "npm installs whatever release {{spec}} resolves to at build time, so rebuilds can get a different version. Pin a version ({{name}}@<version>), or install from package.json and the lock file with npm ci.",
      unpinnedSource:
        "{{spec}} names no commit, so npm installs whatever the default branch holds at build time. Add the tag or commit to install ({{spec}}#<tag or commit>).",
    },
  },
  create(context) {
    const { sourceCode } = context;
    const { analysis } = sourceCode;

    function check(run: RunInstruction): void {
      const scope = analysis.scopeAt(run);
      for (const command of analysis.runCommands.commandsOf(run)) {
        const install = packageInstallOf(command, scope);
        if (install?.manager !== "npm") continue;
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
