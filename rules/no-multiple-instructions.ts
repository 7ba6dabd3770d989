/**
 * An image has one CMD, one ENTRYPOINT and one HEALTHCHECK: when a stage sets one twice, only the
 * last counts and the earlier one is dead code that misleads the reader. Reported on the earlier
 * ones, as BuildKit's MultipleInstructionsDisallowed does. ONBUILD triggers run in another build.
 */
import type { Instruction } from "../lib/dockerfile/ast.js";
import { createDockerfileRule } from "../lib/rule.js";

const ONCE = new Set(["CMD", "ENTRYPOINT", "HEALTHCHECK"]);

export default createDockerfileRule("no-multiple-instructions", {
  meta: {
    type: "problem",
    docs: {
      description: "Disallow more than one CMD, ENTRYPOINT or HEALTHCHECK in a stage",
      recommended: true,
      strict: true,
      hadolint: ["DL4003", "DL4004", "DL3012"],
      buildkit: ["MultipleInstructionsDisallowed"],
    },
    hasSuggestions: true,
    schema: [],
    defaultOptions: [],
    messages: {
      overridden: "This {{instruction}} has no effect: the {{instruction}} on line {{line}} of the same stage replaces it. Keep only one {{instruction}} per stage.",
      remove: "Remove this {{instruction}}.",
    },
  },
  create(context) {
    const { sourceCode } = context;
    const { text } = sourceCode;
    const { stages } = sourceCode.analysis;

    /** The instruction's lines with the line break after them. */
    function wholeLines(node: Instruction): [number, number] {
      const start = node.range[0] - node.loc.start.column;
      const lineBreak = /\r\n|\r|\n/u.exec(text.slice(node.range[1]));
      const end = lineBreak ? node.range[1] + lineBreak.index + lineBreak[0].length : text.length;
      return [start, end];
    }

    return {
      "Dockerfile:exit"() {
        for (const stage of stages.stages) {
          const last = new Map<string, Instruction>();
          for (const instruction of [...stage.instructions].reverse()) {
            if (!ONCE.has(instruction.type)) continue;
            const later = last.get(instruction.type);
            if (!later) {
              last.set(instruction.type, instruction);
              continue;
            }
            const data = { instruction: instruction.type, line: String(later.loc.start.line) };
            context.report({
              node: instruction,
              messageId: "overridden",
              data,
              suggest: [{ messageId: "remove", data, fix: (fixer) => fixer.removeRange(wholeLines(instruction)) }],
            });
          }
        }
      },
    };
  },
});
