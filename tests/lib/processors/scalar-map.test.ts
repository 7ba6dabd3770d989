import { describe, expect, it } from "vitest";
import { ScalarMap } from "../../../lib/processors/scalar-map.js";
import { composeServices, parseCompose } from "../../../lib/analysis/compose-file.js";

/** The ScalarMap of the first service's dockerfile_inline in a compose text. */
function mapOf(text: string): ScalarMap {
  const program = parseCompose(text, "compose.yaml");
  const scalar = program && composeServices(program)[0]?.dockerfileInline;
  if (!scalar) throw new Error("no dockerfile_inline");
  return new ScalarMap(text, scalar);
}

/** Where each character of `needle` (found in the value) is in the YAML text, or null. */
function sourceOf(text: string, needle: string): string | null {
  const map = mapOf(text);
  const index = map.value.indexOf(needle);
  const start = map.sourceOffset(index, "start");
  const end = map.sourceOffset(index + needle.length, "end");
  return start === null || end === null ? null : text.slice(start, end);
}

const wrap = (scalar: string): string => `services:\n  web:\n    build:\n      dockerfile_inline: ${scalar}\n`;

describe("ScalarMap", () => {
  it("maps literal block scalars line by line, keeping extra indentation", () => {
    const text = wrap("|\n        FROM alpine:3.20\n          RUN a \\\n            && b\n\n        CMD [\"x\"]");
    const map = mapOf(text);
    expect(map.value).toBe('FROM alpine:3.20\n  RUN a \\\n    && b\n\nCMD ["x"]\n');
    expect(sourceOf(text, "alpine:3.20")).toBe("alpine:3.20");
    expect(sourceOf(text, "  RUN a")).toBe("  RUN a");
    expect(sourceOf(text, "&& b")).toBe("&& b");
    expect(text.slice(map.sourceOffset(map.value.indexOf("CMD"), "start")!)).toMatch(/^CMD \["x"\]/u);
  });

  it("maps |- and CRLF texts", () => {
    const text = wrap("|-\r\n        FROM a\r\n        CMD b").replace(/\n/gu, "\r\n").replace(/\r\r/gu, "\r");
    expect(mapOf(text).value).toBe("FROM a\nCMD b");
    expect(sourceOf(text, "CMD b")).toBe("CMD b");
  });

  it("maps double-quoted scalars around escapes, and single-quoted around ''", () => {
    const double = wrap('"FROM a\\nRUN echo \\"hi\\" x\\n"');
    expect(mapOf(double).value).toBe('FROM a\nRUN echo "hi" x\n');
    expect(sourceOf(double, "RUN echo ")).toBe("RUN echo ");
    expect(sourceOf(double, '"hi"')).toBeNull();
    expect(sourceOf(double, "hi")).toBe("hi");
    const single = wrap("'FROM a AS it''s'");
    expect(sourceOf(single, "FROM a AS it")).toBe("FROM a AS it");
    expect(sourceOf(single, "s")).toBe("s");
  });

  it("maps folded and multi-line flow scalars where the text is verbatim", () => {
    const folded = wrap(">\n        FROM a\n        AS b\n\n        RUN c");
    expect(mapOf(folded).value).toBe("FROM a AS b\nRUN c\n");
    expect(sourceOf(folded, "AS b")).toBe("AS b");
    // Both ends are exact; what lies between is the folded line break.
    expect(sourceOf(folded, "a AS")).toBe("a\n        AS");
    const plain = wrap("FROM a\n        AS b");
    expect(mapOf(plain).value).toBe("FROM a AS b");
    expect(sourceOf(plain, "AS b")).toBe("AS b");
  });

  it("writes fixes back only where exact, in the scalar's own syntax", () => {
    const literal = mapOf(wrap("|\n        FROM a\n        CMD b"));
    const at = literal.value.indexOf("CMD b");
    expect(literal.mapFix([at, at + 5], 'CMD ["b"]')?.text).toBe('CMD ["b"]');
    expect(literal.mapFix([0, at + 5], "FROM a\nUSER x\nCMD b")?.text).toBe("FROM a\n        USER x\n        CMD b");

    const double = mapOf(wrap('"FROM a\\nCMD b\\n"'));
    const cmd = double.value.indexOf("CMD b");
    expect(double.mapFix([cmd, cmd + 5], 'CMD ["b"]')?.text).toBe('CMD [\\"b\\"]');
    // Across the \n escape: not exact.
    expect(double.mapFix([0, cmd + 5], "x")).toBeNull();

    const single = mapOf(wrap("'CMD b'"));
    expect(single.mapFix([0, 5], "CMD 'b'")?.text).toBe("CMD ''b''");
    expect(single.mapFix([0, 5], "CMD b\nUSER x")).toBeNull();

    const plain = mapOf(wrap("CMD b"));
    expect(plain.mapFix([4, 5], "b c")?.text).toBe("b c");
    expect(plain.mapFix([4, 5], "b # c")).toBeNull();
    expect(plain.mapFix([0, 0], "[x]")).toBeNull();

    const folded = mapOf(wrap(">\n        CMD b"));
    expect(folded.mapFix([4, 5], "c")).toBeNull();
  });

  it("stops mapping at the first piece it cannot line up", () => {
    const text = wrap('"FROM a\\x41BC"');
    expect(mapOf(text).value).toBe("FROM aABC");
    expect(sourceOf(text, "FROM a")).toBe("FROM a");
    expect(sourceOf(text, "BC")).toBe("BC");
  });
});
