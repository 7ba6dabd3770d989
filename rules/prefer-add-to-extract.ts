/**
 * COPY of a local tar archive followed by a RUN that unpacks it leaves the archive in the COPY's
 * layer for good, even when the RUN deletes it: the image carries the archive and its contents.
 * ADD unpacks a local tar archive itself, in one layer, without keeping it.
 */
import type { CopyInstruction, RunInstruction } from "../lib/dockerfile/ast.js";
import { archiveName } from "../lib/analysis/archive-names.js";
import type { CopyOperation, CopySource } from "../lib/analysis/copy-operations.js";
import { tarExtraction } from "../lib/analysis/tar-commands.js";
import { commandDirectory, resolveIn, type ImageFolder } from "../lib/analysis/working-directories.js";
import { createDockerfileRule } from "../lib/rule.js";

export default createDockerfileRule<{ MessageIds: "copyThenExtract" }>("prefer-add-to-extract", {
  meta: {
    type: "suggestion",
    docs: {
      description: "Require ADD instead of COPY for a local tar archive that a later RUN unpacks",
      recommended: false,
      strict: true,
      hadolint: ["DL3010"],
      buildkit: [],
    },
    schema: [],
    defaultOptions: [],
    messages: {
      copyThenExtract:
        'COPY puts the archive "{{source}}" in a layer of its own and the RUN on line {{line}} unpacks it, so the image keeps both the archive and its files. ADD unpacks a local tar archive itself: "ADD {{source}} <folder>/".',
    },
  },
  create(context) {
    const { sourceCode } = context;
    const { analysis } = sourceCode;

    /** Where a copied archive lands: the destination itself, or a file of that name inside it. */
    function landingPaths(operation: CopyOperation, source: CopySource): ImageFolder[] {
      const raw = operation.destination!.raw.replace(/^(["'])([^]*)\1$/u, "$2");
      const expansion = analysis.expand(raw, operation.instruction);
      if (expansion.value === null || expansion.undeclared.length > 0) return [];
      const destination = expansion.value;
      const folder = analysis.workingDirectories.at(operation.instruction);
      if (!destination.startsWith("/") && folder === null) return [];
      const start = folder ?? { base: null, path: "/" };
      const name = source.value!.split("/").at(-1)!;
      const inside = resolveIn(start, `${destination.replace(/\/+$/u, "")}/${name}`);
      return destination.endsWith("/") || operation.sources.length > 1 ? [inside] : [resolveIn(start, destination), inside];
    }

    function extractingRun(operation: CopyOperation, paths: ImageFolder[]): RunInstruction | null {
      const instructions = operation.stage!.instructions;
      for (const instruction of instructions.slice(instructions.indexOf(operation.instruction) + 1)) {
        if (instruction.type !== "RUN") continue;
        const commands = analysis.runCommands.commandsOf(instruction);
        for (const command of commands) {
          const extraction = tarExtraction(command);
          if (!extraction?.wholeArchive || extraction.archive.value === null) continue;
          const directory = commandDirectory(analysis.workingDirectories.at(instruction), commands, command);
          if (!extraction.archive.value.startsWith("/") && directory === null) continue;
          const archive = resolveIn(directory ?? { base: null, path: "/" }, extraction.archive.value);
          if (paths.some((path) => path.base === archive.base && path.path === archive.path)) return instruction;
        }
      }
      return null;
    }

    return {
      COPY(node: CopyInstruction) {
        const operation = analysis.copies.of(node);
        if (!operation?.stage || !operation.destination || operation.origin.kind !== "context") return;
        for (const source of operation.sources) {
          if (source.kind !== "path" || source.value === null || /[*?[]/u.test(source.value) || archiveName(source.value) !== "archive") continue;
          const run = extractingRun(operation, landingPaths(operation, source));
          if (!run) continue;
          context.report({
            loc: sourceCode.getLocFromRange(source.range),
            messageId: "copyThenExtract",
            data: { source: source.value, line: String(run.loc.start.line) },
          });
        }
      },
    };
  },
});
