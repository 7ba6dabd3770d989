/**
 * The matcher against Docker's documented `.dockerignore` rules
 * (https://docs.docker.com/build/concepts/context/#dockerignore-files) and moby's
 * `patternmatcher`, fed the way the build context feeds it: lines read by the parser.
 */
import { describe, expect, it } from "vitest";
import { createIgnoreMatcher, toLibraryPattern } from "../../../lib/analysis/build-context/ignore-matcher.js";
import { parseIgnoreFile } from "../../../lib/dockerignore/dockerignore-parser.js";

function matcherFor(lines: string[]) {
  const patterns = parseIgnoreFile(lines.join("\n")).body.flatMap((line) =>
    line.type === "Pattern" ? [{ value: line.value, negated: line.negated }] : [],
  );
  return createIgnoreMatcher(patterns);
}

/** Paths the ignore file leaves out, among those given. */
function ignored(lines: string[], paths: string[]): string[] {
  const matcher = matcherFor(lines);
  return paths.filter((candidate) => matcher.ignores(candidate));
}

describe("Docker's documented examples", () => {
  it("`*/temp*` leaves out names starting with temp one level down", () => {
    expect(ignored(["*/temp*"], ["somedir/temporary.txt", "somedir/temp", "temp", "a/b/temp", "tempx"])).toEqual([
      "somedir/temporary.txt",
      "somedir/temp",
    ]);
  });

  it("`*/*/temp*` leaves them out two levels down", () => {
    expect(ignored(["*/*/temp*"], ["somedir/subdir/temporary.txt", "somedir/temp", "a/b/c/temp"])).toEqual([
      "somedir/subdir/temporary.txt",
    ]);
  });

  it("`temp?` matches one character, at the root only", () => {
    expect(ignored(["temp?"], ["tempa", "tempb", "temp", "tempab", "dir/tempa", "temp/"])).toEqual([
      "tempa",
      "tempb",
    ]);
  });

  it("`**/*.go` matches at any depth, the root included", () => {
    expect(ignored(["**/*.go"], ["main.go", "cmd/app/main.go", "main.go.txt", "go"])).toEqual([
      "main.go",
      "cmd/app/main.go",
    ]);
  });

  it("`*.md` then `!README.md` keeps only the README", () => {
    expect(ignored(["*.md", "!README.md"], ["README.md", "CHANGELOG.md", "docs/guide.md"])).toEqual(["CHANGELOG.md"]);
  });

  it("the last matching line wins: `!README*.md` before `README-secret.md`", () => {
    const lines = ["*.md", "!README*.md", "README-secret.md"];
    expect(ignored(lines, ["README-secret.md", "README-public.md", "NOTES.md"])).toEqual([
      "README-secret.md",
      "NOTES.md",
    ]);
  });

  it("the last matching line wins: `README-secret.md` before `!README*.md` has no effect", () => {
    const lines = ["*.md", "README-secret.md", "!README*.md"];
    expect(ignored(lines, ["README-secret.md", "README-public.md", "NOTES.md"])).toEqual(["NOTES.md"]);
  });

  it("`/foo/bar` and `foo/bar` both match bar in foo at the root, nothing else", () => {
    for (const pattern of ["/foo/bar", "foo/bar", "./foo/bar", "foo/bar/", "foo//bar"]) {
      expect(ignored([pattern], ["foo/bar", "x/foo/bar", "foo/barx", "foo/bar/baz.txt"])).toEqual([
        "foo/bar",
        "foo/bar/baz.txt",
      ]);
    }
  });
});

describe("folders and negation", () => {
  it("a pattern matching a folder leaves out everything inside it", () => {
    expect(ignored(["secrets"], ["secrets", "secrets/key.txt", "secrets/a/b/c", "secretsx", "a/secrets"])).toEqual([
      "secrets",
      "secrets/key.txt",
      "secrets/a/b/c",
    ]);
  });

  it("`!` puts a file back inside a folder left out", () => {
    expect(ignored(["dir", "!dir/keep"], ["dir", "dir/keep", "dir/keep/inner", "dir/other"])).toEqual([
      "dir",
      "dir/other",
    ]);
  });

  it("`*` then `!src` keeps only src", () => {
    expect(ignored(["*", "!src"], ["src", "src/app.js", "README.md", "lib/x.js"])).toEqual(["README.md", "lib/x.js"]);
  });

  it("a negation before the pattern it meant to undo has no effect", () => {
    expect(ignored(["!keep.txt", "*.txt"], ["keep.txt"])).toEqual(["keep.txt"]);
  });

  it("`dir/**` leaves out what is inside dir, not dir itself", () => {
    expect(ignored(["dir/**"], ["dir", "dir/a", "dir/a/b"])).toEqual(["dir/a", "dir/a/b"]);
  });

  it("`**/node_modules` matches the folder at any depth, with its content", () => {
    expect(
      ignored(["**/node_modules"], ["node_modules", "node_modules/x/index.js", "app/node_modules/y", "node_modulesx"]),
    ).toEqual(["node_modules", "node_modules/x/index.js", "app/node_modules/y"]);
  });

  it("`**` alone leaves out everything", () => {
    expect(ignored(["**"], ["a", "a/b/c"])).toEqual(["a", "a/b/c"]);
  });
});

