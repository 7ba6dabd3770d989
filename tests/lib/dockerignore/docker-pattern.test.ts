import { describe, expect, it } from "vitest";
import { cleanPath, readPattern, trimSpace } from "../../../lib/dockerignore/docker-pattern.js";

describe("cleanPath (Go's filepath.Clean)", () => {
  it.each([
    ["", "."],
    [".", "."],
    ["./", "."],
    ["/", "/"],
    ["//", "/"],
    ["a/", "a"],
    ["a//b", "a/b"],
    ["./a/./b/", "a/b"],
    ["a/../b", "b"],
    ["a/..", "."],
    ["../a", "../a"],
    ["/../a", "/a"],
    ["a/b/../../..", ".."],
    ["**/*.go", "**/*.go"],
  ])("cleans %j to %j", (input, expected) => {
    expect(cleanPath(input)).toBe(expected);
  });
});

describe("trimSpace (Go's strings.TrimSpace)", () => {
  it("trims ASCII and Unicode white space", () => {
    expect(trimSpace(" \t\v\f\u0085\u00a0\u3000a b\u2028 ")).toBe("a b");
  });

  it("keeps U+FEFF, which Go does not count as space", () => {
    expect(trimSpace("\ufeffa")).toBe("\ufeffa");
  });
});

describe("readPattern (moby ignorefile.ReadAll)", () => {
  it.each([
    ["foo", { value: "foo", negated: false }],
    ["  foo  ", { value: "foo", negated: false }],
    ["!foo", { value: "foo", negated: true }],
    ["! foo", { value: "foo", negated: true }],
    ["!", { value: "", negated: true }],
    ["/foo/bar", { value: "foo/bar", negated: false }],
    ["!/foo/", { value: "foo", negated: true }],
    ["./foo", { value: "foo", negated: false }],
    ["/", { value: "/", negated: false }],
    ["//foo", { value: "foo", negated: false }],
    ["/../foo", { value: "foo", negated: false }],
    ["../foo", { value: "../foo", negated: false }],
    ["!!foo", { value: "!foo", negated: true }],
  ])("reads %j", (line, expected) => {
    expect(readPattern(line)).toEqual(expected);
  });
});
