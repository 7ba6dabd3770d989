/**
 * How Docker reads one line of an ignore file into a pattern (moby `patternmatcher/ignorefile`
 * `ReadAll`): trim the whitespace around it, take a leading `!` as negation and trim again, clean
 * the path like Go's `filepath.Clean`, and drop a leading `/` (the context root is `/`).
 */
import path from "node:path";

/** The characters Go's `strings.TrimSpace` removes (Unicode White_Space; not U+FEFF). */
const GO_SPACE = /[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/u;

export function isGoSpace(char: string): boolean {
  return GO_SPACE.test(char);
}

/** Number of white-space characters at the start of `text`. */
export function leadingSpaceLength(text: string): number {
  let count = 0;
  while (count < text.length && isGoSpace(text[count]!)) count++;
  return count;
}

/** Number of white-space characters at the end of `text`. */
export function trailingSpaceLength(text: string): number {
  let count = 0;
  while (count < text.length && isGoSpace(text[text.length - 1 - count]!)) count++;
  return count;
}

/** Go's `strings.TrimSpace`. */
export function trimSpace(text: string): string {
  const start = leadingSpaceLength(text);
  if (start === text.length) return "";
  return text.slice(start, text.length - trailingSpaceLength(text));
}

/**
 * Go's `filepath.Clean` on a slash-separated path: no doubled slashes, no `.` segments, `..`
 * folded into the segment before it (or dropped at the root), no trailing slash; `""` is `"."`.
 */
export function cleanPath(value: string): string {
  if (value === "") return ".";
  const normalized = path.posix.normalize(value);
  return normalized.length > 1 && normalized.endsWith("/") ? normalized.slice(0, -1) : normalized;
}

export interface ReadPattern {
  /** The pattern Docker matches paths against (without `!`). */
  value: string;
  negated: boolean;
}

/** Reads a pattern line (not a comment, not blank) the way Docker does. */
export function readPattern(line: string): ReadPattern {
  let value = trimSpace(line);
  const negated = value.startsWith("!");
  if (negated) value = trimSpace(value.slice(1));
  if (value.length > 0) {
    value = cleanPath(value);
    if (value.length > 1 && value.startsWith("/")) value = value.slice(1);
  }
  return { value, negated };
}
