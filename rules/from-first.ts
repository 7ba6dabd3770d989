/**
 * A Dockerfile starts its first build stage with FROM; only ARG may come before it (to declare
 * variables FROM lines use). Any other instruction there belongs to no stage, and the build fails.
 */
import { createDockerfileRule } from "../lib/rule.js";

export default createDockerfileRule<{ MessageIds: "beforeFrom" }>("from-first", {
  meta: {
    type: "problem",
    docs: {
      description: "Require FROM to be the first instruction, with only ARG before it",
      recommended: true,
      strict: true,
      hadolint: ["DL3061"],
      buildkit: [],
    },
    schema: [],
    defaultOptions: [],
    messages: {
      beforeFrom:
        "{{keyword}} comes before the first FROM, where only ARG may stand: it belongs to no build stage and the build fails. Move it after FROM.",
    },
  },
  create(context) {
    const { stages } = context.sourceCode.analysis;
    return {
      Dockerfile() {
        // A fragment with no FROM at all (an example in a README) has no order to check.
        if (stages.stages.length === 0) return;
        for (const instruction of stages.globalInstructions) {
          if (instruction.type === "ARG") continue;
          context.report({ node: instruction, messageId: "beforeFrom", data: { keyword: instruction.keyword.toUpperCase() } });
        }
      },
    };
  },
});
