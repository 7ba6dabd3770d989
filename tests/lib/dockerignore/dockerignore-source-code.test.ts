import { describe, expect, it } from "vitest";
import { DockerignoreLanguage } from "../../../lib/dockerignore/dockerignore-language.js";
import type { DockerignoreSourceCode } from "../../../lib/dockerignore/dockerignore-source-code.js";

const language = new DockerignoreLanguage();

function sourceCodeOf(text: string): DockerignoreSourceCode {
  const file = { path: "/x/.dockerignore", physicalPath: "/x/.dockerignore", bom: false, body: text };
  const parsed = language.parse(file);
  return language.createSourceCode(file, parsed);
}

describe("DockerignoreSourceCode", () => {
  const text = "# eslint-disable di/no-star\n*\n\n!keep\n# plain comment\n";
  const sourceCode = sourceCodeOf(text);
  const [directive, star, blank, keep, plain] = sourceCode.ast.body;

  it("exposes the text, the tree and the lines", () => {
    expect(sourceCode.text).toBe(text);
    expect(sourceCode.ast.type).toBe("IgnoreFile");
    expect(sourceCode.lines).toEqual(["# eslint-disable di/no-star", "*", "", "!keep", "# plain comment", ""]);
  });

  it("lists the pattern and comment lines", () => {
    expect(sourceCode.patterns).toEqual([star, keep]);
    expect(sourceCode.comments).toEqual([directive, plain]);
  });

  it("walks the root, then each line, entering and leaving every node", () => {
    const steps = [...sourceCode.traverse()].map((step) => [step.phase, step.target.type, step.args.length]);
    expect(steps).toEqual([
      [1, "IgnoreFile", 1],
      [1, "Comment", 2],
      [2, "Comment", 2],
      [1, "Pattern", 2],
      [2, "Pattern", 2],
      [1, "BlankLine", 2],
      [2, "BlankLine", 2],
      [1, "Pattern", 2],
      [2, "Pattern", 2],
      [1, "Comment", 2],
      [2, "Comment", 2],
      [2, "IgnoreFile", 1],
    ]);
  });

  it("computes the walk once", () => {
    const first = [...sourceCode.traverse()];
    const second = [...sourceCode.traverse()];
    expect(second).toHaveLength(first.length);
    second.forEach((step, index) => expect(step).toBe(first[index]));
  });

  it("gives each line the root as parent, and the root none", () => {
    expect(sourceCode.getParent(star!)).toBe(sourceCode.ast);
    expect(sourceCode.getParent(blank!)).toBe(sourceCode.ast);
    expect(sourceCode.getParent(sourceCode.ast)).toBeUndefined();
    expect(sourceCode.getAncestors(keep!)).toEqual([sourceCode.ast]);
  });

  it("answers locations and text from the nodes", () => {
    expect(sourceCode.getLoc(keep!)).toEqual({ start: { line: 4, column: 0 }, end: { line: 4, column: 5 } });
    expect(sourceCode.getRange(keep!)).toEqual([31, 36]);
    expect(sourceCode.getText(keep!)).toBe("!keep");
    expect(sourceCode.getLocFromIndex(31)).toEqual({ line: 4, column: 0 });
    expect(sourceCode.getIndexFromLoc({ line: 4, column: 1 })).toBe(32);
  });

  it("finds the comments that hold directives", () => {
    expect(sourceCode.getInlineConfigNodes()).toEqual([directive]);
  });

  it("turns directive comments into disable directives", () => {
    const { directives, problems } = sourceCode.getDisableDirectives();
    expect(problems).toEqual([]);
    expect(directives).toHaveLength(1);
    expect(directives[0]).toMatchObject({ type: "disable", value: "di/no-star", node: directive });
  });

  it("turns `# eslint` comments into rule configs and reports bad ones", () => {
    const withConfig = sourceCodeOf('# eslint di/no-star: "off"\n# eslint di/no-star: [\n*\n');
    const { configs, problems } = withConfig.applyInlineConfig();
    expect(configs).toEqual([
      {
        config: { rules: { "di/no-star": "off" } },
        loc: { start: { line: 1, column: 0 }, end: { line: 1, column: 26 } },
      },
    ]);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.loc).toEqual({ start: { line: 2, column: 0 }, end: { line: 2, column: 22 } });
  });

  it("uses the same line breaks as the parser (lone CR included)", () => {
    const crText = "a\r!b\r\n# c";
    const crSource = sourceCodeOf(crText);
    expect(crSource.lines).toEqual(["a", "!b", "# c"]);
    expect(crSource.getLocFromIndex(2)).toEqual({ line: 2, column: 0 });
    expect(crSource.getLoc(crSource.ast.body[2]!)).toEqual({
      start: { line: 3, column: 0 },
      end: { line: 3, column: 3 },
    });
  });
});
