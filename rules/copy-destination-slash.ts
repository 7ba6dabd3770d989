/**
 * COPY and ADD with more than one source copy them into a folder, and Docker requires the
 * destination to say so with a trailing `/`; without it the build fails.
 */
import type { AddInstruction, CopyInstruction } from "../lib/dockerfile/ast.js";
import { createDockerfileRule } from "../lib/rule.js";

export default createDockerfileRule<{ MessageIds: "missingSlash" }>("copy-destination-slash", {
  meta: {
    type: "problem",
    docs: {
      description: "Require the destination of a COPY or ADD with several sources to end with `/`",
      recommended: true,
      strict: true,
      hadolint: ["DL3021"],
      buildkit: [],
    },
    fixable: "code",
    schema: [],
    defaultOptions: [],
    messages: {
      missingSlash:
        '{{instruction}} copies {{count}} sources into "{{destination}}", which must then be a folder written with a trailing "/", or the build fails. Write "{{destination}}/".',
    },
  },
  create(context) {
    const { sourceCode } = context;

    function check(node: CopyInstruction | AddInstruction): void {
      const operation = sourceCode.analysis.copies.of(node);
      const destination = operation?.destination;
      if (!operation || !destination || operation.sources.length < 2) return;
      // A variable the file does not declare may come from the base image's ENV.
      const expansion = sourceCode.analysis.expand(unquote(destination.raw), node);
      if (expansion.value === null || expansion.undeclared.length > 0 || /[/\\]$/u.test(expansion.value)) return;
      const written = sourceCode.text.slice(...destination.range);
      const quote = written.at(-1);
      const quoted = written.length >= 2 && (quote === '"' || quote === "'") && written[0] === quote;
      const at = quoted ? destination.range[1] - 1 : destination.range[1];
      context.report({
        loc: sourceCode.getLocFromRange(destination.range),
        messageId: "missingSlash",
        data: { instruction: node.type, count: String(operation.sources.length), destination: unquote(destination.raw) },
        fix: (fixer) => fixer.insertTextAfterRange([at, at], "/"),
      });
    }

    return { COPY: check, ADD: check };
  },
});

/** A shell-form word without the quotes around it. */
function unquote(word: string): string {
  return /^(["'])[^]*\1$/u.test(word) && word.length >= 2 ? word.slice(1, -1) : word;
}
