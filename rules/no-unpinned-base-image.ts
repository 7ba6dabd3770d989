/**
 * A base image without a tag, or with `latest`, changes whenever its publisher pushes, so two
 * builds of the same Dockerfile can differ. Variables are resolved through global ARGs first.
 */
import { imageName } from "../lib/analysis/image-reference.js";
import { createDockerfileRule } from "../lib/rule.js";
import { stringListOption } from "../lib/rule-options.js";

type Options = [{ ignoreImages: string[] }];

export default createDockerfileRule<{ RuleOptions: Options; MessageIds: "untagged" | "latest" }>("no-unpinned-base-image", {
  meta: {
    type: "problem",
    docs: {
      description: "Require base images to be pinned to a version tag or digest",
      recommended: true,
      strict: true,
      hadolint: ["DL3006", "DL3007"],
      buildkit: [],
    },
    schema: [
      {
        type: "object",
        properties: {
          ignoreImages: stringListOption("Images (registry and repository, without tag) that may stay unpinned, e.g. images your own pipeline builds just before."),
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ ignoreImages: [] }],
    messages: {
      untagged: 'Base image "{{image}}" has no tag, so every build may pull a different image. Pin a version tag (e.g. "{{image}}:<version>") or a digest.',
      latest: 'Base image "{{image}}" uses the "latest" tag, which moves with every release. Pin a version tag or a digest.',
    },
  },
  create(context) {
    const { stages } = context.sourceCode.analysis;
    const ignored = new Set(context.options[0].ignoreImages);
    return {
      FROM(node) {
        const stage = stages.stageOf(node);
        if (!node.image || !stage || stage.base.kind !== "image") return;
        const { reference } = stage.base;
        if (reference.digest || ignored.has(imageName(reference))) return;
        if (reference.tag === null) {
          context.report({ node: node.image, messageId: "untagged", data: { image: stage.baseName ?? node.image.value } });
        } else if (reference.tag === "latest") {
          context.report({ node: node.image, messageId: "latest", data: { image: stage.baseName ?? node.image.value } });
        }
      },
    };
  },
});
