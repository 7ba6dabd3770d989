/**
 * Docker reuses a cached layer only while nothing before it changed. A dependency install after
 * `COPY . .` runs again on every source change; copying the manifests first and installing
 * before the sources keeps the install cached until the dependencies change.
 */
import type { Instruction, RunInstruction } from "../lib/dockerfile/ast.js";
import type { CopyOperation, CopySource } from "../lib/analysis/copy-operations.js";
import { dependencyInstallOf, type DependencyInstall } from "../lib/analysis/dependency-installs.js";
import type { Stage } from "../lib/analysis/stages.js";
import { commandDirectory, relativeTo, resolveIn, type ImageFolder } from "../lib/analysis/working-directories.js";
import { createDockerfileRule } from "../lib/rule.js";

/** A COPY/ADD from the build context that brings in the sources, and what it copied. */
interface SourceCopy {
  operation: CopyOperation;
  copied: string;
}

export default createDockerfileRule<{ MessageIds: "dependencyInstall" | "projectInstall" }>("dependency-manifest-first", {
  meta: {
    type: "suggestion",
    docs: {
      description: "Require dependency manifests to be copied and installed before the rest of the sources",
      recommended: true,
      strict: true,
      hadolint: [],
      buildkit: [],
    },
    schema: [],
    defaultOptions: [],
    messages: {
      dependencyInstall:
        "{{command}} runs after line {{line}} copied {{copied}}, so every change to the sources invalidates its cache and all dependencies are installed again. Copy {{manifests}} first and {{firstStep}} before copying the rest.",
      projectInstall:
        "{{command}} installs the project with all its dependencies after line {{line}} copied {{copied}}, so every change to the sources installs them again. Install the dependencies before copying the sources (from a copied requirements file or pyproject.toml), then install the project with --no-deps.",
    },
  },
  create(context) {
    const { sourceCode } = context;
    const { analysis } = sourceCode;
    const { stages } = analysis;
    const folders = analysis.workingDirectories;
    const lineages = new Map<Stage, Instruction[]>();

    /** The instructions of the stage and the stages it is built FROM, oldest first. */
    function lineageOf(stage: Stage): Instruction[] {
      let lineage = lineages.get(stage);
      if (!lineage) {
        lineage = stages.ancestry(stage).reverse().flatMap((ancestor) => ancestor.instructions);
        lineages.set(stage, lineage);
      }
      return lineage;
    }

    function installsBefore(instructions: Instruction[], manager: string): boolean {
      return instructions.some(
        (instruction) =>
          instruction.type === "RUN" &&
          analysis.runCommands.commandsOf(instruction).some((command) => dependencyInstallOf(command)?.manager.name === manager),
      );
    }

    /** The last COPY/ADD before the install that brought in the sources it reads. */
    function sourceCopyBefore(earlier: Instruction[], install: DependencyInstall, directory: ImageFolder | null): SourceCopy | null {
      for (let i = earlier.length - 1; i >= 0; i--) {
        const instruction = earlier[i]!;
        if (instruction.type !== "COPY" && instruction.type !== "ADD") continue;
        const operation = analysis.copies.of(instruction);
        if (!operation || operation.origin.kind !== "context") continue;
        for (const source of operation.sources) {
          if (source.kind !== "path" || source.value === null) continue;
          if (isContextRoot(source.value)) return { operation, copied: "the whole build context" };
          if (copiesManifestFolder(operation, source, install, directory)) return { operation, copied: `the folder "${source.raw}"` };
        }
      }
      return null;
    }

    /** `COPY backend/ ./backend/` before `pip install -r backend/requirements.txt`, checked in the build context. */
    function copiesManifestFolder(operation: CopyOperation, source: CopySource, install: DependencyInstall, directory: ImageFolder | null): boolean {
      const manifest = install.files?.[0];
      const destination = operation.destination?.value;
      if (!manifest || directory === null || !destination || /[*?[\\]/u.test(source.value!)) return false;
      const workdir = folders.at(operation.instruction);
      if (workdir === null && !destination.startsWith("/")) return false;
      const target = resolveIn(workdir ?? { base: null, path: "/" }, destination);
      const manifestPath = resolveIn(directory, manifest);
      const inside = relativeTo({ ...manifestPath, path: parentOf(manifestPath.path) }, target);
      if (inside === null) return false;
      const buildContext = analysis.buildContext({ cwd: context.cwd, settings: context.settings });
      if (!buildContext) return false;
      const folder = [source.value!.replace(/\/+$/u, ""), inside].filter((part) => part !== "").join("/");
      const names = [manifest.slice(manifest.lastIndexOf("/") + 1), ...install.alternates.map((name) => name.slice(name.lastIndexOf("/") + 1))];
      return names.some((name) => buildContext.exists(`${folder}/${name}`));
    }

    function check(run: RunInstruction): void {
      const stage = stages.stageOf(run);
      if (!stage) return;
      const lineage = lineageOf(stage);
      const earlier = lineage.slice(0, lineage.indexOf(run));
      const commands = analysis.runCommands.commandsOf(run);
      for (const command of commands) {
        const install = dependencyInstallOf(command);
        if (!install) continue;
        const copy = sourceCopyBefore(earlier, install, commandDirectory(folders.at(run), commands, command));
        if (!copy || installsBefore(earlier.slice(0, earlier.indexOf(copy.operation.instruction)), install.manager.name)) continue;
        report(install, copy);
      }
    }

    function report(install: DependencyInstall, copy: SourceCopy): void {
      context.report({
        loc: sourceCode.getLocFromRange(install.range),
        messageId: install.installsProject ? "projectInstall" : "dependencyInstall",
        data: {
          command: install.label,
          line: String(copy.operation.instruction.loc.start.line),
          copied: copy.copied,
          manifests: listOf(install.files ?? [...install.manager.manifests]),
          firstStep: install.firstStep ?? `run ${install.label}`,
        },
      });
    }

    return { RUN: check };
  },
});

/** `.`, `./`, `/`, `*`: the build context as a whole. */
function isContextRoot(source: string): boolean {
  const parts = source.split("/").filter((part) => part !== "" && part !== ".");
  return parts.length === 0 || (parts.length === 1 && parts[0] === "*");
}

function parentOf(path: string): string {
  const slash = path.lastIndexOf("/");
  return slash < 0 ? "" : slash === 0 ? "/" : path.slice(0, slash);
}

function listOf(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}
