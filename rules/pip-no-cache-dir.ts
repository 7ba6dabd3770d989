/**
 * pip keeps every downloaded wheel in its cache; in an image layer that cache is dead weight.
 * `--no-cache-dir`, `PIP_NO_CACHE_DIR`, or a BuildKit cache mount on pip's cache keeps it out.
 */
import type { RunInstruction } from "../lib/dockerfile/ast.js";
import { createDockerfileRule } from "../lib/rule.js";
import { commandName, hasOption, unwrapCommand, type ShellCommand, type ShellWord } from "../lib/shell/index.js";
import type { VariableScope } from "../lib/analysis/variables.js";

const PIP = /^pip[0-9.]*$/u;
const PYTHON = /^python[0-9.]*$/u;

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
      if (scope.has("PIP_NO_CACHE_DIR") || mountsPipCache(run, scope)) return;
      for (const command of analysis.runCommands.commandsOf(run)) {
        const install = pipInstallWord(unwrapCommand(command));
        if (!install || hasOption(command, "--no-cache-dir") || setsNoCacheDir(command)) continue;
        context.report({
          loc: {
            start: context.sourceCode.getLocFromIndex(command.name!.range[0]),
            end: context.sourceCode.getLocFromIndex(install.range[1]),
          },
          messageId: "missingNoCacheDir",
          fix: (fixer) => fixer.insertTextAfterRange(install.range, " --no-cache-dir"),
        });
      }
    }

    return { RUN: check };
  },
});

/** The `install` word of `pip install ...` or `python -m pip install ...`, else null. */
function pipInstallWord(command: ShellCommand): ShellWord | null {
  const name = commandName(command);
  if (name === null) return null;
  let rest = command.args;
  if (PYTHON.test(name)) {
    const module = rest.findIndex((word) => word.value === "-m");
    if (module < 0 || rest[module + 1]?.value !== "pip") return null;
    rest = rest.slice(module + 2);
  } else if (!PIP.test(name)) {
    return null;
  }
  const subcommand = rest.find((word) => !word.value?.startsWith("-"));
  return subcommand?.value === "install" ? subcommand : null;
}

function setsNoCacheDir(command: ShellCommand): boolean {
  return command.assignments.some((assignment) => assignment.name === "PIP_NO_CACHE_DIR");
}

/** A cache mount on pip's cache dir (or a folder holding it) keeps the cache out of the layer. */
function mountsPipCache(run: RunInstruction, scope: VariableScope): boolean {
  const pipCacheDir = scope.get("PIP_CACHE_DIR")?.value ?? null;
  return run.flags.some((flag) => {
    if (flag.name !== "mount" || !flag.options.some((o) => o.name === "type" && o.value === "cache")) return false;
    const target = flag.options.find((o) => o.name === "target" || o.name === "dst" || o.name === "destination")?.value;
    if (!target) return false;
    const normalized = target.replace(/\/+$/u, "");
    return normalized.endsWith("/.cache/pip") || normalized.endsWith("/.cache") || normalized === pipCacheDir;
  });
}
