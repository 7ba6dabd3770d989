/**
 * `FROM image AS name`: the `AS` keyword in the same case as `FROM`, as BuildKit's FromAsCasing
 * check asks. A `FROM` in mixed case is consistent-instruction-casing's business.
 */
import { createDockerfileRule } from "../lib/rule.js";

export default createDockerfileRule("from-as-casing", {
  meta: {
    type: "suggestion",
    docs: {
      description: "Require the AS keyword of FROM to match the case of FROM",
      recommended: true,
      strict: true,
      hadolint: [],
      buildkit: ["FromAsCasing"],
    },
    fixable: "code",
    schema: [],
    defaultOptions: [],
    messages: {
      mismatch: '"{{as}}" does not match the case of "{{from}}". Write "{{expected}}".',
    },
  },
  create(context) {
    return {
      FROM(node) {
        const as = node.asKeyword;
        if (!as) return;
        const upper = node.keyword === node.keyword.toUpperCase();
        const lower = node.keyword === node.keyword.toLowerCase();
        if (upper === lower) return;
        const expected = upper ? "AS" : "as";
        if (as.value === expected) return;
        context.report({
          node: as,
          messageId: "mismatch",
          data: { as: as.value, from: node.keyword, expected },
          fix: (fixer) => fixer.replaceTextRange(as.range, expected),
        });
      },
    };
  },
});
