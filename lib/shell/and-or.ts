/**
 * Regroups tree-sitter-bash pipelines and `&&`/`||` lists with the shell's precedence.
 *
 * The grammar nests them wrongly in places: `a | b | c && d` comes out as `a | (b | c && d)`,
 * `a | b > out` redirects the pipeline instead of `b`, and `cat <<EOF | sh` hangs `| sh` on the
 * heredoc. Flattening a cluster of such nodes into its tokens in source order and grouping them
 * again (`|` binds tighter than `&&`/`||`, `!` negates a whole pipeline) undoes all three.
 */

import type { SyntaxNode } from "./parser.js";
import { readRedirect, REDIRECT_TYPES, type RedirectParts } from "./redirects.js";
import type { ShellSource } from "./source.js";

/** Node types that start a cluster. */
export const AND_OR_TYPES: ReadonlySet<string> = new Set(["pipeline", "list", "negated_command", "redirected_statement"]);

export interface Stage {
  /** `null` for a stage that is only redirects (`> file`). */
  node: SyntaxNode | null;
  /** Redirects written after the stage. */
  redirects: RedirectParts[];
}

export interface AndOrPipeline {
  stages: Stage[];
  negated: boolean;
}

type Token = Stage | "|" | "&&" | "||" | "!";

/** The pipelines of an and-or list, in order; all but the last have their status tested. */
export function andOrPipelines(node: SyntaxNode, source: ShellSource): AndOrPipeline[] {
  const tokens: Token[] = [];
  flatten(node, tokens, source);
  const pipelines: AndOrPipeline[] = [];
  let current: AndOrPipeline = { stages: [], negated: false };
  for (const token of tokens) {
    if (token === "&&" || token === "||") {
      if (current.stages.length > 0) pipelines.push(current);
      current = { stages: [], negated: false };
    } else if (token === "!") {
      if (current.stages.length === 0) current.negated = true;
    } else if (token !== "|") {
      current.stages.push(token);
    }
  }
  if (current.stages.length > 0) pipelines.push(current);
  return pipelines;
}

/** Shell text indices covered by a stage and its redirects. */
export function stageBounds(stage: Stage): [number, number] {
  let start = stage.node?.start ?? Number.POSITIVE_INFINITY;
  let end = stage.node?.end ?? -1;
  for (const parts of stage.redirects) {
    if (parts.start < start) start = parts.start;
    if (parts.end > end) end = parts.end;
  }
  return start <= end ? [start, end] : [0, 0];
}

function flatten(node: SyntaxNode, tokens: Token[], source: ShellSource): void {
  const type = node.type;
  if (type === "pipeline" || type === "list" || type === "negated_command") {
    for (const child of node.children) {
      const childType = child.type;
      if (childType === "|" || childType === "|&") tokens.push("|");
      else if (childType === "&&" || childType === "||" || childType === "!") tokens.push(childType);
      else if (childType !== "comment" && child.named) flatten(child, tokens, source);
    }
  } else if (type === "redirected_statement") {
    let body: SyntaxNode | null = null;
    const redirects: RedirectParts[] = [];
    for (const child of node.children) {
      const childType = child.type;
      if (!child.named) continue;
      if (REDIRECT_TYPES.has(childType)) redirects.push(readRedirect(child, source));
      else if (childType !== "comment" && body === null) body = child;
    }
    if (body !== null && AND_OR_TYPES.has(body.type)) {
      flatten(body, tokens, source);
      const last = tokens.at(-1);
      if (typeof last === "object") last.redirects.push(...redirects);
      else tokens.push({ node: null, redirects });
    } else {
      tokens.push({ node: body, redirects });
    }
    for (const parts of redirects) {
      if (parts.tail === null) continue;
      // A `|` tail is a pipeline node that starts with its own `|` token.
      if (parts.tail.operator !== "|") tokens.push(parts.tail.operator);
      flatten(parts.tail.node, tokens, source);
    }
  } else {
    tokens.push({ node, redirects: [] });
  }
}
