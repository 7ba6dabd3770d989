import { describe, expect, it } from "vitest";
import { hasFallback, oneEditAway, variableReferences } from "../../../lib/analysis/variable-references.js";

describe("variableReferences", () => {
  it("locates $NAME and ${NAME} with their operators, nested words included", () => {
    const text = "a-$ONE/${TWO}/${THREE:-$FOUR}/${FIVE:?x}";
    const references = variableReferences(text, "\\", 10);
    expect(references.map((r) => [r.name, text.slice(r.nameRange[0] - 10, r.nameRange[1] - 10), r.operator])).toEqual([
      ["ONE", "ONE", null],
      ["TWO", "TWO", null],
      ["THREE", "THREE", ":-"],
      ["FOUR", "FOUR", null],
      ["FIVE", "FIVE", ":?"],
    ]);
    expect(references.map(hasFallback)).toEqual([false, false, true, false, false]);
  });

  it("skips escaped dollars and single-quoted text, not double-quoted text", () => {
    expect(variableReferences("\\$A '$B' \"$C\" $", "\\").map((r) => r.name)).toEqual(["C"]);
    // With a backtick escape, a backslash is an ordinary character.
    expect(variableReferences("`$A \\$B", "`").map((r) => r.name)).toEqual(["B"]);
  });

  it("stops at an unterminated ${", () => {
    expect(variableReferences("${A:-x", "\\").map((r) => r.name)).toEqual(["A"]);
    expect(variableReferences("${", "\\")).toEqual([]);
  });
});

describe("oneEditAway", () => {
  it("finds the one candidate an insertion, deletion, substitution, swap or case change away", () => {
    expect(oneEditAway("PAHT", ["PATH", "HOME"])).toBe("PATH");
    expect(oneEditAway("VERSON", ["VERSION"])).toBe("VERSION");
    expect(oneEditAway("VERSIONS", ["VERSION"])).toBe("VERSION");
    expect(oneEditAway("VERZION", ["VERSION"])).toBe("VERSION");
    expect(oneEditAway("path", ["PATH"])).toBe("PATH");
  });

  it("gives nothing when no candidate or several are that close", () => {
    expect(oneEditAway("HOME", ["PATH"])).toBeNull();
    expect(oneEditAway("AB", ["AC", "AD"])).toBeNull();
    expect(oneEditAway("PATH", ["PATH"])).toBeNull();
  });
});
