/**
 * How two ignore-file patterns relate, for the questions last-match-wins raises: does a later
 * pattern decide every path an earlier one matches (which makes the earlier one dead)? Can a `!`
 * re-include anything an exclusion left out? Patterns are values as Docker reads them (trimmed,
 * cleaned, no `!`, no leading `/`), and match a path when they match it or one of its parents.
 *
 * Each answer errs on one side only, so that a rule built on it never reports wrongly: `covers`
 * says yes only when it is certain, `mayOverlap` says no only when it is certain.
 */
import { createIgnoreMatcher } from "./ignore-matcher.js";
import { hasWildcards, segmentMatcher } from "./source-wildcards.js";

/**
 * Whether every path `inner` matches is matched by `outer` as well. `inner`'s matches all lie at
 * or below its literal beginning (`docs` for `docs/*.md`), so it is enough that `outer` matches
 * that path or a parent of it. A pattern that starts with a wildcard is covered only by `*` and
 * `**` (which match every path) and by itself at any depth (`**∕*.pyc` covers `*.pyc`).
 */
export function covers(outer: string, inner: string): boolean {
  if (outer === inner || outer === "*" || outer === "**" || outer === `**/${inner}`) return true;
  const anchor = literalBeginning(inner);
  if (anchor.length === 0) return false;
  return createIgnoreMatcher([{ value: outer, negated: false }]).ignores(anchor.join("/"));
}

/**
 * Whether some path may be matched by both patterns (one matching it, the other it or a parent).
 * Walks both patterns a segment at a time; false only on a segment pair that can match no common
 * name. Any `**` makes the answer yes.
 */
export function mayOverlap(first: string, second: string): boolean {
  const a = segmentsOf(first);
  const b = segmentsOf(second);
  for (let index = 0; index < Math.min(a.length, b.length); index++) {
    if (!segmentsMayMeet(a[index]!, b[index]!)) return false;
  }
  return true;
}

/** The leading segments without wildcards, escapes removed: the folder every match lies in. */
export function literalBeginning(value: string): string[] {
  const anchor: string[] = [];
  for (const segment of segmentsOf(value)) {
    if (hasWildcards(segment)) break;
    anchor.push(unescapeSegment(segment));
  }
  return anchor;
}

function segmentsOf(value: string): string[] {
  return value.split("/").filter((segment) => segment !== "" && segment !== ".");
}

function segmentsMayMeet(a: string, b: string): boolean {
  if (a.includes("**") || b.includes("**")) return true;
  const wildA = hasWildcards(a);
  const wildB = hasWildcards(b);
  if (wildA && wildB) return true;
  if (!wildA && !wildB) return unescapeSegment(a) === unescapeSegment(b);
  const matcher = segmentMatcher(wildA ? a : b);
  return matcher === null || matcher.test(unescapeSegment(wildA ? b : a));
}

function unescapeSegment(segment: string): string {
  return segment.replace(/\\(.)/gu, "$1");
}
