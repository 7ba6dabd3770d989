/**
 * pip keeps every downloaded wheel in its cache; in an image layer that cache is dead weight.
 * `--no-cache-dir`, `PIP_NO_CACHE_DIR`, or a BuildKit cache mount on pip's cache keeps it out.
 */
import type { RunInstruction } from "../lib/dockerfile/ast.js";
import { createDockerfileRule } from "../lib/rule.js";
import { hasOption, optionValue, type ShellCommand } from "../lib/shell/index.js";
import { mountsToolCache, pipInstallOf, resolveWord } from "../lib/analysis/language-packages.js";

export default createDockerfileRule<{ MessageIds: "missingNoCacheDir" }>("pip-no-cache-dir", {
  meta: {
    type: "suggestion",
    docs: {
      description: "Require pip install to run with --no-cache-dir so pip's download cache stays out of the image",
      recommended: true,
      strict: true,
      hadolint: ["DL3042"],
      buildkit: [],
    },
    fixable: "code",
    schema: [],
    defaultOptions: [],
    messages: {
      missingNoCacheDir:
        "pip install keeps its download cache in the image layer. Add --no-cache-dir, set ENV PIP_NO_CACHE_DIR=1, or mount a cache on pip's cache directory (RUN --mount=type=cache,target=/root/.cache/pip).",
    },
  },
  create(context) {
    const { analysis } = context.sourceCode;

    function check(run: RunInstruction): void {
      const scope = analysis.scopeAt(run);
      if (scope.has("PIP_NO_CACHE_DIR")) return;
      const mounts = analysis.mountsOf(run);
      const stageCacheDir = scope.get("PIP_CACHE_DIR")?.value ?? null;
      if (mountsToolCache(mounts, "pip", [stageCacheDir])) return;
      for (const command of analysis.runCommands.commandsOf(run)) {
        const pip = pipInstallOf(command);
        if (!pip || pip.tool !== "pip" || hasOption(command, "--no-cache-dir") || setsNoCacheDir(command)) continue;
        const cacheDir = optionValue(pip.view, "--cache-dir");
        if (cacheDir && mountsToolCache(mounts, "pip", [resolveWord(cacheDir, scope)])) continue;
        const install = pip.install;
        context.report({
          loc: context.sourceCode.getLocFromRange([command.name!.range[0], install.range[1]]),
          messageId: "missingNoCacheDir",
          fix: (fixer) => fixer.insertTextAfterRange(install.range, " --no-cache-dir"),
        });
      }
    }

    return { RUN: check };
  },
});

function setsNoCacheDir(command: ShellCommand): boolean {
  return command.assignments.some((assignment) => assignment.name === "PIP_NO_CACHE_DIR");
}
