import { describe, expect, it } from "vitest";
import { parseIgnoreFile } from "../../../lib/dockerignore/dockerignore-parser.js";
import type { IgnoreLine } from "../../../lib/dockerignore/dockerignore-ast.js";

/** Each line as [type, text covered by its range]. */
function spans(text: string): [IgnoreLine["type"], string][] {
  return parseIgnoreFile(text).body.map((line) => [line.type, text.slice(line.range[0], line.range[1])]);
}

describe("parseIgnoreFile", () => {
  it("gives an empty body for an empty file, with a root covering nothing", () => {
    expect(parseIgnoreFile("")).toEqual({
      type: "IgnoreFile",
      body: [],
      range: [0, 0],
      loc: { start: { line: 1, column: 0 }, end: { line: 1, column: 0 } },
    });
  });

  it("reads a pattern line with exact range and location", () => {
    const root = parseIgnoreFile("node_modules\n");
    expect(root.range).toEqual([0, 13]);
    expect(root.loc).toEqual({ start: { line: 1, column: 0 }, end: { line: 2, column: 0 } });
    expect(root.body).toEqual([
      {
        type: "Pattern",
        raw: "node_modules",
        value: "node_modules",
        negated: false,
        range: [0, 12],
        loc: { start: { line: 1, column: 0 }, end: { line: 1, column: 12 } },
      },
    ]);
  });

  it("does not make a node of the empty text after the last line break", () => {
    expect(spans("a\n")).toEqual([["Pattern", "a"]]);
    expect(spans("a\n\n")).toEqual([
      ["Pattern", "a"],
      ["BlankLine", ""],
    ]);
    expect(spans("\n")).toEqual([["BlankLine", ""]]);
  });

  it("reads a file without a final line break", () => {
    const root = parseIgnoreFile("a\nb");
    expect(root.body.map((line) => line.range)).toEqual([
      [0, 1],
      [2, 3],
    ]);
    expect(root.loc.end).toEqual({ line: 2, column: 1 });
  });

  it("reads a negated pattern: `!` and the space after it are not part of the value", () => {
    const [line] = parseIgnoreFile("  ! README.md  ").body;
    expect(line).toEqual({
      type: "Pattern",
      raw: "! README.md",
      value: "README.md",
      negated: true,
      range: [2, 13],
      loc: { start: { line: 1, column: 2 }, end: { line: 1, column: 13 } },
    });
  });

  it("cleans the value as Docker does and keeps the raw text", () => {
    const lines = parseIgnoreFile("/foo/bar/\n./src//lib/../app\n!/tmp\n**/*.go\n").body;
    expect(lines.map((line) => (line.type === "Pattern" ? [line.raw, line.value, line.negated] : null))).toEqual([
      ["/foo/bar/", "foo/bar", false],
      ["./src//lib/../app", "src/app", false],
      ["!/tmp", "tmp", true],
      ["**/*.go", "**/*.go", false],
    ]);
  });

  it("gives a lone `!` an empty value", () => {
    expect(parseIgnoreFile("!").body[0]).toMatchObject({ type: "Pattern", raw: "!", value: "", negated: true });
  });

  it("makes a comment only of a `#` in the first column", () => {
    const text = "# build output\n  # not a comment\n#eslint-disable\n#\n";
    const lines = parseIgnoreFile(text).body;
    expect(lines[0]).toEqual({
      type: "Comment",
      value: "build output",
      range: [0, 14],
      loc: { start: { line: 1, column: 0 }, end: { line: 1, column: 14 } },
    });
    expect(lines[1]).toMatchObject({ type: "Pattern", raw: "# not a comment", value: "# not a comment" });
    expect(lines[2]).toMatchObject({ type: "Comment", value: "eslint-disable" });
    expect(lines[3]).toMatchObject({ type: "Comment", value: "", range: [49, 50] });
  });

  it("makes blank-line nodes cover the whitespace of the line", () => {
    const text = "a\n \t \n\nb";
    const lines = parseIgnoreFile(text).body;
    expect(lines.map((line) => [line.type, line.range])).toEqual([
      ["Pattern", [0, 1]],
      ["BlankLine", [2, 5]],
      ["BlankLine", [6, 6]],
      ["Pattern", [7, 8]],
    ]);
    expect(lines[1]!.loc).toEqual({ start: { line: 2, column: 0 }, end: { line: 2, column: 3 } });
    expect(lines[2]!.loc).toEqual({ start: { line: 3, column: 0 }, end: { line: 3, column: 0 } });
  });

  it("keeps CRLF out of the nodes", () => {
    const text = "*.md\r\n!README.md\r\n\r\n# c\r\n";
    expect(spans(text)).toEqual([
      ["Pattern", "*.md"],
      ["Pattern", "!README.md"],
      ["BlankLine", ""],
      ["Comment", "# c"],
    ]);
    const lines = parseIgnoreFile(text).body;
    expect(lines[1]!.range).toEqual([6, 16]);
    expect(lines[1]!.loc).toEqual({ start: { line: 2, column: 0 }, end: { line: 2, column: 10 } });
    expect(lines[3]!.loc).toEqual({ start: { line: 4, column: 0 }, end: { line: 4, column: 3 } });
  });

  it("treats a lone CR as a line break", () => {
    const text = "a\rb\r\rc";
    expect(spans(text)).toEqual([
      ["Pattern", "a"],
      ["Pattern", "b"],
      ["BlankLine", ""],
      ["Pattern", "c"],
    ]);
    expect(parseIgnoreFile(text).body[3]!.loc).toEqual({
      start: { line: 4, column: 0 },
      end: { line: 4, column: 1 },
    });
  });

  it("trims tabs and Unicode spaces around a pattern as Go's TrimSpace does", () => {
    const [line] = parseIgnoreFile("\tdist\t\u00a0").body;
    expect(line).toMatchObject({ raw: "dist", value: "dist", range: [1, 5] });
    expect(line!.loc).toEqual({ start: { line: 1, column: 1 }, end: { line: 1, column: 5 } });
  });

  it("keeps a tab inside a pattern", () => {
    expect(parseIgnoreFile("my\tfile").body[0]).toMatchObject({ raw: "my\tfile", value: "my\tfile" });
  });

  it("counts columns in UTF-16 code units, as ESLint does", () => {
    const [line] = parseIgnoreFile("  données/été  ").body;
    expect(line).toMatchObject({ raw: "données/été", range: [2, 13] });
  });
});
