/**
 * Reads tree-sitter-bash redirect nodes, separating what the grammar hangs on them by mistake.
 */

import type { SyntaxNode } from "./parser.js";
import type { ShellRedirect } from "./model.js";
import type { ShellSource } from "./source.js";
import { makeWord } from "./words.js";

export const REDIRECT_TYPES: ReadonlySet<string> = new Set(["file_redirect", "heredoc_redirect", "herestring_redirect"]);

export interface RedirectParts {
  redirect: ShellRedirect;
  /** Shell text indices of `redirect.range`. */
  start: number;
  end: number;
  /** Words after the target belong to the command: `cmd > out arg`, `cat <<EOF file`. */
  args: SyntaxNode[];
  /** Nodes to search for substitutions: the target, a heredoc body. */
  scan: SyntaxNode[];
  /** What follows `<<EOF` on its line: `| cmd ...`, or `&& cmd ...` / `|| cmd ...`. */
  tail: { operator: "|" | "&&" | "||"; node: SyntaxNode } | null;
  /** Redirects written after `<<EOF` on its line. */
  more: RedirectParts[];
}

export function readRedirect(node: SyntaxNode, source: ShellSource): RedirectParts {
  const parts: RedirectParts = {
    redirect: { operator: "", target: null, range: [0, 0] },
    start: node.start,
    end: node.end,
    args: [],
    scan: [],
    tail: null,
    more: [],
  };
  const heredoc = node.type === "heredoc_redirect";
  let target: SyntaxNode | null = null;
  let operator: "&&" | "||" | null = null;
  for (const child of node.children) {
    const type = child.type;
    if (target === null) {
      const isTarget = heredoc ? type === "heredoc_start" : type !== "file_descriptor" && child.named;
      if (isTarget) target = child;
    } else if (type === "&&" || type === "||") {
      operator = type;
    } else if (!child.named || type === "heredoc_end" || type === "comment") {
      continue;
    } else if (operator !== null) {
      parts.tail = { operator, node: child };
      operator = null;
    } else if (type === "pipeline") {
      // The grammar's pipeline here starts with the `|` that follows `<<EOF`.
      parts.tail = { operator: "|", node: child };
    } else if (REDIRECT_TYPES.has(type)) {
      parts.more.push(readRedirect(child, source));
    } else if (type === "heredoc_body") {
      parts.scan.push(child);
    } else {
      parts.args.push(child);
    }
  }
  if (target !== null) {
    parts.end = target.end;
    parts.redirect.target = makeWord(target, source);
    parts.scan.push(target);
  }
  parts.redirect.operator = source.text.slice(parts.start, target === null ? parts.end : target.start).trim();
  parts.redirect.range = [source.offsetAt(parts.start), source.endOffsetAt(parts.end)];
  return parts;
}
