/**
 * `FROM --platform=$TARGETPLATFORM` asks for what FROM does anyway: base images are pulled for the
 * target platform by default. BuildKit's RedundantTargetPlatform; the fix removes the flag.
 */
import { createDockerfileRule } from "../lib/rule.js";

const TARGET_PLATFORM = /^(?:\$TARGETPLATFORM|\$\{TARGETPLATFORM\}|"\$TARGETPLATFORM"|"\$\{TARGETPLATFORM\}")$/u;

export default createDockerfileRule("no-redundant-target-platform", {
  meta: {
    type: "suggestion",
    docs: {
      description: "Disallow FROM --platform=$TARGETPLATFORM, which is the default",
      recommended: true,
      strict: true,
      hadolint: [],
      buildkit: ["RedundantTargetPlatform"],
    },
    fixable: "code",
    schema: [],
    defaultOptions: [],
    messages: {
      redundant: "--platform={{value}} is what FROM does by default: base images are pulled for the target platform. Remove the flag.",
    },
  },
  create(context) {
    const { sourceCode } = context;
    const { text } = sourceCode;
    const { stages } = sourceCode.analysis;
    return {
      FROM(node) {
        // A global `ARG TARGETPLATFORM=...` gives the name another value.
        if (stages.globalScope.get("TARGETPLATFORM")?.kind === "ARG") return;
        for (const flag of node.flags) {
          if (flag.name !== "platform" || flag.value === null || !flag.valueRange) continue;
          const written = text.slice(...flag.valueRange);
          if (!TARGET_PLATFORM.test(written)) continue;
          const blanks = /^[ \t]*/u.exec(text.slice(flag.range[1]))![0].length;
          context.report({
            node: flag,
            messageId: "redundant",
            data: { value: written },
            fix: (fixer) => fixer.removeRange([flag.range[0], flag.range[1] + blanks]),
          });
        }
      },
    };
  },
});
