/**
 * Wildcards in COPY and ADD sources, matched one path segment at a time with the rules of Go's
 * `filepath.Match`, as BuildKit does: `*` (any run of characters but `/`), `?` (one character),
 * `[a-z]` / `[^a-z]` (a class; `\` escapes inside it), and `\x` (the character x). Dot files are
 * not special. `**` is no wildcard here: it is `*` twice.
 */

/** BuildKit's test: `*`, `?` or `[` not escaped by `\`. */
export function hasWildcards(source: string): boolean {
  for (let index = 0; index < source.length; index++) {
    const char = source[index];
    if (char === "\\") index++;
    else if (char === "*" || char === "?" || char === "[") return true;
  }
  return false;
}

/** A test for names in one folder, or null when Go would reject the pattern. */
export function segmentMatcher(text: string): RegExp | null {
  const segment = Array.from(text); // by code point, as Go reads runes
  let source = "^";
  for (let index = 0; index < segment.length; index++) {
    const char = segment[index]!;
    if (char === "*") {
      source += "[^/]*";
    } else if (char === "?") {
      source += "[^/]";
    } else if (char === "[") {
      const characterClass = readClass(segment, index + 1);
      if (!characterClass) return null;
      source += characterClass.source;
      index = characterClass.end;
    } else if (char === "\\") {
      if (index + 1 === segment.length) return null;
      source += codePoint(segment[++index]!);
    } else {
      source += codePoint(char);
    }
  }
  return new RegExp(`${source}$`, "u");
}

/** The class starting after `[` at `start`: its regular expression and the index of its `]`. */
function readClass(segment: readonly string[], start: number): { source: string; end: number } | null {
  let index = start;
  const negated = segment[index] === "^";
  if (negated) index++;
  let ranges = "";
  for (let count = 0; ; count++) {
    if (index >= segment.length) return null;
    if (segment[index] === "]" && count > 0) break;
    const low = readClassChar(segment, index);
    if (!low) return null;
    index = low.next;
    let high = low;
    if (segment[index] === "-") {
      const read = readClassChar(segment, index + 1);
      if (!read) return null;
      high = read;
      index = read.next;
    }
    // Go accepts a range such as `z-a` and matches nothing with it.
    if (low.char.codePointAt(0)! <= high.char.codePointAt(0)!) {
      ranges += `${codePoint(low.char)}-${codePoint(high.char)}`;
    }
  }
  return { source: `[${negated ? "^" : ""}${ranges}]`, end: index };
}

/** One character of a class (`\` escapes it); an unescaped `-` or `]` is an error in Go. */
function readClassChar(segment: readonly string[], index: number): { char: string; next: number } | null {
  let char = segment[index];
  if (char === undefined || char === "-" || char === "]") return null;
  if (char === "\\") {
    char = segment[index + 1];
    if (char === undefined) return null;
    return { char, next: index + 2 };
  }
  return { char, next: index + 1 };
}

/** A character as a regular-expression escape, so that nothing in it is special. */
function codePoint(char: string): string {
  return `\\u{${char.codePointAt(0)!.toString(16)}}`;
}
