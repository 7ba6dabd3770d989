/**
 * Quote removal on tree-sitter-bash word nodes, with each resulting character traced back to
 * the span of shell text it came from.
 */

import type { SyntaxNode } from "./parser.js";
import type { Range, ShellWord } from "./model.js";
import { SourceBuilder, type ShellSource } from "./source.js";

/** Receives the pieces of a word after quote removal, in order. Indices are into the shell text. */
interface WordSink {
  /** Shell text [start, end) is kept as it is. */
  verbatim(start: number, end: number): void;
  /** `chars` replace the shell text [start, end) (an escape sequence). */
  replace(chars: string, start: number, end: number): void;
  /** A part whose value is only known when the script runs. */
  dynamic(node: SyntaxNode): void;
}

/** Node types whose text has no quoting to remove. Named types not decoded below are dynamic. */
const PLAIN_TYPES = new Set([
  "number",
  "variable_name",
  "test_operator",
  "regex",
  "extglob_pattern",
  "brace_expression",
  "file_descriptor",
  "special_variable_name",
]);

/** A word that remembers where its text starts in its source, to cut parts out of it later. */
class LocatedWord implements ShellWord {
  text: string;
  value: string | null;
  range: Range;
  readonly #source: ShellSource;
  readonly #start: number;

  constructor(text: string, value: string | null, range: Range, source: ShellSource, start: number) {
    this.text = text;
    this.value = value;
    this.range = range;
    this.#source = source;
    this.#start = start;
  }

