/**
 * Whole-line edits in an ignore file, for fixes and suggestions: the range that removes a line
 * with its line break, and the line break style to write new lines with.
 */
import type { Range } from "../text/line-index.js";
import type { DockerignoreSourceCode } from "./dockerignore-source-code.js";

/** The file's own line break (the first one in it), or `\n` when it has none. */
export function lineBreakOf(text: string): string {
  return /\r\n|\r|\n/u.exec(text)?.[0] ?? "\n";
}

/**
 * The range that removes a line (1-based) and one line break: the break after it, or the break
 * before it when it is the last line and has none after it.
 */
export function lineRemovalRange(sourceCode: DockerignoreSourceCode, line: number): Range {
  const lineCount = sourceCode.lines.length;
  const start = sourceCode.getIndexFromLoc({ line, column: 0 });
  if (line < lineCount) return [start, sourceCode.getIndexFromLoc({ line: line + 1, column: 0 })];
  if (line === 1) return [0, sourceCode.text.length];
  const previousEnd = sourceCode.getIndexFromLoc({ line: line - 1, column: 0 }) + sourceCode.lines[line - 2]!.length;
  return [previousEnd, sourceCode.text.length];
}

/** The range of a line's text, without its line break. */
export function lineTextRange(sourceCode: DockerignoreSourceCode, line: number): Range {
  const start = sourceCode.getIndexFromLoc({ line, column: 0 });
  return [start, start + sourceCode.lines[line - 1]!.length];
}
