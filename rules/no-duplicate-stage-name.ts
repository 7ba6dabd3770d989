/**
 * Two stages with the same name (Docker compares them case-insensitively): `COPY --from` and
 * `--target` cannot tell which one is meant, and BuildKit refuses to build.
 */
import { createDockerfileRule } from "../lib/rule.js";

export default createDockerfileRule("no-duplicate-stage-name", {
  meta: {
    type: "problem",
    docs: {
      description: "Disallow two build stages with the same name",
      recommended: true,
      strict: true,
      hadolint: ["DL3024"],
      buildkit: ["DuplicateStageName"],
    },
    schema: [],
    defaultOptions: [],
    messages: {
      duplicate: 'Stage name "{{name}}" is already used by the stage on line {{line}}. Stage names must be unique (case does not count): rename one of them.',
    },
  },
  create(context) {
    const { stages } = context.sourceCode.analysis;
    return {
      FROM(node) {
        const stage = stages.stageOf(node);
        if (!stage?.name || !node.stageName) return;
        const first = stages.findStage(stage.name);
        if (!first || first === stage) return;
        context.report({
          node: node.stageName,
          messageId: "duplicate",
          data: { name: node.stageName.value, line: String(first.from.loc.start.line) },
        });
      },
    };
  },
});
