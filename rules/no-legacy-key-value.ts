/**
 * `ENV key value` and `LABEL key value` (no `=`) are the legacy form: one pair an instruction, the
 * whole rest of the line as value, and deprecated by Docker (LegacyKeyValueFormat). The fix writes
 * `key=value`, quoting a value with blanks; values whose meaning quoting could change are left alone.
 */
import type { EnvInstruction, LabelInstruction } from "../lib/dockerfile/ast.js";
import { createDockerfileRule } from "../lib/rule.js";

/** A value that means the same bare or inside double quotes: no quotes, escapes or line breaks. */
const QUOTABLE = /^[^"'\\`\r\n]*$/u;
/** One double- or single-quoted string: adding `=` before it keeps it. */
const QUOTED = /^(?:"(?:[^"\\]|\\.)*"|'[^']*')$/u;

export default createDockerfileRule("no-legacy-key-value", {
  meta: {
    type: "suggestion",
    docs: {
      description: "Require ENV and LABEL to use the key=value form",
      recommended: true,
      strict: true,
      hadolint: [],
      buildkit: ["LegacyKeyValueFormat"],
    },
    fixable: "code",
    schema: [],
    defaultOptions: [],
    messages: {
      legacy: '"{{instruction}} {{key}} value" is the deprecated legacy form. Write {{instruction}} {{key}}=value (quote a value that has spaces).',
    },
  },
  create(context) {
    const { text } = context.sourceCode;

    function check(node: EnvInstruction | LabelInstruction): void {
      for (const pair of node.pairs) {
        if (!pair.legacyForm || !pair.valueRange) continue;
        const value = text.slice(...pair.valueRange);
        const gap: [number, number] = [pair.keyRange[1], pair.valueRange[0]];
        const simple = QUOTED.test(value) || (QUOTABLE.test(value) && !/\s/u.test(value));
        const quote = !simple && QUOTABLE.test(value) && !node.lineContinuations.some(([start]) => start >= gap[0]);
        context.report({
          node: pair,
          messageId: "legacy",
          data: { instruction: node.type, key: pair.key },
          fix:
            /^[ \t]+$/u.test(text.slice(...gap)) && (simple || quote)
              ? (fixer) => fixer.replaceTextRange([gap[0], pair.valueRange![1]], quote ? `="${value}"` : `=${value}`)
              : null,
        });
      }
    }

    return { ENV: check, LABEL: check };
  },
});
