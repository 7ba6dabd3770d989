/**
 * A shell script as the shell sees it, with a map back to offsets in the Dockerfile text.
 */

export interface ShellSource {
  /** The script as the shell receives it. */
  readonly text: string;
  /** Dockerfile offset where the character at `index` starts; `text.length` maps to the end. */
  offsetAt(index: number): number;
  /**
   * Dockerfile offset just past the character at `index - 1`. Use it for the end of a range:
   * it differs from `offsetAt(index)` when text was removed there (a line continuation, a quote).
   */
  endOffsetAt(index: number): number;
}

/** `text` is a verbatim slice of the Dockerfile starting at `baseOffset`. */
export class LinearSource implements ShellSource {
  readonly text: string;
  readonly baseOffset: number;

  constructor(text: string, baseOffset: number) {
    this.text = text;
    this.baseOffset = baseOffset;
  }

  offsetAt(index: number): number {
    return this.baseOffset + clampIndex(index, this.text.length);
  }

  endOffsetAt(index: number): number {
    return this.baseOffset + clampIndex(index, this.text.length);
  }
}

/** Each character carries its own Dockerfile span. Build it with {@link SourceBuilder}. */
class MappedSource implements ShellSource {
  readonly text: string;
  /** `starts[i]`: start of character i; `starts[n]`: end of the source. */
  private readonly starts: Int32Array;
  /** `ends[i]`: end of character i - 1; `ends[0]`: start of the source. */
  private readonly ends: Int32Array;

  constructor(text: string, starts: Int32Array, ends: Int32Array) {
    this.text = text;
    this.starts = starts;
    this.ends = ends;
  }

  offsetAt(index: number): number {
    return this.starts[clampIndex(index, this.text.length)]!;
  }

  endOffsetAt(index: number): number {
    return this.ends[clampIndex(index, this.text.length)]!;
  }
}

function clampIndex(index: number, length: number): number {
  return index < 0 ? 0 : index > length ? length : index;
}

/** Collects characters with the Dockerfile span each came from. */
export class SourceBuilder {
  private text = "";
  private length = 0;
  private starts: Int32Array;
  private ends: Int32Array;

  /** `capacity`: the expected number of characters (the arrays grow past it if needed). */
  constructor(startOffset: number, capacity: number) {
    this.starts = new Int32Array(capacity + 1);
    this.ends = new Int32Array(capacity + 1);
    this.ends[0] = startOffset;
  }

  /** Appends `chars`, all coming from the Dockerfile span [start, end). */
  push(chars: string, start: number, end: number): void {
    this.reserve(chars.length);
    for (let i = 0; i < chars.length; i++) {
      this.starts[this.length] = start;
      this.ends[++this.length] = i === chars.length - 1 ? end : start;
    }
    this.text += chars;
  }

  /** Appends `chars` copied 1:1 from the Dockerfile at `start`. */
  pushVerbatim(chars: string, start: number): void {
    this.reserve(chars.length);
    for (let i = 0; i < chars.length; i++) {
      this.starts[this.length] = start + i;
      this.ends[++this.length] = start + i + 1;
    }
    this.text += chars;
  }

  build(endOffset: number): ShellSource {
    this.starts[this.length] = endOffset;
    return new MappedSource(this.text, this.starts.subarray(0, this.length + 1), this.ends.subarray(0, this.length + 1));
  }

  private reserve(count: number): void {
    if (this.length + count < this.starts.length) return;
    const size = Math.max(this.starts.length * 2, this.length + count + 1);
    const starts = new Int32Array(size);
    const ends = new Int32Array(size);
    starts.set(this.starts);
    ends.set(this.ends);
    this.starts = starts;
    this.ends = ends;
  }
}

type EscapeChar = "\\" | "`";

/**
 * The body of a shell-form instruction (`RUN apt-get update && ...`) as Docker hands it to the
 * shell: an escape character at the end of a line (optionally followed by blanks) joins the line
 * with the next one, and lines that are empty or comments (`#` as first non-blank) inside a
 * continuation are dropped. Docker removes the escape and the line break outright, so
 * `ap\` + newline + `t-get` is the word `apt-get`, and a continuation inside single quotes joins
 * too. Heredoc bodies after the command line (`cat <<EOF > f`) are kept as written. Other line
 * breaks (CRLF, lone CR) reach the shell as LF.
 */
export function shellFormSource(raw: string, baseOffset: number, escapeChar: EscapeChar = "\\"): ShellSource {
  if (!/[\r\n]/u.test(raw) && continuationEscapeAt(raw, escapeChar) < 0) {
    return new LinearSource(raw, baseOffset);
  }
  const builder = new SourceBuilder(baseOffset, raw.length);
  appendDockerLines(builder, raw, baseOffset, escapeChar);
  return builder.build(baseOffset + raw.length);
}

/**
 * The body of a heredoc (`RUN <<EOF` ... `EOF`), already a script: copied 1:1 except that CRLF
 * and lone CR line breaks become LF (tree-sitter-bash reads a lone CR as a blank).
 */
