/**
 * Parses a `.dockerignore` file into one node a line. Never throws: every text is an ignore file.
 *
 * Lines follow Docker's reading (moby `ignorefile.ReadAll`): a `#` in the very first column
 * makes a comment (` # x` is the pattern `# x`); a line that is empty once trimmed is blank;
 * anything else is a pattern. Line breaks are CRLF, LF or a lone CR, as everywhere in this plugin
 * (Docker itself splits on LF only, so it would read `a<CR>b` as one pattern).
 */
import { LineIndex } from "../text/line-index.js";
import type { BlankLineNode, CommentNode, IgnoreFileRoot, IgnoreLine, PatternNode } from "./dockerignore-ast.js";
import { leadingSpaceLength, readPattern, trailingSpaceLength } from "./docker-pattern.js";

export function parseIgnoreFile(text: string): IgnoreFileRoot {
  const lines = new LineIndex(text);
  const body: IgnoreLine[] = [];
  for (let line = 1; line <= lastLineWithText(lines); line++) {
    body.push(parseLine(lines, lines.lineStarts[line - 1]!, lines.lineEndOffset(line)));
  }
  return { type: "IgnoreFile", body, ...lines.span(0, text.length) };
}

/** An empty file has no lines, and the empty "line" after a final line break is not one. */
function lastLineWithText(lines: LineIndex): number {
  if (lines.text.length === 0) return 0;
  const lastStart = lines.lineStarts[lines.lineCount - 1]!;
  return lines.lineCount > 1 && lastStart === lines.text.length ? lines.lineCount - 1 : lines.lineCount;
}

function parseLine(lines: LineIndex, start: number, end: number): IgnoreLine {
  const lineText = lines.text.slice(start, end);
  if (lineText.startsWith("#")) return comment(lines, start, end, lineText);
  const leading = leadingSpaceLength(lineText);
  if (leading === lineText.length) return blankLine(lines, start, end);
  return pattern(lines, start + leading, end - trailingSpaceLength(lineText));
}

function comment(lines: LineIndex, start: number, end: number, lineText: string): CommentNode {
  return { type: "Comment", value: lineText.slice(1).trim(), ...lines.span(start, end) };
}

function blankLine(lines: LineIndex, start: number, end: number): BlankLineNode {
  return { type: "BlankLine", ...lines.span(start, end) };
}

function pattern(lines: LineIndex, start: number, end: number): PatternNode {
  const raw = lines.text.slice(start, end);
  return { type: "Pattern", raw, ...readPattern(raw), ...lines.span(start, end) };
}