describe("where the library departs from Docker (fixed here)", () => {
  it("matches case-sensitively, as Docker on Linux", () => {
    expect(ignored(["*.md"], ["README.md", "README.MD"])).toEqual(["README.md"]);
  });

  it("matches `+ ( ) { } |` literally", () => {
    expect(ignored(["file(1).txt"], ["file(1).txt", "file1.txt"])).toEqual(["file(1).txt"]);
    expect(ignored(["c++"], ["c++", "c", "cc"])).toEqual(["c++"]);
    expect(ignored(["a{2}"], ["a{2}", "aa"])).toEqual(["a{2}"]);
    expect(ignored(["a|b"], ["a|b", "a", "b"])).toEqual(["a|b"]);
    expect(ignored(["(x)/*"], ["(x)/y", "x/y"])).toEqual(["(x)/y"]);
  });

  it("reads an escaped character literally", () => {
    expect(ignored(["foo\\*"], ["foo*", "foox"])).toEqual(["foo*"]);
    expect(ignored(["\\(x\\)"], ["(x)", "x"])).toEqual(["(x)"]);
  });

  it("reads a pattern starting with `#` (a line not starting with it) as a pattern", () => {
    expect(ignored([" #tag"], ["#tag", "tag"])).toEqual(["#tag"]);
    expect(ignored(["*", "!#keep"], ["#keep", "x"])).toEqual(["x"]);
  });

  it("matches `**.go` by suffix, as Docker does", () => {
    expect(ignored(["**.go"], ["main.go", "cmd/main.go", "main.go.txt", ".go"])).toEqual([
      "main.go",
      "cmd/main.go",
      ".go",
    ]);
    expect(ignored(["**foo"], ["foo", "xfoo", "a/xfoo", "a/foo/b"])).toEqual(["foo", "xfoo", "a/xfoo", "a/foo/b"]);
  });

  it("answers for names that are also Object.prototype keys", () => {
    expect(ignored(["*"], ["constructor", "toString", "__proto__", "hasOwnProperty"])).toEqual([
      "constructor",
      "toString",
      "__proto__",
      "hasOwnProperty",
    ]);
  });

  it("leaves out patterns Docker rejects, and never throws", () => {
    const matcher = matcherFor(["abc[", "!", "*.log"]);
    expect(matcher.invalidPatterns).toEqual([
      { value: "abc[", negated: false },
      { value: "", negated: true },
    ]);
    expect(matcher.ignores("x.log")).toBe(true);
    expect(matcher.ignores("abc[")).toBe(false);
  });

  it("spells patterns for the library", () => {
    expect(toLibraryPattern({ value: "a+b", negated: true })).toBe("!a\\+b");
    expect(toLibraryPattern({ value: "#x", negated: false })).toBe("\\#x");
    expect(toLibraryPattern({ value: "**.go", negated: false })).toBe("**/*.go");
    expect(toLibraryPattern({ value: "**/*.go", negated: false })).toBe("**/*.go");
    expect(toLibraryPattern({ value: "**.g?", negated: false })).toBe("**.g?");
    expect(toLibraryPattern({ value: "", negated: true })).toBeNull();
  });
});

describe("an empty ignore file", () => {
  it("leaves nothing out", () => {
    expect(ignored([], ["a", "Dockerfile"])).toEqual([]);
    expect(ignored(["# only a comment", ""], ["a"])).toEqual([]);
  });
});

describe("patterns Go's filepath.Match rejects", () => {
  it("leaves out a pattern ending with a lone `\\`, as Docker refuses it", () => {
    const matcher = createIgnoreMatcher([
      { value: "log\\", negated: false },
      { value: "a\\\\", negated: false },
      { value: "b[", negated: false },
    ]);
    expect(matcher.invalidPatterns.map((pattern) => pattern.value)).toEqual(["log\\", "b["]);
    expect(matcher.ignores("a\\")).toBe(true);
  });
});
