/**
 * Offsets <-> positions for a source text, with the line breaks Docker and
 * dockerfile-ast recognise: CRLF, a lone LF, and a lone CR.
 */

export const LINE_ENDING_PATTERN = /\r\n|[\r\n]/u;

/** ESLint-style position: 1-based line, 0-based column. */
export interface Position {
  line: number;
  column: number;
}

export interface SourceLocation {
  start: Position;
  end: Position;
}

export type Range = [number, number];

/** The shape every node of both languages has. */
export interface LocatedNode {
  type: string;
  range: Range;
  loc: SourceLocation;
}

export class LineIndex {
  readonly text: string;
  /** Offset at which each line starts; index 0 is line 1. */
  readonly lineStarts: number[];

  constructor(text: string) {
    this.text = text;
    this.lineStarts = [0];
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      if (ch === 13 /* \r */) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.lineStarts.push(i + 1);
      } else if (ch === 10 /* \n */) {
        this.lineStarts.push(i + 1);
      }
    }
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** Offset of a 0-based line/character position (the LSP positions dockerfile-ast uses). */
  offsetOf(line: number, character: number): number {
    if (line >= this.lineStarts.length) return this.text.length;
    return Math.min(this.lineStarts[line]! + character, this.text.length);
  }

  positionOf(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid]! <= clamped) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: clamped - this.lineStarts[low]! };
  }

  locOf(range: Range): SourceLocation {
    return { start: this.positionOf(range[0]), end: this.positionOf(range[1]) };
  }

  /** Offset just past the last character of a 1-based line, before its line break. */
  lineEndOffset(line: number): number {
    const nextStart = this.lineStarts[line];
    if (nextStart === undefined) return this.text.length;
    let end = nextStart;
    if (this.text.charCodeAt(end - 1) === 10) end--;
    if (this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  /** Builds a node's `range` and `loc` from offsets. */
  span(start: number, end: number): { range: Range; loc: SourceLocation } {
    const range: Range = [start, end];
    return { range, loc: this.locOf(range) };
  }
}
