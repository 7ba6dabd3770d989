/**
 * A tag can be moved to another image at any time; only a digest names one image for good. The
 * reproducible-build practice pins every base image by digest (a tag may stay beside it).
 */
import { imageName } from "../lib/analysis/image-reference.js";
import { createDockerfileRule } from "../lib/rule.js";
import { stringListOption } from "../lib/rule-options.js";

type Options = [{ ignoreImages: string[] }];

export default createDockerfileRule<{ RuleOptions: Options; MessageIds: "missingDigest" }>("pin-base-image-digest", {
  meta: {
    type: "suggestion",
    docs: {
      description: "Require base images to be pinned by digest",
      recommended: false,
      strict: true,
      hadolint: [],
      buildkit: [],
    },
    schema: [
      {
        type: "object",
        properties: {
          ignoreImages: stringListOption("Images (registry and repository, without tag) that may stay without a digest, e.g. images your own pipeline builds just before."),
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ ignoreImages: [] }],
    messages: {
      missingDigest:
        'Base image "{{image}}" is not pinned by digest: its publisher can move the tag to a different image. Append the digest ("{{image}}@sha256:…"), and let a bot such as Renovate or Dependabot update it.',
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
        context.report({ node: node.image, messageId: "missingDigest", data: { image: stage.baseName ?? node.image.value } });
      },
    };
  },
});
