/**
 * Suppression comments users already have: `# check=skip=` (Docker) and `# hadolint ignore=`
 * (hadolint), read by lib/dockerfile/suppressions.ts and applied by lib/suppression-comments.ts,
 * through ESLint's real Linter.
 */
import { Linter } from "eslint";
import { describe, expect, it } from "vitest";
import plugin from "../../../index.js";
import { parseDockerfile } from "../../../lib/dockerfile/parser.js";
import { parseCheckDirective, parseHadolintPragma, SuppressionComments } from "../../../lib/dockerfile/suppressions.js";
import type { DockerfileRuleDefinition, DockerfileRuleVisitor } from "../../../lib/rule.js";
import { hadolintPragmasEnabled, honourSuppressionComments, honourSuppressionCommentsInRules } from "../../../lib/suppression-comments.js";
import { runRuleTests, lines } from "../../rule-tester.js";

/** Reports every instruction of the given keyword, as a rule with the given equivalent codes would. */
function probe(keyword: string, hadolint: string[], buildkit: string[]): DockerfileRuleDefinition {
  return {
    meta: {
      type: "problem",
      docs: { description: "test", recommended: false, strict: false, hadolint, buildkit },
      messages: { found: "found" },
      schema: [],
    },
    create(context) {
      return { [keyword]: (node: never) => context.report({ node, messageId: "found" }) } as DockerfileRuleVisitor;
    },
  };
}

const testRules = honourSuppressionCommentsInRules({
  workdir: probe("WORKDIR", ["DL3000"], ["WorkdirRelativePath"]),
  cmd: probe("CMD", ["DL3025"], ["JSONArgsRecommended"]),
  run: probe("RUN", ["DL3008", "DL3015"], []),
  plain: probe("RUN", [], []),
});
function parsed(text: string) {
  const result = parseDockerfile(text, { embedded: false });
  if (!result.ok) throw new Error("parse error");
  return result.ast;
}

const testPlugin = { ...plugin, rules: { ...plugin.rules, ...testRules } };

interface LintOptions {
  settings?: Record<string, unknown>;
  rules?: Linter.RulesRecord;
  namespace?: string;
}

function lint(text: string, { settings, rules, namespace = "dockerfile" }: LintOptions = {}): string[] {
  const linter = new Linter({ configType: "flat" });
  const prefixed = (name: string) => `${namespace}/${name}`;
  const messages = linter.verify(
    text,
    [
      {
        files: ["**/Dockerfile"],
        plugins: { [namespace]: testPlugin as never },
        language: `${namespace}/dockerfile`,
        rules: rules ?? Object.fromEntries(Object.keys(testRules).map((name) => [prefixed(name), "error"])),
        linterOptions: { reportUnusedDisableDirectives: "error" },
        ...(settings ? { settings } : {}),
      },
    ],
    "Dockerfile",
  );
  return messages.map((message) => `${message.line} ${message.ruleId ?? "-"}${message.ruleId ? "" : ` ${message.message}`}`);
}

describe("parseCheckDirective", () => {
  it("reads skip lists, skip=all and the other options as BuildKit does", () => {
    expect(parseCheckDirective("skip=JSONArgsRecommended,StageNameCasing")).toEqual({ skipAll: false, skip: ["JSONArgsRecommended", "StageNameCasing"] });
    expect(parseCheckDirective(" skip = A , B ;error=true")).toEqual({ skipAll: false, skip: ["A", "B"] });
    expect(parseCheckDirective("error=true;skip=all")).toEqual({ skipAll: true, skip: [] });
    expect(parseCheckDirective("error=true")).toEqual({ skipAll: false, skip: [] });
    expect(parseCheckDirective("experimental=all")).toEqual({ skipAll: false, skip: [] });
    expect(parseCheckDirective("")).toEqual({ skipAll: false, skip: [] });
  });

  it("keeps check names case-sensitive and `all` exact", () => {
    expect(parseCheckDirective("skip=ALL")).toEqual({ skipAll: false, skip: ["ALL"] });
  });
});

