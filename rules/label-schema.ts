/**
 * A label schema says which labels the images a project builds must carry and what their values
 * look like (`org.opencontainers.image.source` a URL, `...version` a semantic version, ...).
 * Labels are checked where they reach an image: a stage that nothing else builds on is an image
 * (the final stage above all), and it carries the labels of the stages it is built FROM.
 */
import type { KeyValue, LabelInstruction } from "../lib/dockerfile/ast.js";
import { isValidLabelValue, LABEL_VALUE_DESCRIPTIONS, LABEL_VALUE_TYPES, type LabelValueType } from "../lib/analysis/label-values.js";
import type { Stage } from "../lib/analysis/stages.js";
import { variableReferences } from "../lib/analysis/variable-references.js";
import { createDockerfileRule } from "../lib/rule.js";

type Options = [{ schema: Record<string, LabelValueType>; strict: boolean }];
type MessageIds = "missingLabel" | "superfluousLabel" | "emptyLabel" | "invalidValue";

export default createDockerfileRule<{ RuleOptions: Options; MessageIds: MessageIds }>("label-schema", {
  meta: {
    type: "suggestion",
    docs: {
      description: "Require the labels a schema lists, with values of the kind it names",
      recommended: false,
      strict: true,
      hadolint: ["DL3049", "DL3050", "DL3051", "DL3052", "DL3053", "DL3054", "DL3055", "DL3056", "DL3058"],
      buildkit: [],
    },
    schema: [
      {
        type: "object",
        properties: {
          schema: {
            type: "object",
            additionalProperties: { enum: [...LABEL_VALUE_TYPES] },
            description: 'Required labels and the kind of their values, e.g. { "org.opencontainers.image.source": "url" }.',
          },
          strict: {
            type: "boolean",
            description: "Also report labels the schema does not list.",
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ schema: {}, strict: false }],
    messages: {
      missingLabel: 'The image of this stage has no "{{label}}" label, which the label schema requires. Add LABEL {{label}}=<{{kind}}>.',
      superfluousLabel: 'The label "{{label}}" is not in the label schema, which allows no other labels. Remove it or add it to the schema.',
      emptyLabel: 'The label "{{label}}" is empty. Give it a value ({{expected}}).',
      invalidValue: 'The label "{{label}}" is "{{value}}", which is not {{expected}}.',
    },
  },
  create(context) {
    const { sourceCode } = context;
    const { analysis } = sourceCode;
    const { schema, strict } = context.options[0];
    const required = Object.keys(schema);

    /** The value a label gets, or null when it depends on something the file does not say. */
    function valueOf(node: LabelInstruction, pair: KeyValue): string | null {
      const value = pair.value ?? "";
      if (!pair.valueRange || variableReferences(sourceCode.text.slice(...pair.valueRange), analysis.escapeCharacter).length === 0) return value;
      const expansion = analysis.expand(value, node);
      return expansion.undeclared.length > 0 ? null : expansion.value;
    }

    function checkPair(node: LabelInstruction, pair: KeyValue): void {
      const kind = Object.hasOwn(schema, pair.key) ? schema[pair.key]! : null;
      if (kind === null) {
        if (strict) context.report({ node: pair, messageId: "superfluousLabel", data: { label: pair.key } });
        return;
      }
      const value = valueOf(node, pair);
      if (value === null) return;
      const expected = LABEL_VALUE_DESCRIPTIONS[kind];
      if (value.trim() === "") context.report({ node: pair, messageId: "emptyLabel", data: { label: pair.key, expected } });
      else if (!isValidLabelValue(kind, value)) context.report({ node: pair, messageId: "invalidValue", data: { label: pair.key, value, expected } });
    }

    function labelsOf(stage: Stage): Set<string> {
      const labels = new Set<string>();
      for (const ancestor of analysis.stages.ancestry(stage)) {
        for (const instruction of ancestor.instructions) {
          if (instruction.type === "LABEL") for (const pair of instruction.pairs) labels.add(pair.key);
        }
      }
      return labels;
    }

    return {
      LABEL(node) {
        if (analysis.stages.stageOf(node) === null) return;
        for (const pair of node.pairs) checkPair(node, pair);
      },
      Dockerfile() {
        if (required.length === 0) return;
        const { stages, finalStage } = analysis.stages;
        const builtOn = new Set(stages.flatMap((stage) => stage.dependencies.map((dependency) => dependency.stage)));
        for (const stage of stages) {
          if (stage !== finalStage && builtOn.has(stage)) continue;
          const labels = labelsOf(stage);
          for (const label of required) {
            if (!labels.has(label)) context.report({ node: stage.from, messageId: "missingLabel", data: { label, kind: schema[label]! } });
          }
        }
      },
    };
  },
});
