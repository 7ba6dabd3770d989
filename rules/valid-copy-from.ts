/**
 * `COPY --from=<name>` reads from the build stage of that name (or index) when the file has one,
 * and otherwise pulls an image of that name. Copying from the stage itself is a circular
 * dependency and fails the build; from a stage further down works only with BuildKit, reads
 * against the build order, and fails with the legacy builder. A name one edit away from a stage is
 * almost certainly a typo that would silently pull an image from Docker Hub.
 */
import type { Flag } from "../lib/dockerfile/ast.js";
import type { CopyOperation } from "../lib/analysis/copy-operations.js";
import { oneEditAway } from "../lib/analysis/variable-references.js";
import { createDockerfileRule } from "../lib/rule.js";

type MessageIds = "ownStage" | "laterStage" | "missingIndex" | "noEarlierStage" | "likelyTypo" | "useStage";

export default createDockerfileRule<{ MessageIds: MessageIds }>("valid-copy-from", {
  meta: {
    type: "problem",
    docs: {
      description: "Require COPY --from to name an earlier build stage or an image",
      recommended: true,
      strict: true,
      hadolint: ["DL3022", "DL3023"],
      buildkit: [],
    },
    hasSuggestions: true,
    schema: [],
    defaultOptions: [],
    messages: {
      ownStage: 'COPY --from={{name}} copies from the stage it is in: a circular dependency that fails the build. Copy from an earlier stage, or from the build context without --from.',
      laterStage:
        'COPY --from={{name}} copies from stage "{{stage}}", which is defined further down. Only BuildKit accepts that; move the stage above this one so that stages read in build order.',
      missingIndex: "COPY --from={{name}} names stage number {{name}}, but the stages before this one are numbered 0 to {{last}}. Use the name or number of an earlier stage.",
      noEarlierStage: "COPY --from={{name}} names stage number {{name}}, but no stage comes before this one. Copy from an image, or build the files in an earlier stage.",
      likelyTypo:
        'COPY --from={{name}} names no stage of this file, so Docker pulls an image called "{{name}}". A stage is called "{{stage}}": is that the one meant?',
      useStage: 'Copy from stage "{{stage}}".',
    },
  },
  create(context) {
    const { analysis } = context.sourceCode;
    const { stages } = analysis;

    function check(operation: CopyOperation, flag: Flag): void {
      const own = operation.stage!;
      const name = analysis.expand(flag.value ?? "", operation.instruction).value ?? "";
      const { origin } = operation;
      if (origin.kind === "stage") {
        if (origin.stage === own) context.report({ node: flag, messageId: "ownStage", data: { name } });
        else if (origin.stage.index > own.index) {
          context.report({ node: flag, messageId: "laterStage", data: { name, stage: origin.stage.name ?? String(origin.stage.index) } });
        }
        return;
      }
      if (origin.kind !== "image") return;
      if (/^\d+$/u.test(name)) {
        if (own.index === 0) context.report({ node: flag, messageId: "noEarlierStage", data: { name } });
        else context.report({ node: flag, messageId: "missingIndex", data: { name, last: String(own.index - 1) } });
        return;
      }
      // Registry hosts, paths, tags and digests make it an image reference, not a stage name.
      if (/[/:@.]/u.test(name) || flag.value !== name || !flag.valueRange) return;
      const names = new Map(stages.stages.filter((stage) => stage.name !== null && stage !== own).map((stage) => [stage.name!.toLowerCase(), stage.name!]));
      const match = oneEditAway(name.toLowerCase(), names.keys());
      if (match === null) return;
      const stage = names.get(match)!;
      const range = flag.valueRange;
      context.report({
        node: flag,
        messageId: "likelyTypo",
        data: { name, stage },
        suggest: [{ messageId: "useStage", data: { stage }, fix: (fixer) => fixer.replaceTextRange(range, stage) }],
      });
    }

    return {
      Dockerfile() {
        for (const operation of analysis.copies.all) {
          const flag = operation.flags.get("from");
          if (flag && operation.stage && flag.value !== null) check(operation, flag);
        }
      },
    };
  },
});