describe("parseHadolintPragma", () => {
  it("reads ignore and global ignore lists, with spaces and a trailing remark", () => {
    expect(parseHadolintPragma("hadolint ignore=DL3008,DL3015")).toEqual({ global: false, codes: ["DL3008", "DL3015"] });
    expect(parseHadolintPragma("hadolint ignore=DL3023, DL3021")).toEqual({ global: false, codes: ["DL3023", "DL3021"] });
    expect(parseHadolintPragma("hadolint global ignore = DL3023 , DL3021")).toEqual({ global: true, codes: ["DL3023", "DL3021"] });
    expect(parseHadolintPragma("hadolint ignore=DL3003,SC1035 # we accept these")).toEqual({ global: false, codes: ["DL3003", "SC1035"] });
  });

  it("is not a pragma when hadolint would not read it as one", () => {
    expect(parseHadolintPragma("hadolint ignore=crazy,DL3002")).toBeNull();
    expect(parseHadolintPragma("hadolint shell=powershell")).toBeNull();
    expect(parseHadolintPragma("hadolint ignore=")).toBeNull();
    expect(parseHadolintPragma("hadolintignore=DL3002")).toBeNull();
    expect(parseHadolintPragma("see hadolint ignore=DL3002")).toBeNull();
  });
});

describe("hadolintPragmasEnabled", () => {
  it("is on unless settings.dockerfile.hadolintPragmas is false", () => {
    expect(hadolintPragmasEnabled(undefined)).toBe(true);
    expect(hadolintPragmasEnabled({})).toBe(true);
    expect(hadolintPragmasEnabled({ dockerfile: {} })).toBe(true);
    expect(hadolintPragmasEnabled({ dockerfile: { hadolintPragmas: true } })).toBe(true);
    expect(hadolintPragmasEnabled({ dockerfile: { hadolintPragmas: false } })).toBe(false);
  });
});

describe("# check=skip= through the Linter", () => {
  const body = "FROM a\nWORKDIR app\nCMD x\nRUN y\n";

  it("reports everything without a directive", () => {
    expect(lint(body)).toEqual(["2 dockerfile/workdir", "3 dockerfile/cmd", "4 dockerfile/run", "4 dockerfile/plain"]);
  });

  it("turns off the rules whose docs.buildkit names a skipped check, and reports no unused directive", () => {
    expect(lint(`# check=skip=WorkdirRelativePath\n${body}`)).toEqual(["4 dockerfile/cmd", "5 dockerfile/run", "5 dockerfile/plain"]);
    expect(lint(`# check=skip=WorkdirRelativePath,JSONArgsRecommended\n${body}`)).toEqual(["5 dockerfile/run", "5 dockerfile/plain"]);
    expect(lint(`# check=skip=StageNameCasing\n${body}`)).toEqual(["3 dockerfile/workdir", "4 dockerfile/cmd", "5 dockerfile/run", "5 dockerfile/plain"]);
  });

  it("skip=all turns off every rule with a BuildKit equivalent, and only those", () => {
    expect(lint(`# check=skip=all\n${body}`)).toEqual(["5 dockerfile/run", "5 dockerfile/plain"]);
  });

  it("accepts error=true, whitespace and other parser directives around it", () => {
    expect(lint(`# syntax=docker/dockerfile:1\n# check=skip=JSONArgsRecommended;error=true\n${body}`)).toEqual([
      "4 dockerfile/workdir",
      "6 dockerfile/run",
      "6 dockerfile/plain",
    ]);
    expect(lint(`# check=error=true\n${body}`)).toEqual(["3 dockerfile/workdir", "4 dockerfile/cmd", "5 dockerfile/run", "5 dockerfile/plain"]);
    expect(lint(`# check = skip=JSONArgsRecommended , WorkdirRelativePath\n${body}`)).toEqual(["5 dockerfile/run", "5 dockerfile/plain"]);
  });

  it("ignores unknown and wrongly cased check names", () => {
    expect(lint(`# check=skip=NoSuchCheck,jsonargsrecommended\n${body}`)).toEqual([
      "3 dockerfile/workdir",
      "4 dockerfile/cmd",
      "5 dockerfile/run",
      "5 dockerfile/plain",
    ]);
  });

  it("is a plain comment, as for Docker, when it is not among the first lines", () => {
    expect(lint(`# A comment first\n# check=skip=all\n${body}`)).toEqual(["4 dockerfile/workdir", "5 dockerfile/cmd", "6 dockerfile/run", "6 dockerfile/plain"]);
    expect(lint(`FROM a\n# check=skip=all\nCMD x\n`)).toEqual(["3 dockerfile/cmd"]);
  });

  it("works whatever name the plugin is registered under", () => {
    expect(lint(`# check=skip=all\n${body}`, { namespace: "docker" })).toEqual(["5 docker/run", "5 docker/plain"]);
  });

  it("leaves the directive alone when fixing with unused-directive reporting on", () => {
    const linter = new Linter({ configType: "flat" });
    const text = `# check=skip=WorkdirRelativePath\nFROM a\nWORKDIR /app\n`;
    const result = linter.verifyAndFix(
      text,
      [{ files: ["**/Dockerfile"], plugins: { dockerfile: testPlugin as never }, language: "dockerfile/dockerfile", rules: { "dockerfile/workdir": "error" }, linterOptions: { reportUnusedDisableDirectives: "error" } }],
      "Dockerfile",
    );
    expect(result).toMatchObject({ fixed: false, output: text, messages: [] });
  });

  it("applies to the plugin's own rules", () => {
    const text = "# check=skip=WorkdirRelativePath\nFROM a\nWORKDIR app\n";
    expect(lint(text, { rules: { "dockerfile/absolute-workdir": "error" } })).toEqual([]);
    expect(lint("FROM a\nWORKDIR app\n", { rules: { "dockerfile/absolute-workdir": "error" } })).toEqual(["2 dockerfile/absolute-workdir"]);
  });
});

