/**
 * `scratch` and `context` mean something to Docker (the empty image, the build context), so a stage
 * with either name (in any case) cannot be referred to as a stage. BuildKit's ReservedStageName.
 */
import { createDockerfileRule } from "../lib/rule.js";

const RESERVED = new Set(["scratch", "context"]);

export default createDockerfileRule("no-reserved-stage-name", {
  meta: {
    type: "problem",
    docs: {
      description: "Disallow the reserved words scratch and context as stage names",
      recommended: true,
      strict: true,
      hadolint: [],
      buildkit: ["ReservedStageName"],
    },
    schema: [],
    defaultOptions: [],
    messages: {
      reserved: '"{{name}}" is reserved in Docker ({{meaning}}) and cannot name a stage: `FROM {{lower}}` and `COPY --from={{lower}}` would not mean this stage. Choose another name.',
    },
  },
  create(context) {
    return {
      FROM(node) {
        const lower = node.stageName?.value.toLowerCase();
        if (!node.stageName || !lower || !RESERVED.has(lower)) return;
        context.report({
          node: node.stageName,
          messageId: "reserved",
          data: { name: node.stageName.value, lower, meaning: lower === "scratch" ? "the empty image" : "the build context" },
        });
      },
    };
  },
});
