/**
 * Stage names in lower case, so they read apart from instruction keywords. BuildKit lower-cases
 * them anyway; the fix lower-cases the name and every place the file names the stage.
 */
import { literalReferencesTo } from "../lib/analysis/stage-references.js";
import { createDockerfileRule } from "../lib/rule.js";

export default createDockerfileRule("stage-name-casing", {
  meta: {
    type: "suggestion",
    docs: {
      description: "Require stage names to be lower case",
      recommended: true,
      strict: true,
      hadolint: [],
      buildkit: ["StageNameCasing"],
    },
    fixable: "code",
    schema: [],
    defaultOptions: [],
    messages: {
      notLowerCase: 'Stage name "{{name}}" is not lower case. Docker reads it as "{{lower}}": write it that way here and wherever the stage is named.',
    },
  },
  create(context) {
    const { sourceCode } = context;
    const { stages } = sourceCode.analysis;
    return {
      FROM(node) {
        const stage = stages.stageOf(node);
        const word = node.stageName;
        if (!stage || !word || word.value === word.value.toLowerCase()) return;
        const lower = word.value.toLowerCase();
        const references = literalReferencesTo(stage, stages, sourceCode.text);
        context.report({
          node: word,
          messageId: "notLowerCase",
          data: { name: word.value, lower },
          *fix(fixer) {
            yield fixer.replaceTextRange(word.range, lower);
            for (const reference of references) {
              if (reference.text !== lower) yield fixer.replaceTextRange(reference.range, lower);
            }
          },
        });
      },
    };
  },
});
