/**
 * Docker expands every variable of an ENV instruction with the values from before it, so in
 * `ENV APP_HOME=/app APP_DATA=$APP_HOME/data` the second value does not see the first: it reads
 * the earlier value of APP_HOME, usually empty. Reading a variable's own old value
 * (`ENV PATH=/opt/bin:$PATH`) is the usual idiom and is left alone.
 */
import type { EnvInstruction, KeyValue } from "../lib/dockerfile/ast.js";
import { variableReferences } from "../lib/analysis/variable-references.js";
import { createDockerfileRule } from "../lib/rule.js";

export default createDockerfileRule<{ MessageIds: "sameInstruction" | "splitEnv" }>("no-env-reference-in-same-instruction", {
  meta: {
    type: "problem",
    docs: {
      description: "Disallow ENV values that refer to a variable the same ENV instruction sets",
      recommended: true,
      strict: true,
      hadolint: ["DL3044"],
      buildkit: [],
    },
    hasSuggestions: true,
    schema: [],
    defaultOptions: [],
    messages: {
      sameInstruction:
        "{{key}} refers to {{name}}, which this ENV instruction sets, but Docker expands it with the value from before the instruction ({{before}}). Set {{name}} in an earlier ENV instruction.",
      splitEnv: "Start a new ENV instruction at {{key}}.",
    },
  },
  create(context) {
    const { sourceCode } = context;
    const { analysis } = sourceCode;

    function describeBefore(node: EnvInstruction, name: string): string {
      const definition = analysis.scopeAt(node).get(name);
      if (!definition) return "unset here, so empty unless the base image sets it";
      return definition.value === null ? "a value given at build time" : `"${definition.value}"`;
    }

    function check(node: EnvInstruction, pair: KeyValue, earlier: Set<string>): void {
      if (!pair.valueRange) return;
      const text = sourceCode.text.slice(...pair.valueRange);
      for (const reference of variableReferences(text, analysis.escapeCharacter, pair.valueRange[0])) {
        if (!earlier.has(reference.name)) continue;
        const index = node.pairs.indexOf(pair);
        const split: [number, number] = [node.pairs[index - 1]!.range[1], pair.range[0]];
        context.report({
          loc: sourceCode.getLocFromRange(reference.nameRange),
          messageId: "sameInstruction",
          data: { key: pair.key, name: reference.name, before: describeBefore(node, reference.name) },
          suggest: [{ messageId: "splitEnv", data: { key: pair.key }, fix: (fixer) => fixer.replaceTextRange(split, `\n${node.keyword} `) }],
        });
        return;
      }
    }

    return {
      ENV(node) {
        const earlier = new Set<string>();
        for (const pair of node.pairs) {
          check(node, pair, earlier);
          earlier.add(pair.key);
        }
      },
    };
  },
});
