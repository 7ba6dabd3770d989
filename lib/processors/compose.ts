/**
 * The `dockerfile/compose` processor: every `services.<name>.build.dockerfile_inline` of a
 * compose file becomes a virtual Dockerfile (`compose.yaml/1_<name>.dockerfile`) for the
 * Dockerfile language, and the whole YAML passes through as block 0 so that a YAML language lints
 * the file in the same run. Problems come back at their place in the YAML text; fixes come back
 * where that place is exact (see `scalar-map.ts`), and are dropped elsewhere.
 *
 * YAML is parsed with eslint-plugin-yml's own language (an optional peer dependency). A file that
 * does not parse passes through alone: the YAML language then reports the parse error.
 */
import path from "node:path";
import type { Linter } from "eslint";
import { composeServices, parseCompose, type StringScalar } from "../analysis/compose-file.js";
import { LineIndex } from "../text/line-index.js";
import { BlockText, ScalarMap } from "./scalar-map.js";

interface EmbeddedBlock {
  map: ScalarMap;
  block: BlockText;
}

interface FileState {
  lines: LineIndex;
  blocks: EmbeddedBlock[];
}

const BOM = "\uFEFF";
const states = new Map<string, FileState>();

/** A block file name from a service name: letters, digits, `.`, `_` and `-` only. */
function blockName(service: string): string {
  return `${service.replace(/[^\w.-]/gu, "_") || "service"}.dockerfile`;
}

function preprocess(text: string, filename: string): (string | Linter.ProcessorFile)[] {
  const whole = { text, filename: path.basename(filename) };
  const body = text.startsWith(BOM) ? text.slice(1) : text;
  const program = parseCompose(body, filename);
  const inline = program ? composeServices(program).filter((service) => service.dockerfileInline !== null) : [];
  states.set(filename, {
    lines: new LineIndex(body),
    blocks: inline.map((service) => embedded(body, service.dockerfileInline!)),
  });
  return [whole, ...inline.map((service) => ({ text: service.dockerfileInline!.value, filename: blockName(service.name) }))];
}

function embedded(body: string, scalar: StringScalar): EmbeddedBlock {
  return { map: new ScalarMap(body, scalar), block: new BlockText(scalar.value) };
}

/** A message of an embedded Dockerfile, placed in the YAML text. */
export function mapMessage(message: Linter.LintMessage, { map, block }: EmbeddedBlock, lines: LineIndex): Linter.LintMessage {
  const startOffset = map.sourceOffset(block.offsetOf(message.line, message.column), "start");
  const hasEnd = message.endLine !== undefined && message.endColumn !== undefined;
  const endOffset = hasEnd ? map.sourceOffset(block.offsetOf(message.endLine!, message.endColumn!), "end") : startOffset;
  // Exact: both ends found. Else the problem covers the scalar from where it starts (or all of it).
  const exact = startOffset !== null && endOffset !== null && endOffset >= startOffset;
  const from = startOffset ?? map.scalarRange[0];
  const to = exact ? endOffset! : map.scalarRange[1];
  const start = lines.positionOf(from);
  const end = lines.positionOf(to);
  const { fix, suggestions, ...rest } = message;
  const mapped: Linter.LintMessage = { ...rest, line: start.line, column: start.column + 1 };
  if (message.endLine !== undefined || !exact) {
    mapped.endLine = end.line;
    mapped.endColumn = end.column + 1;
  }
  const mappedFix = fix && exact ? map.mapFix(fix.range, fix.text) : null;
  if (mappedFix) mapped.fix = mappedFix;
  if (suggestions) {
    const kept = exact
      ? suggestions.flatMap((suggestion) => {
          const suggestionFix = map.mapFix(suggestion.fix.range, suggestion.fix.text);
          return suggestionFix ? [{ ...suggestion, fix: suggestionFix }] : [];
        })
      : [];
    if (kept.length > 0) mapped.suggestions = kept;
  }
  return mapped;
}

function byPosition(a: Linter.LintMessage, b: Linter.LintMessage): number {
  return a.line - b.line || a.column - b.column;
}

function postprocess(messageLists: Linter.LintMessage[][], filename: string): Linter.LintMessage[] {
  const state = states.get(filename);
  states.delete(filename);
  if (!state) return messageLists.flat().sort(byPosition);
  const [yamlMessages = [], ...blockMessages] = messageLists;
  const mapped = blockMessages.flatMap((messages, index) => {
    const block = state.blocks[index];
    return block ? messages.map((message) => mapMessage(message, block, state.lines)) : [];
  });
  return [...yamlMessages, ...mapped].sort(byPosition);
}

export const composeProcessor: Linter.Processor = {
  meta: { name: "dockerfile/compose" },
  preprocess,
  postprocess,
  supportsAutofix: true,
};
