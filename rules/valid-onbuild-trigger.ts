/**
 * ONBUILD registers an instruction that runs when another Dockerfile builds FROM this image.
 * Docker refuses three triggers: ONBUILD (no chaining), FROM and MAINTAINER; the build fails.
 */
import { createDockerfileRule } from "../lib/rule.js";

const REFUSED = new Set(["ONBUILD", "FROM", "MAINTAINER"]);

export default createDockerfileRule<{ MessageIds: "refusedTrigger" }>("valid-onbuild-trigger", {
  meta: {
    type: "problem",
    docs: {
      description: "Disallow ONBUILD, FROM and MAINTAINER as ONBUILD triggers",
      recommended: true,
      strict: true,
      hadolint: ["DL3043"],
      buildkit: [],
    },
    schema: [],
    defaultOptions: [],
    messages: {
      refusedTrigger:
        "ONBUILD cannot register {{keyword}}: Docker rejects it and the build fails. Put {{keyword}} in the Dockerfile that builds FROM this image instead.",
    },
  },
  create(context) {
    return {
      ONBUILD(node) {
        const trigger = node.trigger;
        if (!trigger || !REFUSED.has(trigger.type)) return;
        context.report({ node: trigger, messageId: "refusedTrigger", data: { keyword: trigger.keyword.toUpperCase() } });
      },
    };
  },
});
