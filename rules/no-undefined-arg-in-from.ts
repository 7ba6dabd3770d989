/**
 * FROM sees only the ARGs declared before the first FROM (and BuildKit's platform ARGs). A name
 * declared nowhere expands to an empty string, so `FROM node:22${VARIANT}` silently builds
 * `node:22`. A reference with a fallback (`${VARIANT:-}`) says the emptiness is meant.
 */
import { oneEditAway, variableReferences, hasFallback } from "../lib/analysis/variable-references.js";
import type { Argument, Flag } from "../lib/dockerfile/ast.js";
import { createDockerfileRule } from "../lib/rule.js";

export default createDockerfileRule("no-undefined-arg-in-from", {
  meta: {
    type: "problem",
    docs: {
      description: "Disallow variables in FROM that no ARG before the first FROM declares",
      recommended: true,
      strict: true,
      hadolint: [],
      buildkit: ["UndefinedArgInFrom"],
    },
    hasSuggestions: true,
    schema: [],
    defaultOptions: [],
    messages: {
      undeclared: 'FROM uses "${{name}}", which no ARG before the first FROM declares, so it expands to an empty string. Declare it (ARG {{name}}=<default>) before the first FROM.',
      undeclaredTypo: 'FROM uses "${{name}}", which no ARG before the first FROM declares. Did you mean "${{suggestion}}"?',
      replace: 'Use "${{suggestion}}" instead.',
    },
  },
  create(context) {
    const { sourceCode } = context;
    const { stages, escapeCharacter } = sourceCode.analysis;
    const scope = stages.globalScope;

    function check(word: Argument | Flag, range: [number, number] | null): void {
      if (!range) return;
      const references = variableReferences(sourceCode.text.slice(...range), escapeCharacter, range[0]);
      const reported = new Set<string>();
      for (const reference of references) {
        const { name } = reference;
        if (reported.has(name) || scope.lookup(name) !== undefined) continue;
        if (references.filter((other) => other.name === name).every(hasFallback)) continue;
        reported.add(name);
        const suggestion = oneEditAway(name, scope.names());
        context.report({
          node: word,
          messageId: suggestion ? "undeclaredTypo" : "undeclared",
          data: { name, suggestion: suggestion ?? "" },
          suggest: suggestion
            ? references
                .filter((other) => other.name === name)
                .slice(0, 1)
                .map(() => ({
                  messageId: "replace" as const,
                  data: { suggestion },
                  fix: (fixer) => references.filter((other) => other.name === name).map((other) => fixer.replaceTextRange(other.nameRange, suggestion)),
                }))
            : [],
        });
      }
    }

    return {
      FROM(node, parent) {
        if (parent?.type === "ONBUILD") return;
        if (node.image) check(node.image, node.image.range);
        for (const flag of node.flags) if (flag.name === "platform") check(flag, flag.valueRange);
      },
    };
  },
});
