/**
 * The `dockerfile/markdown` processor: @eslint/markdown's own processor (an optional peer
 * dependency) finds the fenced code blocks and maps problems back; this one keeps only the
 * Dockerfile fences (```dockerfile, ```Dockerfile, ```docker, ```containerfile, or a
 * `filename="Dockerfile"` meta) and passes the whole Markdown file through as block 0, so that a
 * Markdown language lints the file in the same run.
 *
 * Fences keep the names @eslint/markdown gives them (`N.dockerfile`, `N.docker`, ...); ESLint
 * prefixes the position among the blocks returned here (`README.md/1_0.dockerfile`).
 */
import path from "node:path";
import type { Linter } from "eslint";
import { loadPeer } from "./optional-peer.js";

/** Block names of Dockerfile fences, as @eslint/markdown's processor names them. */
export const DOCKERFILE_FENCE_NAME = /^\d+\.(?:dockerfile|Dockerfile|docker|containerfile|Containerfile)$|^(?:[\w-]+\.)?(?:Dockerfile|Containerfile)$/u;

interface FileState {
  /** Index in @eslint/markdown's block list of each block returned after block 0. */
  kept: number[];
  total: number;
}

const states = new Map<string, FileState>();

const UNUSED_DIRECTIVE = /^Unused eslint-(?:disable|enable) directive \((?:no problems were reported from|no matching eslint-disable directives were found for) (.+)\)\.$/u;

/**
 * An `<!-- eslint-disable dockerfile/... -->` comment is read twice: by the Markdown language in
 * block 0, and (as a `/* eslint ... *\/` line) by the fence below it. The Markdown language sees
 * no problem of those rules and calls it unused: that report is dropped when every rule it names
 * is one of this plugin's, whose problems live in the fences.
 */
function aimedAtFences(message: Linter.LintMessage): boolean {
  const names = message.ruleId === null ? UNUSED_DIRECTIVE.exec(message.message)?.[1] : undefined;
  return names !== undefined && [...names.matchAll(/'([^']+)'/gu)].every(([, name]) => name!.startsWith("dockerfile/"));
}

function markdownProcessor(): Linter.Processor {
  const plugin = loadPeer<{ processors: { markdown: Linter.Processor } }>("@eslint/markdown", "The markdown processor");
  return plugin.processors.markdown;
}

function preprocess(text: string, filename: string): (string | Linter.ProcessorFile)[] {
  const fences = markdownProcessor().preprocess!(text, filename) as Linter.ProcessorFile[];
  const kept = fences.flatMap((fence, index) => (DOCKERFILE_FENCE_NAME.test(fence.filename) ? [index] : []));
  states.set(filename, { kept, total: fences.length });
  return [{ text, filename: path.basename(filename) }, ...kept.map((index) => fences[index]!)];
}

function postprocess(messageLists: Linter.LintMessage[][], filename: string): Linter.LintMessage[] {
  const state = states.get(filename);
  states.delete(filename);
  const [markdownMessages = [], ...fenceMessages] = messageLists;
  if (!state) return messageLists.flat();
  const all: Linter.LintMessage[][] = Array.from({ length: state.total }, () => []);
  state.kept.forEach((index, position) => {
    all[index] = fenceMessages[position] ?? [];
  });
  const mapped = markdownProcessor().postprocess!(all, filename);
  return [...markdownMessages.filter((message) => !aimedAtFences(message)), ...mapped].sort((a, b) => a.line - b.line || a.column - b.column);
}

export const markdownProcessorForDockerfiles: Linter.Processor = {
  meta: { name: "dockerfile/markdown" },
  preprocess,
  postprocess,
  supportsAutofix: true,
};
