/**
 * yum, dnf, microdnf and zypper keep downloaded packages and repository metadata in their cache
 * folders. Unless the RUN that installs also cleans the cache, it stays in the image layer.
 */
import type { RunInstruction } from "../lib/dockerfile/ast.js";
import { cleansCache, osPackageCommands, type OsPackageCommand } from "../lib/analysis/os-packages.js";
import { layerFreeMountFor } from "../lib/analysis/run-mounts.js";
import { appendCommand } from "../lib/analysis/script-append.js";
import { createDockerfileRule } from "../lib/rule.js";

const FILLS_CACHE = new Set(["install", "upgrade", "dist-upgrade"]);

export default createDockerfileRule<{ MessageIds: "cacheLeft" }>("package-cache-cleanup", {
  meta: {
    type: "suggestion",
    docs: {
      description: "Require the RUN that installs with yum, dnf, microdnf or zypper to clean the package cache so it stays out of the image",
      recommended: true,
      strict: true,
      hadolint: ["DL3032", "DL3036", "DL3040"],
      buildkit: [],
    },
    fixable: "code",
    schema: [],
    defaultOptions: [],
    messages: {
      cacheLeft:
        "'{{command}}' leaves downloaded packages and metadata in {{folder}}, where they stay in the image layer. End this RUN with `{{clean}}`, or mount a cache on {{folder}}.",
    },
  },
  create(context) {
    const { sourceCode } = context;
    const { analysis } = sourceCode;

    function check(run: RunInstruction): void {
      const scripts = analysis.runCommands.scriptsOf(run);
      const commands = scripts.flatMap((entry) => entry.script.commands);
      const mounts = analysis.mountsOf(run);
      const reported = new Set<string>();
      for (const found of osPackageCommands(commands)) {
        const { manager, action } = found;
        if (manager.cleanCommand === null || action === null || !FILLS_CACHE.has(action) || reported.has(manager.name)) continue;
        reported.add(manager.name);
        if (cleansCache(commands, manager) || manager.cacheFolders.some((folder) => layerFreeMountFor(mounts, folder))) continue;
        report(found, lastScriptUsing(found));
      }

      function lastScriptUsing(found: OsPackageCommand) {
        const last = osPackageCommands(commands).filter((other) => other.manager === found.manager).at(-1)!;
        return scripts.find((entry) => entry.script.commands.includes(last.original)) ?? null;
      }
    }

    function report({ manager, command, subcommand }: OsPackageCommand, entry: ReturnType<typeof analysis.runCommands.scriptsOf>[number] | null): void {
      const clean = manager.cleanCommand!;
      const append = entry ? appendCommand(entry, clean, sourceCode.text, analysis.escapeCharacter) : null;
      context.report({
        loc: sourceCode.getLocFromRange([command.name!.range[0], subcommand!.range[1]]),
        messageId: "cacheLeft",
        data: { command: `${manager.name} ${subcommand!.value}`, folder: manager.cacheFolders[0]!, clean },
        fix: append ? (fixer) => fixer.insertTextAfterRange([append.offset, append.offset], append.text) : null,
      });
    }

    return { RUN: check };
  },
});
