import { describe, expect, it } from "vitest";
import { hasWildcards, segmentMatcher } from "../../../lib/analysis/build-context/source-wildcards.js";

function matches(segment: string, names: string[]): string[] {
  const matcher = segmentMatcher(segment);
  if (!matcher) throw new Error(`rejected: ${segment}`);
  return names.filter((name) => matcher.test(name));
}

describe("hasWildcards", () => {
  it.each([
    ["package*.json", true],
    ["file?.txt", true],
    ["[ab].txt", true],
    ["src/app.js", false],
    ["a\\*b", false],
    ["a\\\\*b", true],
  ])("%j -> %j", (source, expected) => {
    expect(hasWildcards(source)).toBe(expected);
  });
});

describe("segmentMatcher (Go's filepath.Match on one segment)", () => {
  it("matches `*` and `?`, dot files included", () => {
    expect(matches("package*.json", ["package.json", "package-lock.json", "xpackage.json"])).toEqual([
      "package.json",
      "package-lock.json",
    ]);
    expect(matches("*", [".env", "a"])).toEqual([".env", "a"]);
    expect(matches("?.txt", ["a.txt", "ab.txt", ".txt"])).toEqual(["a.txt"]);
  });

  it("matches classes, ranges and negated classes", () => {
    expect(matches("[A-Z]*.md", ["README.md", "notes.md"])).toEqual(["README.md"]);
    expect(matches("[^a-m]x", ["ax", "zx", "Mx"])).toEqual(["zx", "Mx"]);
    expect(matches("[\\]]", ["]", "\\"])).toEqual(["]"]);
    expect(matches("[!a]", ["!", "a", "b"])).toEqual(["!", "a"]);
  });

  it("reads other characters, and escaped ones, literally", () => {
    expect(matches("a+(b).*", ["a+(b).x", "aa(b).x"])).toEqual(["a+(b).x"]);
    expect(matches("\\*x*", ["*x1", "yx1"])).toEqual(["*x1"]);
  });

  it("matches nothing with a reversed range, as Go", () => {
    expect(matches("[z-a]", ["a", "z"])).toEqual([]);
    expect(matches("[z-ax]", ["a", "x"])).toEqual(["x"]);
    expect(matches("[^z-a]", ["a", "z"])).toEqual(["a", "z"]);
  });

  it("reads characters outside the BMP whole", () => {
    expect(matches("?.txt", ["🐳.txt", "a.txt"])).toEqual(["🐳.txt", "a.txt"]);
    expect(matches("🐳*", ["🐳x", "x"])).toEqual(["🐳x"]);
  });

  it("rejects what Go rejects", () => {
    for (const bad of ["[", "[a", "[]", "[-a]", "a\\", "[^", "[a-]"]) {
      expect(segmentMatcher(bad)).toBeNull();
    }
  });
});
