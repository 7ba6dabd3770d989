/**
 * yarn keeps a copy of every package it downloads in its cache folder. Left in the layer of the
 * RUN that installed them, they ship with the image next to node_modules. `yarn cache clean` in
 * the same RUN, or a cache mount on yarn's cache folder, keeps them out.
 */
import type { RunInstruction } from "../lib/dockerfile/ast.js";
import { createDockerfileRule } from "../lib/rule.js";
import { optionValue } from "../lib/shell/index.js";
import { cleansYarnCache, mountsToolCache, resolveWord, yarnInstallOf } from "../lib/analysis/language-packages.js";
import { appendCommand } from "../lib/analysis/script-append.js";

/** Where yarn 1 keeps its cache when run as root (the official node images' default user). */
const ROOT_CACHE = "/usr/local/share/.cache/yarn";

export default createDockerfileRule<{ MessageIds: "missingCacheClean" }>("yarn-cache-clean", {
  meta: {
    type: "suggestion",
    docs: {
      description: "Require yarn cache clean in the RUN that installs with yarn, unless a cache mount holds yarn's cache",
      recommended: false,
      strict: true,
      hadolint: ["DL3060"],
      buildkit: [],
    },
    fixable: "code",
    schema: [],
    defaultOptions: [],
    messages: {
      missingCacheClean:
        "yarn leaves its download cache in this RUN's layer. Add && yarn cache clean at the end of the RUN, or mount a cache on yarn's cache folder (RUN --mount=type=cache,target=/usr/local/share/.cache/yarn).",
    },
  },
  create(context) {
    const { sourceCode } = context;
    const { analysis } = sourceCode;

    function check(run: RunInstruction): void {
      if (!reachesImage(run)) return;
      const scope = analysis.scopeAt(run);
      const mounts = analysis.mountsOf(run);
      if (mountsToolCache(mounts, "yarn", [ROOT_CACHE, scope.get("YARN_CACHE_FOLDER")?.value ?? null]) || berryCacheMounted(run)) return;
      const scripts = analysis.runCommands.scriptsOf(run);
      if (scripts.some(({ script }) => script.commands.some(cleansYarnCache))) return;
      const installs = scripts.flatMap((entry) =>
        entry.script.commands.flatMap((command) => {
          const install = yarnInstallOf(command);
          if (!install) return [];
          const folder = optionValue(install.view, "--cache-folder") ?? command.assignments.find((a) => a.name === "YARN_CACHE_FOLDER")?.value;
          if (folder && mountsToolCache(mounts, "yarn", [resolveWord(folder, scope)])) return [];
          return [{ entry, command, install }];
        }),
      );
      const lastInstall = installs.at(-1);
      for (const { entry, install } of installs) {
        // In a heredoc without `set -e`, a line after a failing install would hide the failure.
        const certain = install === lastInstall?.install;
        const edit = certain ? appendCommand(entry, "yarn cache clean", sourceCode.text, analysis.escapeCharacter) : null;
        context.report({
          loc: sourceCode.getLocFromRange([install.view.name!.range[0], install.last.range[1]]),
          messageId: "missingCacheClean",
          fix: edit ? (fixer) => fixer.insertTextBeforeRange([edit.offset, edit.offset], edit.text) : null,
        });
      }
    }

    /** A RUN of a stage the final image is not built FROM leaves nothing in the image. */
    function reachesImage(run: RunInstruction): boolean {
      const stage = analysis.stages.stageOf(run);
      const final = analysis.stages.finalStage;
      return stage === null || final === null || analysis.stages.ancestry(final).includes(stage);
    }

    /** yarn 2+ keeps its cache in `<home>/.yarn/berry/cache` or the project's `.yarn/cache`. */
    function berryCacheMounted(run: RunInstruction): boolean {
      return analysis
        .mountsOf(run)
        .some((mount) => (mount.type === "cache" || mount.type === "tmpfs") && mount.target !== null && /\/\.yarn(?:\/berry)?(?:\/cache)?$/u.test(mount.target));
    }

    return { RUN: check };
  },
});