export function heredocSource(body: string, baseOffset: number): ShellSource {
  if (!body.includes("\r")) return new LinearSource(body, baseOffset);
  const builder = new SourceBuilder(baseOffset, body.length);
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (ch === "\r") {
      const length = body[i + 1] === "\n" ? 2 : 1;
      builder.push("\n", baseOffset + i, baseOffset + i + length);
      i += length - 1;
    } else {
      builder.pushVerbatim(ch, baseOffset + i);
    }
  }
  return builder.build(baseOffset + body.length);
}

/**
 * The script inside an exec-form JSON string (`["sh", "-c", "<script>"]`). `jsonLiteral` is the
 * literal as written, quotes included. Docker joins continued lines before it reads the JSON, so
 * that happens first; then escapes are decoded and each decoded character maps to its escape.
 * Malformed escapes are kept as written; a missing closing quote ends the string at the end.
 */
export function jsonStringSource(jsonLiteral: string, baseOffset: number, escapeChar: EscapeChar = "\\"): ShellSource {
  const joined = shellFormSource(jsonLiteral, baseOffset, escapeChar);
  const text = joined.text;
  const builder = new SourceBuilder(joined.offsetAt(text[0] === '"' ? 1 : 0), text.length);
  let i = text[0] === '"' ? 1 : 0;
  let end = text.length;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '"') {
      end = i;
      break;
    }
    let decoded = ch;
    let length = 1;
    if (ch === "\\" && i + 1 < text.length) {
      const next = text[i + 1]!;
      const simple = JSON_ESCAPES[next];
      if (simple !== undefined) {
        decoded = simple;
        length = 2;
      } else if (next === "u" && /^[0-9a-fA-F]{4}$/u.test(text.slice(i + 2, i + 6))) {
        decoded = String.fromCharCode(Number.parseInt(text.slice(i + 2, i + 6), 16));
        length = 6;
      }
    }
    builder.push(decoded, joined.offsetAt(i), joined.endOffsetAt(i + length));
    i += length;
  }
  return builder.build(joined.endOffsetAt(end));
}

const JSON_ESCAPES: Record<string, string> = {
  '"': '"',
  "\\": "\\",
  "/": "/",
  b: "\b",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "\t",
};

function appendDockerLines(builder: SourceBuilder, raw: string, baseOffset: number, escapeChar: EscapeChar): void {
  let continued = false;
  let logicalLine = "";
  const heredocs: Heredoc[] = [];
  for (let lineStart = 0; lineStart <= raw.length; ) {
    let lineEnd = lineStart;
    while (lineEnd < raw.length && raw[lineEnd] !== "\n" && raw[lineEnd] !== "\r") lineEnd++;
    const breakLength = raw[lineEnd] === "\r" && raw[lineEnd + 1] === "\n" ? 2 : lineEnd < raw.length ? 1 : 0;
    const next = lineEnd + breakLength;
    const line = raw.slice(lineStart, lineEnd);
    let lineBreak = true;
    if (heredocs.length > 0) {
      // Heredoc content reaches the shell as written: no continuations, no dropped lines.
      builder.pushVerbatim(line, baseOffset + lineStart);
      const heredoc = heredocs[0]!;
      if ((heredoc.stripTabs ? line.replace(/^\t+/u, "") : line) === heredoc.delimiter) heredocs.shift();
    } else if (continued && isSkippedContinuationLine(line)) {
      lineBreak = false;
    } else {
      const escapeAt = continuationEscapeAt(line, escapeChar);
      continued = escapeAt >= 0;
      const content = continued ? line.slice(0, escapeAt) : line;
      builder.pushVerbatim(content, baseOffset + lineStart);
      logicalLine += content;
      lineBreak = !continued;
      if (!continued) {
        if (logicalLine.includes("<<")) heredocs.push(...heredocsOf(logicalLine));
        logicalLine = "";
      }
    }
    if (breakLength === 0) break;
    if (lineBreak) builder.push("\n", baseOffset + lineEnd, baseOffset + next);
    lineStart = next;
  }
}

interface Heredoc {
  delimiter: string;
  /** `<<-`: leading tabs do not count when looking for the delimiter line. */
  stripTabs: boolean;
}

const HEREDOC_MARKER = /(?<!<)<<(?!<)(-?)[ \t]*(["']?)([^\s"'<>|;&()]+)\2/gu;

/** The heredocs a command line opens, in order (`<<EOF`, `<<-'EOF'`, `<<"EOF"`, `<<\EOF`). */
function heredocsOf(commandLine: string): Heredoc[] {
  return Array.from(commandLine.matchAll(HEREDOC_MARKER), (match) => ({
    delimiter: match[3]!.replaceAll("\\", ""),
    stripTabs: match[1] === "-",
  }));
}

/** Docker skips blank lines and comment lines that follow a continuation. */
function isSkippedContinuationLine(line: string): boolean {
  return /^[ \t]*(?:#|$)/u.test(line);
}

/** Index of the escape character that makes `line` continue on the next line, else -1. */
function continuationEscapeAt(line: string, escapeChar: EscapeChar): number {
  let i = line.length;
  while (i > 0 && (line[i - 1] === " " || line[i - 1] === "\t")) i--;
  return i > 0 && line[i - 1] === escapeChar ? i - 1 : -1;
}