describe("# hadolint ignore= through the Linter", () => {
  it("ignores the listed codes on the instruction directly below, across continuation lines", () => {
    const text = "FROM a\n# hadolint ignore=DL3008\nRUN apt-get install \\\n  curl\nRUN again\n";
    expect(lint(text)).toEqual(["3 dockerfile/plain", "5 dockerfile/run", "5 dockerfile/plain"]);
  });

  it("drops reports anywhere inside the ignored instruction", () => {
    const reportsOnLastLine: DockerfileRuleDefinition = {
      ...probe("RUN", ["DL3015"], []),
      create(context) {
        return { RUN: (node) => context.report({ loc: node.loc.end, messageId: "found" }) };
      },
    };
    const rules = honourSuppressionCommentsInRules({ last: reportsOnLastLine });
    const linter = new Linter({ configType: "flat" });
    const messages = linter.verify(
      "FROM a\n# hadolint ignore=DL3015\nRUN a \\\n  b \\\n  c\nRUN d \\\n  e\n",
      [{ files: ["**/Dockerfile"], plugins: { dockerfile: { ...plugin, rules } as never }, language: "dockerfile/dockerfile", rules: { "dockerfile/last": "error" } }],
      "Dockerfile",
    );
    expect(messages.map((message) => message.line)).toEqual([7]);
  });

  it("reads CRLF files and covers heredoc bodies", () => {
    expect(lint("FROM a\r\n# hadolint ignore=DL3008\r\nRUN x\r\nRUN y\r\n")).toEqual(["3 dockerfile/plain", "4 dockerfile/run", "4 dockerfile/plain"]);
    expect(lint("# check=skip=all\r\nFROM a\r\nWORKDIR app\r\n")).toEqual([]);
    const suppressions = new SuppressionComments(parsed("FROM a\n# hadolint ignore=DL3008\nRUN <<EOF\napt-get install x\nEOF\nRUN y\n"), "");
    expect(suppressions.ignoredLines({ hadolint: ["DL3008"] }, { hadolintPragmas: true })).toEqual([[3, 5]]);
    expect(suppressions.ignoredLines({ hadolint: ["DL3008"] }, { hadolintPragmas: false })).toEqual([]);
    expect(suppressions.ignoredLines({ hadolint: ["DL3015"] }, { hadolintPragmas: true })).toEqual([]);
  });

  it("needs the pragma on the line directly above, as hadolint does", () => {
    expect(lint("FROM a\n# hadolint ignore=DL3008\n\nRUN x\n")).toEqual(["4 dockerfile/run", "4 dockerfile/plain"]);
    expect(lint("FROM a\n# hadolint ignore=DL3008\n# install\nRUN x\n")).toEqual(["4 dockerfile/run", "4 dockerfile/plain"]);
    expect(lint("# hadolint ignore=DL3000\nFROM a\nWORKDIR app\n")).toEqual(["3 dockerfile/workdir"]);
  });

  it("ignores for the whole file with global ignore, wherever the comment is", () => {
    expect(lint("FROM a\nRUN x\n# hadolint global ignore=DL3015\nRUN y\nWORKDIR app\n")).toEqual([
      "2 dockerfile/plain",
      "4 dockerfile/plain",
      "5 dockerfile/workdir",
    ]);
  });

  it("ignores codes no rule of ours has, and pragmas hadolint would not read", () => {
    expect(lint("FROM a\n# hadolint ignore=DL9999,SC2086\nRUN x\n")).toEqual(["3 dockerfile/run", "3 dockerfile/plain"]);
    expect(lint("FROM a\n# hadolint ignore=crazy,DL3008\nRUN x\n")).toEqual(["3 dockerfile/run", "3 dockerfile/plain"]);
  });

  it("does nothing when settings.dockerfile.hadolintPragmas is false, but check=skip still holds", () => {
    const settings = { dockerfile: { hadolintPragmas: false } };
    expect(lint("FROM a\n# hadolint ignore=DL3008\nRUN x\n# hadolint global ignore=DL3000\nWORKDIR app\n", { settings })).toEqual([
      "3 dockerfile/run",
      "3 dockerfile/plain",
      "5 dockerfile/workdir",
    ]);
    expect(lint("# check=skip=all\nFROM a\nWORKDIR app\n", { settings })).toEqual([]);
  });

  it("sits next to a parser directive, which stays first", () => {
    const text = "# check=skip=JSONArgsRecommended\n# hadolint global ignore=DL3000\nFROM a\nWORKDIR app\nCMD x\n# hadolint ignore=DL3008\nRUN y\n";
    expect(lint(text)).toEqual(["7 dockerfile/plain"]);
  });

  it("applies to the plugin's own rules", () => {
    const text = "FROM a\n# hadolint ignore=DL3000\nWORKDIR app\nFROM b\nWORKDIR other\n";
    expect(lint(text, { rules: { "dockerfile/absolute-workdir": "error" } })).toEqual(["5 dockerfile/absolute-workdir"]);
  });
});

