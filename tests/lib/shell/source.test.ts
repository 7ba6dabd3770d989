import { describe, expect, it } from "vitest";
import { heredocSource, jsonStringSource, shellFormSource, type ShellSource } from "../../../lib/shell/index.js";
import { SourceBuilder } from "../../../lib/shell/source.js";

/** The Dockerfile text each character of the shell text came from. */
function origins(source: ShellSource, dockerfile: string): string[] {
  return Array.from(source.text, (_, i) => dockerfile.slice(source.offsetAt(i), source.endOffsetAt(i + 1)));
}

describe("shellFormSource", () => {
  it("is the raw text itself when there is no line break", () => {
    const dockerfile = "FROM x\nRUN echo hi";
    const source = shellFormSource("echo hi", 11, "\\");
    expect(source.text).toBe("echo hi");
    expect(source.offsetAt(5)).toBe(16);
    expect(source.endOffsetAt(7)).toBe(18);
    expect(dockerfile.slice(source.offsetAt(0), source.endOffsetAt(7))).toBe("echo hi");
  });

  it("joins continued lines the way Docker does, removing the escape and the line break", () => {
    const raw = "apt-get update \\\n  && ap\\\nt-get install x";
    const dockerfile = `RUN ${raw}`;
    const source = shellFormSource(raw, 4, "\\");
    expect(source.text).toBe("apt-get update   && apt-get install x");
    const at = source.text.indexOf("apt-get install");
    expect(dockerfile.slice(source.offsetAt(at), source.endOffsetAt(at + 7))).toBe("ap\\\nt-get");
    expect(origins(source, dockerfile).join("")).toBe(source.text);
  });

  it("ends a range before a continuation that follows it", () => {
    const raw = "echo a \\\n b";
    const source = shellFormSource(raw, 0, "\\");
    expect(source.text).toBe("echo a  b");
    expect(raw.slice(source.offsetAt(5), source.endOffsetAt(6))).toBe("a");
    expect(raw.slice(source.offsetAt(8), source.endOffsetAt(9))).toBe("b");
  });

  it("accepts blanks between the escape and the line break", () => {
    expect(shellFormSource("a \\  \t\n b", 0, "\\").text).toBe("a  b");
  });

  it("drops comment lines and empty lines inside a continuation", () => {
    const raw = "apt-get install \\\n  # a comment \\\n\n  \t\n  curl";
    expect(shellFormSource(raw, 0, "\\").text).toBe("apt-get install   curl");
  });

  it("keeps `#` lines that do not follow a continuation (heredoc content)", () => {
    expect(shellFormSource("cat <<EOF\n# kept\nEOF", 0, "\\").text).toBe("cat <<EOF\n# kept\nEOF");
  });

  it("keeps heredoc bodies after the command line as written", () => {
    const raw = "cat <<EOF > /x.sh && \\\n  sh /x.sh\napt-get install \\\n# kept\n\nEOF";
    expect(shellFormSource(raw, 0, "\\").text).toBe("cat <<EOF > /x.sh &&   sh /x.sh\napt-get install \\\n# kept\n\nEOF");
    const two = "a <<-'A' <<\"B\"\n\tx \\\n\tA\ny \\\nB";
    expect(shellFormSource(two, 0, "\\").text).toBe(two);
    expect(shellFormSource("a <<< x \\\n  b", 0, "\\").text).toBe("a <<< x   b");
  });

  it("uses the backtick as the continuation with `# escape=`` and leaves backslashes alone", () => {
    const raw = "dir c:\\ `\r\n  && echo `\n  done";
    const source = shellFormSource(raw, 0, "`");
    expect(source.text).toBe("dir c:\\   && echo   done");
  });

  it("reads CRLF and lone CR line breaks", () => {
    expect(shellFormSource("a \\\r\n b \\\r c", 0, "\\").text).toBe("a  b  c");
    const source = shellFormSource("cat <<EOF\r\nx\rEOF", 0, "\\");
    expect(source.text).toBe("cat <<EOF\nx\nEOF");
    expect(source.offsetAt(10)).toBe(11);
    expect(source.endOffsetAt(10)).toBe(11);
  });

  it("removes an escape at the very end", () => {
    expect(shellFormSource("echo \\", 0, "\\").text).toBe("echo ");
  });
});

describe("heredocSource", () => {
  it("maps 1:1", () => {
    const source = heredocSource("set -e\napt-get update\n", 30);
    expect(source.text).toBe("set -e\napt-get update\n");
    expect(source.offsetAt(7)).toBe(37);
  });

  it("turns CRLF and lone CR into LF, keeping offsets", () => {
    const body = "a\r\nb\rc";
    const source = heredocSource(body, 10);
    expect(source.text).toBe("a\nb\nc");
    expect(origins(source, " ".repeat(10) + body)).toEqual(["a", "\r\n", "b", "\r", "c"]);
    expect(source.offsetAt(2)).toBe(13);
  });
});

describe("jsonStringSource", () => {
  it("decodes escapes and maps each character to its escape", () => {
    const literal = String.raw`"echo \"a\\b\" \u00e9\t\/"`;
    const dockerfile = `RUN ["sh", "-c", ${literal}]`;
    const base = dockerfile.indexOf(literal);
    const source = jsonStringSource(literal, base);
    expect(source.text).toBe('echo "a\\b" \u00e9\t/');
    expect(origins(source, dockerfile)).toEqual([
      "e", "c", "h", "o", " ", '\\"', "a", "\\\\", "b", '\\"', " ", "\\u00e9", "\\t", "\\/",
    ]);
    expect(source.offsetAt(0)).toBe(base + 1);
    expect(source.endOffsetAt(source.text.length)).toBe(base + literal.length - 1);
  });

  it("keeps malformed escapes and tolerates a missing closing quote", () => {
    expect(jsonStringSource(String.raw`"a\qb\u12"`, 0).text).toBe(String.raw`a\qb\u12`);
    expect(jsonStringSource(`"abc`, 0).text).toBe("abc");
    expect(jsonStringSource(`""`, 5).text).toBe("");
  });

  it("joins continued lines before decoding", () => {
    const literal = '"apt-get \\\n  install"';
    expect(jsonStringSource(literal, 0).text).toBe("apt-get   install");
  });

  it("maps surrogate pairs written as two escapes", () => {
    const literal = String.raw`"\ud83d\ude00!"`;
    const source = jsonStringSource(literal, 0);
    expect(source.text).toBe("😀!");
    expect(literal.slice(source.offsetAt(0), source.endOffsetAt(2))).toBe(String.raw`\ud83d\ude00`);
  });
});

describe("SourceBuilder", () => {
  it("grows past its capacity", () => {
    const builder = new SourceBuilder(10, 1);
    builder.pushVerbatim("abc", 10);
    builder.push("d", 13, 15);
    const source = builder.build(15);
    expect(source.text).toBe("abcd");
    expect([source.offsetAt(3), source.endOffsetAt(4), source.offsetAt(4)]).toEqual([13, 15, 15]);
  });
});
