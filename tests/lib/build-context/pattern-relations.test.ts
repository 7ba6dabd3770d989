import { describe, expect, it } from "vitest";
import { covers, literalBeginning, mayOverlap } from "../../../lib/analysis/build-context/pattern-relations.js";

describe("covers", () => {
  it("is true when the outer pattern matches the inner one's literal beginning or a folder above it", () => {
    expect(covers("docs", "docs/build")).toBe(true);
    expect(covers("docs", "docs/*.md")).toBe(true);
    expect(covers("*.md", "README.md")).toBe(true);
    expect(covers("*/tmp", "a/tmp/x/*.log")).toBe(true);
    expect(covers("**/node_modules", "node_modules")).toBe(true);
    expect(covers("**/node_modules", "a/b/node_modules/.cache")).toBe(true);
  });

  it("knows that *, ** and a pattern itself at any depth cover patterns that start with a wildcard", () => {
    expect(covers("*", "**/*.pyc")).toBe(true);
    expect(covers("**", "*.md")).toBe(true);
    expect(covers("**/*.pyc", "*.pyc")).toBe(true);
    expect(covers("*.md", "*.md")).toBe(true);
  });

  it("is false when it cannot be sure", () => {
    expect(covers("docs/build", "docs")).toBe(false);
    expect(covers("*.md", "docs/*.md")).toBe(false);
    expect(covers("*.pyc", "**/*.pyc")).toBe(false);
    expect(covers("*.log", "*.md")).toBe(false);
    expect(covers("README.md", "*.md")).toBe(false);
    expect(covers("temp?", "temp*")).toBe(false);
  });
});

describe("mayOverlap", () => {
  it("is true for patterns that can match one path, or one a folder of the other", () => {
    expect(mayOverlap("*.md", "README.md")).toBe(true);
    expect(mayOverlap("docs", "docs/guide.md")).toBe(true);
    expect(mayOverlap("a/*/c", "a")).toBe(true);
    expect(mayOverlap("a/*/c", "a/b")).toBe(true);
    expect(mayOverlap("*.md", "*.txt")).toBe(true);
    expect(mayOverlap("**/*.log", "keep.txt")).toBe(true);
    expect(mayOverlap("a\\*b", "a*b")).toBe(true);
  });

  it("is false only on a segment that can match no common name", () => {
    expect(mayOverlap("*.log", "README.md")).toBe(false);
    expect(mayOverlap("*.log", "logs/x")).toBe(false);
    expect(mayOverlap("a/b", "a/c")).toBe(false);
    expect(mayOverlap("docs/*.md", "src")).toBe(false);
    expect(mayOverlap("temp?", "temp")).toBe(false);
  });
});

describe("literalBeginning", () => {
  it("takes the segments before the first wildcard, without escapes", () => {
    expect(literalBeginning("docs/api/*.md")).toEqual(["docs", "api"]);
    expect(literalBeginning("**/x")).toEqual([]);
    expect(literalBeginning("a\\*b/c")).toEqual(["a*b", "c"]);
    expect(literalBeginning(".")).toEqual([]);
  });
});
