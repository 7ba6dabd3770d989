/**
 * Where each character of a YAML string scalar's value sits in the YAML text, so that a problem
 * found in the value (a `dockerfile_inline` Dockerfile) is reported at the right line and column
 * of the compose file, and a fix is written back only where that is certain.
 *
 * The value comes from the YAML parser; this module only lines it up with the scalar's source
 * lines. Each source line contributes its text (after the block indentation, or trimmed for flow
 * scalars), split at escapes; a piece of text maps one to one when it is found verbatim where the
 * value continues. Line folding, escapes and indentation produce value characters that map
 * nowhere. Alignment stops at the first piece that does not line up, so every mapping it makes is
 * exact.
 */
import { LineIndex, type Range } from "../text/line-index.js";

import type { ScalarStyle } from "../analysis/compose-file.js";

export type { ScalarStyle };

/** The parts of a YAML scalar node (yaml-eslint-parser's `YAMLScalar`) this module reads. */
export interface ScalarNode {
  style: ScalarStyle;
  range: Range;
  value: string;
}

/** A run of characters that are the same in the value and in the YAML text. */
interface Segment {
  valueStart: number;
  sourceStart: number;
  length: number;
}

type Token = { kind: "text"; sourceStart: number; text: string } | { kind: "escape" };

const LINE = /[^\r\n]*(?:\r\n|\r|\n|$)/gu;
const DOUBLE_QUOTED_ESCAPE = /\\(?:x[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|[^\r\n])/gu;
const PLAIN_UNSAFE_TEXT = /[\r\n]|[ \t]#|:[ \t]|:$|^[ \t]|[ \t]$/u;
const PLAIN_UNSAFE_START = /^[-?:,[\]{}#&*!|>'"%@`]/u;

interface SourceLine {
  start: number;
  text: string;
}

function sourceLines(source: string, start: number, end: number): SourceLine[] {
  const lines: SourceLine[] = [];
  const body = source.slice(start, end);
  for (const match of body.matchAll(LINE)) {
    const text = match[0].replace(/\r\n$|[\r\n]$/u, "");
    if (match[0] === "" && lines.length > 0) break;
    lines.push({ start: start + match.index, text });
  }
  return lines;
}

export class ScalarMap {
  readonly value: string;
  readonly style: ScalarStyle;
  /** The scalar's own range in the YAML text, where unmappable problems are reported. */
  readonly scalarRange: Range;
  private readonly segments: Segment[] = [];
  /** What a line break of the value is in the YAML text (literal scalars only), or null. */
  private readonly lineBreak: string | null = null;

  constructor(source: string, node: ScalarNode) {
    this.value = node.value;
    this.style = node.style;
    this.scalarRange = node.range;
    const block = node.style === "literal" || node.style === "folded";
    const lines = block ? this.blockLines(source, node) : this.flowLines(source, node);
    if (block && node.style === "literal" && lines.explicitIndent === false && lines.indent !== null) {
      const lineEnding = /\r\n|\r|\n/u.exec(source.slice(node.range[0], node.range[1]))?.[0] ?? "\n";
      this.lineBreak = lineEnding + " ".repeat(lines.indent);
    }
    this.align(lines.tokens, block);
  }

  /** Literal and folded scalars: the text of each content line after the block indentation. */
  private blockLines(source: string, node: ScalarNode): { tokens: Token[][]; indent: number | null; explicitIndent: boolean } {
    const header = /^[|>][^\r\n]*/u.exec(source.slice(node.range[0], node.range[1]))?.[0] ?? "";
    const explicitIndent = /[1-9]/u.test(header.replace(/#.*$/u, ""));
    const content = sourceLines(source, node.range[0], node.range[1]).slice(1);
    const firstText = content.find((line) => line.text.trim() !== "");
    const indent = firstText ? /^ */u.exec(firstText.text)![0].length : null;
    const tokens = content.map((line): Token[] => {
      if (indent === null || line.text.length <= indent || line.text.slice(0, indent).trim() !== "") return [];
      return [{ kind: "text", sourceStart: line.start + indent, text: line.text.slice(indent) }];
    });
    return { tokens, indent, explicitIndent };
  }

  /** Plain and quoted scalars: each line trimmed (as line folding does), split at escapes. */
  private flowLines(source: string, node: ScalarNode): { tokens: Token[][]; indent: null; explicitIndent: false } {
    const quoted = node.style !== "plain";
    const start = node.range[0] + (quoted ? 1 : 0);
    const end = node.range[1] - (quoted ? 1 : 0);
    const lines = sourceLines(source, start, end);
    const tokens = lines.map((line, index): Token[] => {
      const keepStart = quoted && index === 0;
      const keepEnd = quoted && index === lines.length - 1;
      const leading = keepStart ? 0 : /^[ \t]*/u.exec(line.text)![0].length;
      const trimmed = keepEnd ? line.text.slice(leading) : line.text.slice(leading).replace(/[ \t]+$/u, "");
      return this.splitEscapes(node.style, line.start + leading, trimmed);
    });
    return { tokens, indent: null, explicitIndent: false };
  }

  private splitEscapes(style: ScalarStyle, sourceStart: number, text: string): Token[] {
    const escape = style === "double-quoted" ? DOUBLE_QUOTED_ESCAPE : style === "single-quoted" ? /''/gu : null;
    if (!escape) return text === "" ? [] : [{ kind: "text", sourceStart, text }];
    const tokens: Token[] = [];
    let last = 0;
    for (const match of text.matchAll(escape)) {
      if (match.index > last) tokens.push({ kind: "text", sourceStart: sourceStart + last, text: text.slice(last, match.index) });
      tokens.push({ kind: "escape" });
      last = match.index + match[0].length;
    }
    if (text.endsWith("\\") && style === "double-quoted" && last < text.length) {
      // An escaped line break: nothing of it is in the value.
      if (text.length - 1 > last) tokens.push({ kind: "text", sourceStart: sourceStart + last, text: text.slice(last, -1) });
      return tokens;
    }
    if (last < text.length) tokens.push({ kind: "text", sourceStart: sourceStart + last, text: text.slice(last) });
    return tokens;
  }

  private align(lines: Token[][], block: boolean): void {
    let cursor = 0;
    for (const [index, tokens] of lines.entries()) {
      if (index > 0) {
        while (this.value[cursor] === "\n") cursor++;
      }
      for (const [position, token] of tokens.entries()) {
        if (token.kind === "escape") {
          cursor++;
          continue;
        }
        let at = cursor;
        if (!this.value.startsWith(token.text, at) && index > 0 && position === 0 && !block && this.value[at] === " ") at++;
        if (!this.value.startsWith(token.text, at) && index > 0 && position === 0 && block && this.style === "folded" && this.value[at] === " ") at++;
        if (!this.value.startsWith(token.text, at)) return;
        this.segments.push({ valueStart: at, sourceStart: token.sourceStart, length: token.text.length });
        cursor = at + token.text.length;
      }
    }
  }

  /** The YAML offset of the value character at `index`, or of the end of a range ending there; null when unmapped. */
  sourceOffset(index: number, side: "start" | "end"): number | null {
    for (const segment of this.segments) {
      const inside =
        side === "start"
          ? index >= segment.valueStart && index < segment.valueStart + segment.length
          : index > segment.valueStart && index <= segment.valueStart + segment.length;
      if (inside) return segment.sourceStart + index - segment.valueStart;
    }
    if (side === "end" && index === 0 && this.segments[0]?.valueStart === 0) return this.segments[0].sourceStart;
    return null;
  }

  /**
   * A fix of the value as a fix of the YAML text, or null when it cannot be written back
   * exactly: folded scalars, ranges across unmapped characters, or text the scalar's style
   * cannot hold as it is.
   */
  mapFix(range: Range, text: string): { range: Range; text: string } | null {
    if (this.style === "folded") return null;
    const [a, b] = range;
    const start = a === b ? (this.sourceOffset(a, "start") ?? this.sourceOffset(a, "end")) : this.sourceOffset(a, "start");
    const end = a === b ? start : this.sourceOffset(b, "end");
    if (start === null || end === null) return null;
    if (!this.coveredBetween(a, b)) return null;
    const written = this.encode(text, a);
    return written === null ? null : { range: [start, end], text: written };
  }

  /** Every value character in [a, b) is mapped, or (literal scalars) a line break between mapped lines. */
  private coveredBetween(a: number, b: number): boolean {
    for (let index = a; index < b; index++) {
      if (this.sourceOffset(index, "start") !== null) continue;
      if (this.lineBreak !== null && this.value[index] === "\n") continue;
      return false;
    }
    return true;
  }

  private encode(text: string, at: number): string | null {
    switch (this.style) {
      case "literal":
        if (!text.includes("\n")) return text;
        return this.lineBreak === null ? null : text.replace(/\n/gu, this.lineBreak);
      case "double-quoted":
        return text.replace(/[\\"\n\t\r]|[\u0000-\u001f]/gu, (ch) => {
          if (ch === "\\" || ch === '"') return `\\${ch}`;
          if (ch === "\n") return "\\n";
          if (ch === "\t") return "\\t";
          if (ch === "\r") return "\\r";
          return `\\x${ch.charCodeAt(0).toString(16).padStart(2, "0")}`;
        });
      case "single-quoted":
        return /[\r\n]/u.test(text) ? null : text.replace(/'/gu, "''");
      case "plain":
        if (text !== "" && PLAIN_UNSAFE_TEXT.test(text)) return null;
        if (at === 0 && PLAIN_UNSAFE_START.test(text)) return null;
        return text;
      default:
        return null;
    }
  }
}

/** Offsets of the block text (what the Dockerfile language saw) to and from 1-based line/column. */
export class BlockText {
  private readonly lines: LineIndex;

  constructor(text: string) {
    this.lines = new LineIndex(text);
  }

  /** Offset of a message position (1-based line, 1-based column). */
  offsetOf(line: number, column: number): number {
    return this.lines.offsetOf(line - 1, column - 1);
  }
}