  /** The part from `textIndex` on (an index into `text`); its value drops `valueIndex` characters. */
  tail(textIndex: number, valueIndex: number): ShellWord {
    const start = this.#start + textIndex;
    const value = this.value === null ? null : this.value.slice(valueIndex);
    const range: Range = [Math.min(this.#source.offsetAt(start), this.range[1]), this.range[1]];
    return new LocatedWord(this.text.slice(textIndex), value, range, this.#source, start);
  }
}

export function makeWord(node: SyntaxNode, source: ShellSource): ShellWord {
  const start = node.start;
  const end = node.end;
  const text = source.text.slice(start, end);
  const value = node.type === "word" && !text.includes("\\") ? text : staticValue(node, source.text);
  return new LocatedWord(text, value, [source.offsetAt(start), source.endOffsetAt(end)], source, start);
}

/**
 * The part of `word` from `textIndex` on (an index into `word.text`), e.g. the value of
 * `--opt=value`. `value` is taken from `word.value` after `valueIndex` characters.
 */
export function wordTail(word: ShellWord, textIndex: number, valueIndex: number): ShellWord {
  if (word instanceof LocatedWord) return word.tail(textIndex, valueIndex);
  return {
    text: word.text.slice(textIndex),
    value: word.value === null ? null : word.value.slice(valueIndex),
    range: [Math.min(word.range[0] + textIndex, word.range[1]), word.range[1]],
  };
}

function staticValue(node: SyntaxNode, text: string): string | null {
  let value = "";
  let isStatic = true;
  decodeWord(node, text, {
    verbatim(start, end) {
      value += text.slice(start, end);
    },
    replace(chars) {
      value += chars;
    },
    dynamic() {
      isStatic = false;
    },
  });
  return isStatic ? value : null;
}

/**
 * The value of a word as a new source, for parsing the script string of `sh -c`. Dynamic parts
 * keep their text (`$VAR` stays a dynamic word for the inner parse). Also returns the Dockerfile
 * offsets of the substitutions in it, which the outer walk already covers.
 */
export function unquotedSource(node: SyntaxNode, source: ShellSource): { source: ShellSource; substitutions: number[] } {
  const text = source.text;
  const builder = new SourceBuilder(source.offsetAt(node.start), node.end - node.start);
  const substitutions: number[] = [];
  const verbatim = (start: number, end: number): void => {
    for (let i = start; i < end; i++) builder.push(text[i]!, source.offsetAt(i), source.endOffsetAt(i + 1));
  };
  decodeWord(node, text, {
    verbatim,
    replace(chars, start, end) {
      builder.push(chars, source.offsetAt(start), source.endOffsetAt(end));
    },
    dynamic(part) {
      collectSubstitutions(part, source, substitutions);
      verbatim(part.start, part.end);
    },
  });
  return { source: builder.build(source.endOffsetAt(node.end)), substitutions };
}

function collectSubstitutions(node: SyntaxNode, source: ShellSource, into: number[]): void {
  const type = node.type;
  if (type === "command_substitution" || type === "process_substitution") {
    into.push(source.offsetAt(node.start));
    return;
  }
  for (const child of node.children) collectSubstitutions(child, source, into);
}

function decodeWord(node: SyntaxNode, text: string, sink: WordSink): void {
  const type = node.type;
  const start = node.start;
  const end = node.end;
  if (type === "word") {
    decodeUnquoted(text, start, end, sink);
  } else if (type === "raw_string") {
    sink.verbatim(start + 1, text[end - 1] === "'" && end - start >= 2 ? end - 1 : end);
  } else if (type === "string") {
    decodeDoubleQuoted(node, text, sink);
  } else if (type === "ansi_c_string") {
    decodeAnsiC(text, start + 2, text[end - 1] === "'" && end - start >= 3 ? end - 1 : end, sink);
  } else if (type === "heredoc_start") {
    decodeDelimiter(text, start, end, sink);
  } else if (type === "concatenation" || type === "command_name" || type === "variable_assignment") {
    for (const child of node.children) decodeWord(child, text, sink);
  } else if (type === "translated_string") {
    for (const child of node.children) if (child.type === "string") decodeDoubleQuoted(child, text, sink);
  } else if (PLAIN_TYPES.has(type) || !node.named) {
    sink.verbatim(start, end);
  } else {
    sink.dynamic(node);
  }
}

function decodeUnquoted(text: string, start: number, end: number, sink: WordSink): void {
  let run = start;
  for (let i = start; i < end; i++) {
    if (text[i] !== "\\" || i + 1 >= end) continue;
    if (run < i) sink.verbatim(run, i);
    const next = text[i + 1]!;
    if (next !== "\n") sink.replace(next, i, i + 2);
    i++;
    run = i + 1;
  }
  if (run < end) sink.verbatim(run, end);
}

/** A heredoc delimiter (`'EOF'`, `"EOF"`, `\EOF`): quotes and backslashes only mark it quoted. */
function decodeDelimiter(text: string, start: number, end: number, sink: WordSink): void {
  for (let i = start; i < end; i++) {
    const ch = text[i]!;
    if (ch === "\\" && i + 1 < end) {
      sink.replace(text[i + 1]!, i, i + 2);
      i++;
    } else if (ch !== "'" && ch !== '"') {
      sink.verbatim(i, i + 1);
    }
  }
}

/** Inside double quotes a backslash only escapes `$`, backtick, `"`, `\` and a line break. */
function decodeDoubleQuotedText(text: string, start: number, end: number, sink: WordSink): void {
  let run = start;
  for (let i = start; i < end - 1; i++) {
    if (text[i] !== "\\") continue;
    const next = text[i + 1]!;
    if (next !== "$" && next !== "`" && next !== '"' && next !== "\\" && next !== "\n") continue;
    if (run < i) sink.verbatim(run, i);
    if (next !== "\n") sink.replace(next, i, i + 2);
    i++;
    run = i + 1;
  }
  if (run < end) sink.verbatim(run, end);
}

function decodeDoubleQuoted(node: SyntaxNode, text: string, sink: WordSink): void {
  const start = node.start + 1;
  const end = node.end > start && text[node.end - 1] === '"' ? node.end - 1 : node.end;
  let position = start;
  for (const child of node.children) {
    if (!child.named) continue;
    const childStart = child.start;
    if (childStart < position || childStart >= end) continue;
    const childEnd = child.end;
    if (child.type === "string_content") {
      decodeDoubleQuotedText(text, position, childEnd, sink);
    } else {
      if (position < childStart) decodeDoubleQuotedText(text, position, childStart, sink);
      sink.dynamic(child);
    }
    position = childEnd;
  }
  if (position < end) decodeDoubleQuotedText(text, position, end, sink);
}

const ANSI_C_ESCAPES: Record<string, string> = {
  a: "\x07",
  b: "\b",
  e: "\x1b",
  E: "\x1b",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "\t",
  v: "\v",
  "\\": "\\",
  "'": "'",
  '"': '"',
  "?": "?",
};

/** `$'...'` escapes: the single-character ones, `\xHH`, `\NNN` (octal), `\uHHHH`, `\UHHHHHHHH`, `\cX`. */
function decodeAnsiC(text: string, start: number, end: number, sink: WordSink): void {
  let run = start;
  for (let i = start; i < end - 1; i++) {
    if (text[i] !== "\\") continue;
    if (run < i) sink.verbatim(run, i);
    const [chars, length] = ansiCEscape(text, i + 1, end);
    sink.replace(chars, i, i + 1 + length);
    i += length;
    run = i + 1;
  }
  if (run < end) sink.verbatim(run, end);
}

function ansiCEscape(text: string, at: number, end: number): [string, number] {
  const ch = text[at]!;
  const simple = ANSI_C_ESCAPES[ch];
  if (simple !== undefined) return [simple, 1];
  const digits = (pattern: RegExp, from: number, max: number): string => {
    let i = from;
    while (i < end && i - from < max && pattern.test(text[i]!)) i++;
    return text.slice(from, i);
  };
  if (ch >= "0" && ch <= "7") {
    const octal = digits(/[0-7]/u, at, 3);
    return [String.fromCharCode(Number.parseInt(octal, 8) & 0xff), octal.length];
  }
  if (ch === "x" || ch === "u" || ch === "U") {
    const hex = digits(/[0-9a-fA-F]/u, at + 1, ch === "x" ? 2 : ch === "u" ? 4 : 8);
    if (hex === "") return ["\\" + ch, 1];
    const code = Number.parseInt(hex, 16);
    return [code <= 0x10ffff ? String.fromCodePoint(code) : "\ufffd", 1 + hex.length];
  }
  if (ch === "c" && at + 1 < end) return [String.fromCharCode(text.charCodeAt(at + 1) & 0x1f), 2];
  return ["\\" + ch, 1];
}
