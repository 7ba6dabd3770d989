import type { Linter } from "eslint";
import { describe, expect, it } from "vitest";
import { composeProcessor } from "../../../lib/processors/compose.js";

const { preprocess, postprocess } = composeProcessor as Required<Linter.Processor>;

const COMPOSE = [
  "services:",
  "  web:",
  "    build:",
  "      dockerfile_inline: |",
  "        FROM node",
  "        CMD node a.js",
  "  note:",
  "    build:",
  "      dockerfile_inline: >",
  "        FROM a",
  "        AS b",
  "",
].join("\n");

function message(line: number, column: number, extra: Partial<Linter.LintMessage> = {}): Linter.LintMessage {
  return { ruleId: "dockerfile/x", severity: 2, message: "m", line, column, ...extra } as Linter.LintMessage;
}

describe("the compose processor", () => {
  it("passes the YAML through as block 0 and each dockerfile_inline as a Dockerfile block", () => {
    const blocks = preprocess(COMPOSE, "/p/compose.yaml");
    expect(blocks).toEqual([
      { text: COMPOSE, filename: "compose.yaml" },
      { text: "FROM node\nCMD node a.js\n", filename: "web.dockerfile" },
      { text: "FROM a AS b\n", filename: "note.dockerfile" },
    ]);
    postprocess([[], [], []], "/p/compose.yaml");
  });

  it("places messages in the YAML text, maps exact fixes, and sorts the result", () => {
    preprocess(COMPOSE, "/p/compose.yaml");
    const yamlMessage = message(7, 3);
    const cmd = message(2, 1, { endLine: 2, endColumn: 14, fix: { range: [10, 23], text: 'CMD ["node", "a.js"]' } });
    const from = message(1, 6, { endLine: 1, endColumn: 10 });
    const folded = message(1, 8, { endLine: 1, endColumn: 12, fix: { range: [7, 11], text: "AS c" } });
    const result = postprocess([[yamlMessage], [cmd, from], [folded]], "/p/compose.yaml");
    expect(result.map((m) => [m.line, m.column, m.endLine, m.endColumn])).toEqual([
      [5, 14, 5, 18],
      [6, 9, 6, 22],
      [7, 3, undefined, undefined],
      [11, 9, 11, 13],
    ]);
    const lines = COMPOSE.split("\n");
    const cmdFix = result[1]!.fix!;
    expect(COMPOSE.slice(cmdFix.range[0], cmdFix.range[1])).toBe("CMD node a.js");
    expect(cmdFix.text).toBe('CMD ["node", "a.js"]');
    expect(lines[10]).toBe("        AS b");
    // Folded scalars: reported, never fixed.
    expect(result[3]!.fix).toBeUndefined();
  });

  it("reports at the scalar when a position cannot be mapped, without a fix", () => {
    const text = 'services:\n  web:\n    build:\n      dockerfile_inline: "FROM a\\nCMD b"\n';
    preprocess(text, "/p/compose.yaml");
    // Column 7 of line 1 is the value's line break, written as the escape `\n`.
    const [mapped] = postprocess([[], [message(1, 7, { endLine: 1, endColumn: 8, fix: { range: [6, 7], text: " " } })]], "/p/compose.yaml");
    expect([mapped!.line, mapped!.column, mapped!.endLine, mapped!.endColumn]).toEqual([4, 26, 4, 41]);
    expect(mapped!.fix).toBeUndefined();
  });

  it("passes a malformed YAML file through alone, for the YAML language to report", () => {
    const text = "services:\n  web: [\n";
    expect(preprocess(text, "/p/compose.yaml")).toEqual([{ text, filename: "compose.yaml" }]);
    expect(postprocess([[message(3, 1, { fatal: true, ruleId: null })]], "/p/compose.yaml")).toHaveLength(1);
  });

  it("keeps a BOM in block 0 and maps offsets of the text without it", () => {
    const text = `\uFEFF${COMPOSE}`;
    const [whole] = preprocess(text, "/p/compose.yaml") as { text: string }[];
    expect(whole!.text).toBe(text);
    const [mapped] = postprocess([[], [message(2, 1, { fix: { range: [10, 13], text: "ENTRYPOINT" } })], []], "/p/compose.yaml");
    expect(COMPOSE.slice(mapped!.fix!.range[0], mapped!.fix!.range[1])).toBe("CMD");
  });
});