describe("honourSuppressionComments", () => {
  it("returns rules without equivalent codes, and rules already wrapped, as they are", () => {
    const plain = probe("RUN", [], []);
    expect(honourSuppressionComments(plain)).toBe(plain);
    const wrapped = honourSuppressionComments(probe("RUN", ["DL3008"], []));
    expect(honourSuppressionComments(wrapped)).toBe(wrapped);
    expect(wrapped.meta).toEqual(probe("RUN", ["DL3008"], []).meta);
  });
});

describe("RuleTester with a wrapped rule", () => {
  runRuleTests("run", honourSuppressionComments(probe("RUN", ["DL3008"], ["NoSuchCheck"])), {
    valid: [
      lines("FROM a", "# hadolint ignore=DL3008", "RUN x"),
      lines("# hadolint global ignore=DL3008", "FROM a", "RUN x"),
      lines("# check=skip=NoSuchCheck", "FROM a", "RUN x"),
    ],
    invalid: [
      { code: lines("FROM a", "# hadolint ignore=DL3008", "RUN x", "RUN y"), errors: [{ messageId: "found", line: 4, column: 1 }] },
      {
        code: lines("FROM a", "# hadolint ignore=DL3008", "RUN x"),
        settings: { dockerfile: { hadolintPragmas: false } },
        errors: [{ messageId: "found", line: 3, column: 1 }],
      },
    ],
  });
});
