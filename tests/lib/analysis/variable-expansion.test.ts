import { describe, expect, it } from "vitest";
import { expandVariables, type VariableLookup } from "../../../lib/analysis/variable-expansion.js";

const scope: Record<string, string | null> = { NAME: "app", EMPTY: "", UNKNOWN: null, TAG: "3.12" };
const lookup: VariableLookup = (name) => (name in scope ? scope[name] : undefined);
const expand = (text: string, escape = "\\") => expandVariables(text, lookup, escape);

describe("expandVariables", () => {
  it.each([
    ["plain", "plain"],
    ["$NAME", "app"],
    ["${NAME}", "app"],
    ["python:${TAG}-slim", "python:3.12-slim"],
    ["$NAME-$TAG", "app-3.12"],
    ["${MISSING:-python}", "python"],
    ["${EMPTY:-python}", "python"],
    ["${EMPTY-python}", ""],
    ["${MISSING-python}", "python"],
    ["${NAME:-python}", "app"],
    ["${NAME:+x}", "x"],
    ["${EMPTY:+x}", ""],
    ["${EMPTY+x}", "x"],
    ["${MISSING+x}", ""],
    ["${MISSING:-${NAME}}", "app"],
    ["$MISSING", ""],
    ["cost: 5$", "cost: 5$"],
    ["\\$NAME", "$NAME"],
    // An unknown value is taken as "not passed": the default is what a plain build uses.
    ["${UNKNOWN:-fallback}", "fallback"],
  ])("expands %j to %j", (text, expected) => {
    expect(expand(text).value).toBe(expected);
  });

  it("uses the backtick escape when the file declares it", () => {
    expect(expand("`$NAME", "`").value).toBe("$NAME");
    expect(expand("\\$NAME", "`").value).toBe("\\app");
  });

  it("gives null when a value comes from outside the file", () => {
    expect(expand("$UNKNOWN").value).toBeNull();
    expect(expand("python:${UNKNOWN}").value).toBeNull();
    expect(expand("${UNKNOWN:+x}").value).toBeNull();
    expect(expand("${NAME#a}").value).toBeNull();
  });

  it("lists references and undeclared names", () => {
    const result = expand("$NAME ${MISSING:-x} ${NAME} $OTHER");
    expect(result.references).toEqual(["NAME", "MISSING", "OTHER"]);
    expect(result.undeclared).toEqual(["MISSING", "OTHER"]);
  });
});
