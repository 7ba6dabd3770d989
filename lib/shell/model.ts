/**
 * The shell model every RUN rule queries: simple commands with their words, each word located in
 * the Dockerfile text. All ranges are Dockerfile offsets (JS string indices), end exclusive.
 */

import type { Range } from "../text/line-index.js";

export type { Range };

export interface ShellWord {
  /**
   * The word as the shell reads it, quotes and escapes included. This is the Dockerfile text
   * unless Docker or an outer shell decoded it first: a continuation inside the word, a JSON
   * escape of exec form, the quoting of a `sh -c` string. `range` still covers the written text.
   */
  text: string;
  /**
   * The word after quote removal when it is fully static, else `null` (it contains `$var`,
   * `$(...)`, backticks or `$((...))`). Globs, `~` and braces stay literal characters.
   */
  value: string | null;
  range: Range;
}

export interface ShellAssignment {
  /** `FOO` in `FOO=bar` (also `FOO+=bar`). */
  name: string;
  /** `null` when nothing follows the `=`. */
  value: ShellWord | null;
  range: Range;
}

export interface ShellRedirect {
  /** As written: `>`, `>>`, `2>`, `&>`, `>&`, `<`, `<<`, `<<-`, `<<<`, ... (fd included). */
  operator: string;
  /** The file, fd, here-string, or heredoc delimiter. */
  target: ShellWord | null;
  /** The redirect as written; for a heredoc, `<<EOF` without the body. */
  range: Range;
}

export interface ShellCommand {
  /** The program word after any `VAR=x` prefix; `null` for a bare `VAR=x` or `>file`. */
  name: ShellWord | null;
  /** The words after `name`, in order; redirect targets are not included. */
  args: ShellWord[];
  assignments: ShellAssignment[];
  redirects: ShellRedirect[];
  /** From the first to the last word or redirect of this command (a heredoc body excluded). */
  range: Range;
  /** In a `|` / `|&` pipeline of two or more stages. */
  inPipeline: boolean;
  /** The pipeline stage this command runs in (0 when alone); compound stages share one index. */
  pipelineIndex: number;
  /**
   * Runs in a child shell, so `cd`, `export` or `set` do not outlive it: inside `( ... )`,
   * `$( ... )`, backticks, `<( ... )`, or the string of a `sh -c` (see {@link nestedIn}).
   */
  inSubshell: boolean;
  /**
   * Its exit status is tested: in the condition of `if`/`elif`/`while`/`until`, or before an
   * `&&`/`||` (every command of an and-or list but the last). With `negated` and
   * `pipelineIndex`, this tells whether `set -e` would stop the script when it fails.
   */
  inCondition: boolean;
  /** Inside a `!` negation. */
  negated: boolean;
  /** The `sh -c '...'` / `bash -c "..."` command whose script string this command came from. */
  nestedIn: ShellCommand | null;
}

export interface ShellPipeline {
  /** The simple commands in its stages, in source order (see `ShellCommand.pipelineIndex`). */
  commands: ShellCommand[];
  range: Range;
}

export interface ShellScript {
  /**
   * Every simple command in source order, including those in `$(...)`, subshells, compound
   * statements, function bodies, and script strings of `sh -c` / `bash -c` (parsed again).
   * `[ ]`, `[[ ]]`, `export`/`local`/`declare`/`readonly`/`typeset` and `unset` are commands too.
   */
  commands: ShellCommand[];
  /** Pipelines of two or more stages, outermost first. */
  pipelines: ShellPipeline[];
  /** tree-sitter-bash found a syntax error (here or in a nested `sh -c` string). */
  hasErrors: boolean;
}
