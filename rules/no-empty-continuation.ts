/**
 * An empty line after a line continuation does not end the instruction: the next non-empty line
 * still belongs to it, which reads as if it did not. Docker deprecates this and warns
 * (NoEmptyContinuation); the fix removes the empty lines, which changes nothing for Docker.
 */
import type { Instruction } from "../lib/dockerfile/ast.js";
import type { Range } from "../lib/text/line-index.js";
import { createDockerfileRule } from "../lib/rule.js";

const LINE_BREAK = /\r\n|\r|\n/gu;

export default createDockerfileRule("no-empty-continuation", {
  meta: {
    type: "problem",
    docs: {
      description: "Disallow empty lines inside a line continuation",
      recommended: true,
      strict: true,
      hadolint: [],
      buildkit: ["NoEmptyContinuation"],
    },
    fixable: "whitespace",
    schema: [],
    defaultOptions: [],
    messages: {
      emptyLine:
        "Empty line inside the continued {{instruction}} instruction: it does not end the instruction, and Docker will reject it in a future release. Remove the empty line, or put a comment on it.",
    },
  },
  create(context) {
    const { sourceCode } = context;
    const { text } = sourceCode;

    /** Whole empty lines (with their line breaks) that follow a continuation inside the instruction. */
    function emptyLines(node: Instruction): Range[] {
      const lines: Range[] = [];
      const inHeredoc = (offset: number): boolean =>
        node.heredocs.some((heredoc) => heredoc.bodyRange[0] <= offset && offset <= heredoc.endRange[1]);
      for (const [, continuationEnd] of node.lineContinuations) {
        LINE_BREAK.lastIndex = continuationEnd;
        let start = LINE_BREAK.exec(text) ? LINE_BREAK.lastIndex : -1;
        while (start >= 0 && start < node.range[1]) {
          LINE_BREAK.lastIndex = start;
          const lineBreak = LINE_BREAK.exec(text);
          if (!lineBreak) break;
          const end = LINE_BREAK.lastIndex;
          if (text.slice(start, lineBreak.index).trim() !== "" || lineBreak.index >= node.range[1] || inHeredoc(start)) break;
          lines.push([start, end]);
          start = end;
        }
      }
      return lines;
    }

    function check(node: Instruction): void {
      const lines = emptyLines(node);
      if (lines.length === 0) return;
      context.report({
        loc: sourceCode.getLocFromRange([lines[0]![0], lines[0]![0]]),
        messageId: "emptyLine",
        data: { instruction: node.type },
        fix: (fixer) => lines.map((line) => fixer.removeRange(line)),
      });
    }

    return {
      Dockerfile(root) {
        for (const node of root.body) if (node.type !== "Comment") check(node);
      },
    };
  },
});
