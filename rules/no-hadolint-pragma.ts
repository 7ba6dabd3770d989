/**
 * `# hadolint ignore=DL3008` comments silence hadolint, which this plugin replaces. Once a project
 * lints with ESLint, such comments are noise: an `eslint-disable` comment with a reason says the
 * same thing to the tool that runs, and the strict config asks for that.
 */
import type { Comment } from "../lib/dockerfile/ast.js";
import { createDockerfileRule } from "../lib/rule.js";

/** `hadolint ignore=...`, `hadolint global ignore=...`, `hadolint shell=...`. */
const PRAGMA = /^hadolint\s+(?:global\s+)?(?:ignore|shell)\s*=/iu;

export default createDockerfileRule<{ MessageIds: "pragma" | "removePragma" }>("no-hadolint-pragma", {
  meta: {
    type: "suggestion",
    docs: {
      description: "Disallow inline `# hadolint` pragmas",
      recommended: false,
      strict: true,
      hadolint: ["DL1001"],
      buildkit: [],
    },
    hasSuggestions: true,
    schema: [],
    defaultOptions: [],
    messages: {
      pragma:
        'The comment "# {{pragma}}" configures hadolint. Use an "# eslint-disable-next-line dockerfile/<rule> -- <reason>" comment instead, or remove it.',
      removePragma: "Remove the hadolint comment.",
    },
  },
  create(context) {
    const { text } = context.sourceCode;

    /** The comment's whole line, its line break included. */
    function lineOf(comment: Comment): [number, number] {
      let start = comment.range[0];
      while (start > 0 && (text[start - 1] === " " || text[start - 1] === "\t")) start--;
      let end = comment.range[1];
      if (text[end] === "\r") end++;
      if (text[end] === "\n") end++;
      return [start, end];
    }

    return {
      Comment(node) {
        if (!PRAGMA.test(node.value)) return;
        context.report({
          node,
          messageId: "pragma",
          data: { pragma: node.value },
          suggest: [{ messageId: "removePragma", fix: (fixer) => fixer.removeRange(lineOf(node)) }],
        });
      },
    };
  },
});
