/**
 * The language through ESLint's Linter: inline configuration, parse errors, selectors, BOM.
 */
import { Linter } from "eslint";
import { describe, expect, it } from "vitest";
import plugin from "../../../index.js";
import type { DockerfileRuleDefinition } from "../../../lib/rule.js";

/** Reports every RUN, and every flag of a RUN through a child selector. */
const probe: DockerfileRuleDefinition = {
  meta: { type: "problem", docs: { description: "test", recommended: false, strict: false, hadolint: [], buildkit: [] }, messages: { run: "run", flag: "flag {{name}}" }, schema: [] },
  create(context) {
    return {
      RUN(node) {
        context.report({ node, messageId: "run" });
      },
      "RUN > Flag"(node: { name: string; loc: unknown }) {
        context.report({ node: node as never, messageId: "flag", data: { name: node.name } });
      },
    };
  },
};

const testPlugin = { ...plugin, rules: { ...plugin.rules, probe } };

function lint(text: string, options: { filename?: string; unused?: boolean } = {}): Linter.LintMessage[] {
  const linter = new Linter({ configType: "flat" });
  return linter.verify(
    text,
    [
      {
        files: ["**/Dockerfile", "**/*.dockerfile"],
        plugins: { dockerfile: testPlugin as never },
        language: "dockerfile/dockerfile",
        rules: { "dockerfile/probe": "error" },
        linterOptions: { reportUnusedDisableDirectives: options.unused ? "error" : "off" },
      },
    ],
    options.filename ?? "Dockerfile",
  );
}

const summary = (messages: Linter.LintMessage[]) => messages.map((m) => `${m.line}:${m.column} ${m.ruleId ?? "-"} ${m.message}`);

describe("dockerfile language through the Linter", () => {
  it("visits instructions and child selectors", () => {
    expect(summary(lint("FROM a\nRUN --network=none echo\n"))).toEqual([
      "2:1 dockerfile/probe run",
      "2:5 dockerfile/probe flag network",
    ]);
  });

  it("honours eslint-disable-next-line with a reason", () => {
    const text = "FROM a\n# eslint-disable-next-line dockerfile/probe -- legacy image\nRUN echo\nRUN echo\n";
    expect(summary(lint(text))).toEqual(["4:1 dockerfile/probe run"]);
  });

  it("honours eslint-disable / eslint-enable blocks", () => {
    const text = "FROM a\n# eslint-disable dockerfile/probe\nRUN one\nRUN two\n# eslint-enable dockerfile/probe\nRUN three\n";
    expect(summary(lint(text))).toEqual(["6:1 dockerfile/probe run"]);
  });

  it("honours rule configuration comments", () => {
    expect(summary(lint('# eslint dockerfile/probe: "off"\nFROM a\nRUN echo\n'))).toEqual([]);
  });

  it("reports a malformed rule configuration comment", () => {
    const messages = lint("# eslint dockerfile/probe: [\nFROM a\n");
    expect(messages).toHaveLength(1);
    expect(messages[0]!.ruleId).toBeNull();
    expect(messages[0]!.line).toBe(1);
  });

  it("reports unused disable directives", () => {
    const messages = lint("FROM a\n# eslint-disable-next-line dockerfile/probe\nCMD x\n", { unused: true });
    expect(messages).toHaveLength(1);
    expect(messages[0]!.message).toMatch(/Unused eslint-disable directive/u);
    expect(messages[0]!.line).toBe(2);
  });

  it("explains why eslint-disable-line cannot work", () => {
    const messages = lint("FROM a\nRUN echo\n# eslint-disable-line dockerfile/probe\n");
    expect(summary(messages)).toContain("2:1 dockerfile/probe run");
    expect(messages.some((m) => m.ruleId === null && /eslint-disable-line cannot work here/u.test(m.message))).toBe(true);
  });

  it("still reads parser directives when they come first", () => {
    const text = "# escape=`\n# eslint-disable-next-line dockerfile/probe\nRUN echo a `\n  b\nRUN c\n";
    expect(summary(lint(text))).toEqual(["5:1 dockerfile/probe run"]);
  });

  it("turns a parse error into a fatal message with a 1-based position", () => {
    const messages = lint("FROM a\n  BOGUS x\n");
    expect(messages).toEqual([
      expect.objectContaining({ fatal: true, severity: 2, line: 2, column: 3, message: 'Parsing error: Unknown instruction "BOGUS".' }),
    ]);
  });

  it("keeps positions right after a byte order mark", () => {
    expect(summary(lint("\uFEFFFROM a\nRUN echo\n"))).toEqual(["2:1 dockerfile/probe run"]);
  });

  it("lints an empty file without problems", () => {
    expect(lint("")).toEqual([]);
  });
});
