import { Linter, RuleTester } from "eslint";
import { describe, expect, it } from "vitest";
import { DockerignoreLanguage } from "../../../lib/dockerignore/dockerignore-language.js";
import type { DockerignoreRuleDefinition } from "../../../lib/rule.js";

/** Reports patterns that exclude everything. */
const noStar: DockerignoreRuleDefinition<{ MessageIds: "star" }> = {
  meta: {
    type: "suggestion",
    messages: { star: "This pattern excludes the whole build context." },
  },
  create(context) {
    return {
      Pattern(node) {
        if (node.value === "*") context.report({ node, messageId: "star" });
      },
    };
  },
};

const plugin = { languages: { dockerignore: new DockerignoreLanguage() }, rules: { "no-star": noStar } };

const config = {
  files: ["**/.dockerignore"],
  plugins: { di: plugin },
  language: "di/dockerignore",
  rules: { "di/no-star": "error" },
} as Linter.Config;

const linter = new Linter({ configType: "flat", cwd: "/x" });

function lint(text: string, extra: Linter.Config = {}): Linter.LintMessage[] {
  return linter.verify(text, [config, { files: ["**/.dockerignore"], ...extra }], "/x/.dockerignore");
}

/** Line and rule of each message, short enough to compare whole. */
function summary(messages: Linter.LintMessage[]): [number, string | null][] {
  return messages.map((message) => [message.line, message.ruleId]);
}

describe("DockerignoreLanguage", () => {
  const language = new DockerignoreLanguage();

  it("declares how ESLint reads it", () => {
    expect(language.fileType).toBe("text");
    expect(language.lineStart).toBe(1);
    expect(language.columnStart).toBe(0);
    expect(language.nodeTypeKey).toBe("type");
    expect(language.visitorKeys).toEqual({ IgnoreFile: ["body"], Pattern: [], Comment: [], BlankLine: [] });
  });

  it("accepts no options, and lets through keys other config blocks set", () => {
    expect(() => language.validateLanguageOptions({})).not.toThrow();
    expect(() => language.validateLanguageOptions({ globals: {} })).not.toThrow();
  });

  it("never fails to parse", () => {
    for (const body of ["", "\u0000[", "!", "\\", "[a-", "\r\r\n\n"]) {
      const result = language.parse({ path: "f", physicalPath: "f", bom: false, body });
      expect(result.ok).toBe(true);
    }
  });

  it("decodes a binary body as UTF-8", () => {
    const body = new TextEncoder().encode("dist\n");
    const result = language.parse({ path: "f", physicalPath: "f", bom: false, body });
    expect(result.ast.body[0]).toMatchObject({ type: "Pattern", value: "dist" });
  });
});

describe("the language in ESLint's Linter", () => {
  it("runs rules on Pattern nodes, with 1-based columns in messages", () => {
    const messages = lint("dist\n  *\n");
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({
      ruleId: "di/no-star",
      message: "This pattern excludes the whole build context.",
      line: 2,
      column: 3,
      endLine: 2,
      endColumn: 4,
    });
  });

  it("honours eslint-disable-next-line", () => {
    expect(summary(lint("# eslint-disable-next-line di/no-star\n*\n*\n"))).toEqual([[3, "di/no-star"]]);
  });

  it("honours eslint-disable and eslint-enable", () => {
    const text = "*\n# eslint-disable di/no-star\n*\n*\n# eslint-enable di/no-star\n*\n";
    expect(summary(lint(text))).toEqual([
      [1, "di/no-star"],
      [6, "di/no-star"],
    ]);
  });

  it("honours an eslint-disable without rule names, with a justification", () => {
    expect(lint("# eslint-disable -- the context is listed below\n*\n")).toEqual([]);
  });

  it("honours `# eslint rule: off`", () => {
    expect(lint('# eslint di/no-star: "off"\n*\n')).toEqual([]);
  });

  it("reports a malformed `# eslint` comment", () => {
    const messages = lint("# eslint di/no-star: [\n");
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ ruleId: null, line: 1, fatal: true });
  });

  it("reports eslint-disable-line, which cannot sit beside a pattern", () => {
    const messages = lint("# eslint-disable-line di/no-star\n");
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ ruleId: null, line: 1 });
    expect(messages[0]!.message).toMatch(/eslint-disable-next-line/u);
  });

  it("reports unused disable directives", () => {
    const messages = lint("# eslint-disable-next-line di/no-star\ndist\n", {
      linterOptions: { reportUnusedDisableDirectives: "error" },
    });
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ ruleId: null, severity: 2, line: 1, column: 1 });
    expect(messages[0]!.message).toMatch(/Unused eslint-disable directive/u);
  });

  it("fixes an unused directive away", () => {
    const result = linter.verifyAndFix(
      "# eslint-disable-next-line di/no-star\ndist\n",
      [config, { linterOptions: { reportUnusedDisableDirectives: "error" } }],
      "/x/.dockerignore",
    );
    expect(result.messages).toEqual([]);
    expect(result.output.endsWith("\ndist\n")).toBe(true);
    expect(result.output).not.toMatch(/eslint-disable/u);
  });

  it("reports a rule named in `# eslint` that does not exist", () => {
    expect(summary(lint('# eslint di/nope: "error"\n'))).toEqual([[1, "di/nope"]]);
  });
});

describe("RuleTester with the language", () => {
  RuleTester.describe = describe;
  RuleTester.it = it;
  RuleTester.itOnly = it.only;

  const ruleTester = new RuleTester({ plugins: { di: plugin }, language: "di/dockerignore" });

  ruleTester.run("no-star", noStar, {
    valid: ["dist", "*.md", "**", "# *", "# eslint-disable-next-line rule-to-test/no-star\n*"],
    invalid: [
      { code: "*", errors: [{ messageId: "star", line: 1, column: 1, endColumn: 2 }] },
      { code: "dist\r\n /* ", errors: [{ messageId: "star", line: 2, column: 2, endColumn: 4 }] },
      { code: "./*/", errors: [{ messageId: "star", line: 1, column: 1 }] },
      { code: " !* ", errors: [{ messageId: "star", line: 1, column: 2, endColumn: 4 }] },
    ],
  });
});
