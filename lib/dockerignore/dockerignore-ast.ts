/**
 * Node types of the `.dockerignore` language.
 *
 * An ignore file is a list of lines. Docker reads each line on its own: a line whose first
 * character is `#` is a comment, a line that is empty once trimmed is skipped, and every other
 * line is a pattern, optionally negated with `!`. The tree mirrors that: one node a line.
 *
 * Every node has `type`, `range` (offsets into the text ESLint passes) and `loc` (1-based line,
 * 0-based column).
 */
import type { LocatedNode } from "../text/line-index.js";

/** A line that Docker reads as a pattern. */
export interface PatternNode extends LocatedNode {
  type: "Pattern";
  /**
   * The pattern as written, without the whitespace around it; `range` covers exactly this text.
   * It keeps the `!`, a leading `/`, `./`, doubled or trailing slashes, and so on.
   */
  raw: string;
  /**
   * The pattern as Docker reads it: trimmed, `!` removed, cleaned like Go's `filepath.Clean`
   * (no `.` segments, no doubled or trailing `/`, `..` folded where it can be) and a leading
   * `/` dropped. Empty for a lone `!`, which Docker rejects.
   */
  value: string;
  /** The line starts with `!`: files it matches are put back into the build context. */
  negated: boolean;
}

/** A line whose very first character is `#`. */
export interface CommentNode extends LocatedNode {
  type: "Comment";
  /** The text after `#`, trimmed. */
  value: string;
}

/** An empty line, or one holding only whitespace. Its range covers that whitespace. */
export interface BlankLineNode extends LocatedNode {
  type: "BlankLine";
}

export type IgnoreLine = PatternNode | CommentNode | BlankLineNode;

/** The whole file. Its range covers the whole text. */
export interface IgnoreFileRoot extends LocatedNode {
  type: "IgnoreFile";
  body: IgnoreLine[];
}

/** Any node of the `.dockerignore` language. */
export type DockerignoreNode = IgnoreFileRoot | IgnoreLine;

