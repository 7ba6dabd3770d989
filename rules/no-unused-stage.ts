/**
 * BuildKit builds only the stages the target needs (through FROM, COPY --from and
 * RUN --mount=from). A stage nothing needs is skipped: a test stage that nothing copies from
 * never runs its tests, and the build passes anyway.
 */
import { stageReachability } from "../lib/analysis/stage-reachability.js";
import type { Stage } from "../lib/analysis/stages.js";
import { createDockerfileRule } from "../lib/rule.js";
import { stringListOption } from "../lib/rule-options.js";

type Options = [{ targets: string[] }];

export default createDockerfileRule<{ RuleOptions: Options; MessageIds: "unusedStage" }>("no-unused-stage", {
  meta: {
    type: "problem",
    docs: {
      description: "Disallow build stages that the final stage never uses",
      recommended: true,
      strict: true,
      hadolint: [],
      buildkit: [],
    },
    schema: [
      {
        type: "object",
        properties: {
          targets: stringListOption("Stages built on their own with `docker build --target <stage>`: they and what they need count as used."),
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ targets: [] }],
    messages: {
      unusedStage:
        "Stage {{stage}} is not used by the final stage, so BuildKit skips it and its instructions never run. Use it from a stage the final stage needs (e.g. COPY --from={{reference}}), build it with --target, list it in this rule's \"targets\" option, or remove it.",
    },
  },
  create(context) {
    const { analysis } = context.sourceCode;
    return {
      Dockerfile() {
        const { stages } = analysis;
        const final = stages.finalStage;
        if (!final) return;
        const targets = [final, ...context.options[0].targets.map((name) => stages.findStage(name)).filter((stage) => stage !== null)];
        const { reached, unresolved } = stageReachability(stages, targets, analysis.escapeCharacter);
        // A stage reference known only at build time may name any stage.
        if (unresolved.length > 0) return;
        for (const stage of stages.stages) {
          if (reached.has(stage)) continue;
          context.report({ node: stage.from, messageId: "unusedStage", data: { stage: describe(stage), reference: stage.name ?? String(stage.index) } });
        }
      },
    };
  },
});

function describe(stage: Stage): string {
  return stage.name ? `"${stage.name}"` : `${stage.index} (unnamed)`;
}
