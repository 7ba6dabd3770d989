/**
 * HEALTHCHECK tells Docker (and Swarm, and Compose's `depends_on: condition: service_healthy`)
 * how to probe whether the container still works. An image without one is "running" even when
 * the application inside has hung. Only the image the file builds (its final stage) needs one.
 */
import { createDockerfileRule } from "../lib/rule.js";

export default createDockerfileRule<{ MessageIds: "missingHealthcheck" }>("require-healthcheck", {
  meta: {
    type: "suggestion",
    docs: {
      description: "Require the final stage to declare a HEALTHCHECK",
      recommended: false,
      strict: true,
      hadolint: ["DL3057"],
      buildkit: [],
    },
    schema: [],
    defaultOptions: [],
    messages: {
      missingHealthcheck:
        "The image this file builds has no HEALTHCHECK, so Docker cannot tell a hung application from a working one. Add \"HEALTHCHECK CMD <command>\" (or \"HEALTHCHECK NONE\" to say the image has no check).",
    },
  },
  create(context) {
    const { stages } = context.sourceCode.analysis;
    return {
      Dockerfile() {
        const final = stages.finalStage;
        if (!final) return;
        // HEALTHCHECK in a stage it is built FROM carries over; so does HEALTHCHECK NONE, an explicit choice.
        const declared = stages.ancestry(final).some((stage) => stage.instructions.some((instruction) => instruction.type === "HEALTHCHECK"));
        if (!declared) context.report({ node: final.from, messageId: "missingHealthcheck" });
      },
    };
  },
});
