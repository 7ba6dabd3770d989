/**
 * Docker-compatible matching of context paths against ignore-file patterns, built on
 * `@balena/dockerignore` (a port of moby's matcher) with the gaps where it departs from Docker
 * closed before a pattern reaches it:
 *
 * - It ignores case unless told not to; Docker (on Linux) does not.
 * - It passes `+ ( ) { } |` into its regular expression unescaped; Docker matches them literally
 *   (`file(1).txt`, `c++`, `a{2}`, `a|b`). Some of these made it throw.
 * - It takes a pattern starting with `#` for a comment; Docker reads only whole lines that way,
 *   so ` #tag` is the pattern `#tag`.
 * - Docker matches a pattern that starts with `**` and holds no other wildcard by its suffix:
 *   `**.go` is every path ending in `.go`. The library reads it as a file named `.go` at any depth.
 * - Its answer cache is a plain object, so `constructor` or `toString` were never ignored.
 * - An invalid pattern (`abc[`) makes it throw on every query; Docker refuses the build. Such
 *   a pattern is left out here and listed in `invalidPatterns`.
 * - Docker checks each pattern with Go's `filepath.Match` first, which rejects a trailing `\`
 *   (`abc\`) and malformed classes the library would accept; those are invalid here too.
 *
 * A lone `!` (empty value) is also refused by Docker; it is left out and listed as invalid.
 */
import dockerignore, { type Ignore } from "@balena/dockerignore";
import type { ReadPattern } from "../../dockerignore/docker-pattern.js";
import { segmentMatcher } from "./source-wildcards.js";

export interface IgnoreMatcher {
  /** Whether Docker leaves this context path (cleaned, relative, no leading `/`) out. */
  ignores(contextPath: string): boolean;
  /** Patterns Docker would reject (`!`, `abc[`): left out of matching. */
  readonly invalidPatterns: readonly ReadPattern[];
}

/** Characters Docker's matcher escapes before building its regular expression. */
const LITERAL_IN_DOCKER = new Set(["+", "(", ")", "{", "}", "|"]);

/** Wildcards that make Docker match a `**`-prefixed pattern as a regular expression. */
const WILDCARD = /[*?[\]\\]/u;

export function createIgnoreMatcher(patterns: readonly ReadPattern[]): IgnoreMatcher {
  const valid: string[] = [];
  const invalidPatterns: ReadPattern[] = [];
  for (const pattern of patterns) {
    const forLibrary = toLibraryPattern(pattern);
    if (forLibrary !== null && goAccepts(pattern.value) && compiles(forLibrary)) valid.push(forLibrary);
    else invalidPatterns.push(pattern);
  }
  const matcher = newIgnore(valid);
  return {
    invalidPatterns,
    ignores(contextPath) {
      if (valid.length === 0) return false;
      try {
        return matcher.ignores(contextPath);
      } catch {
        return false;
      }
    },
  };
}

/** The pattern spelled so that the library matches what Docker matches; null when unusable. */
export function toLibraryPattern({ value, negated }: ReadPattern): string | null {
  if (value === "") return null;
  const spelled = escapeLiterals(suffixForm(value));
  return (negated ? "!" : "") + (spelled.startsWith("#") ? `\\${spelled}` : spelled);
}

// `**.go` (a suffix match in Docker) becomes `**/*.go`, which means the same to the library.
function suffixForm(value: string): string {
  const rest = value.slice(2);
  if (!value.startsWith("**") || rest === "" || rest.startsWith("/") || WILDCARD.test(rest)) return value;
  return `**/*${rest}`;
}

function escapeLiterals(value: string): string {
  let out = "";
  for (let index = 0; index < value.length; index++) {
    const char = value[index]!;
    if (char === "\\" && index + 1 < value.length) {
      out += char + value[++index]!;
    } else {
      out += LITERAL_IN_DOCKER.has(char) ? `\\${char}` : char;
    }
  }
  return out;
}

/** Go's `filepath.Match` syntax: `*`, `?`, closed classes, no trailing `\` (segments do not matter). */
function goAccepts(value: string): boolean {
  return segmentMatcher(value) !== null;
}

function compiles(pattern: string): boolean {
  try {
    newIgnore([pattern]).ignores("x");
    return true;
  } catch {
    return false;
  }
}

function newIgnore(patterns: string[]): Ignore {
  // A CommonJS module whose typings declare a default export: under NodeNext the import is the
  // module object, and the factory is its `default` (which the package sets to itself).
  const matcher = dockerignore.default({ ignorecase: false }).add(patterns);
  // The library caches answers in a plain object: `"constructor" in {}` is true.
  (matcher as unknown as { _cache: object })._cache = Object.create(null) as object;
  return matcher;
}
