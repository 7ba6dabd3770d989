/**
 * A tag can be pushed again; only a digest names one image for good. Pinning compose images by
 * digest makes `docker compose up` start the same software everywhere.
 */
import { createComposeRule } from "../lib/rule.js";
import { pulledImages } from "../lib/analysis/compose-images.js";
import { stringListOption } from "../lib/rule-options.js";

type Options = [{ ignoreImages: string[] }];

export default createComposeRule<{ RuleOptions: Options; MessageIds: "noDigest" }>("compose-pin-image-digest", {
  meta: {
    type: "suggestion",
    docs: {
      description: "Require compose service images to be pinned by digest",
      recommended: false,
      strict: true,
      hadolint: [],
      buildkit: [],
    },
    schema: [
      {
        type: "object",
        properties: {
          ignoreImages: stringListOption("Images (registry and repository, without tag) that need no digest."),
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ ignoreImages: [] }],
    messages: {
      noDigest:
        'Service "{{service}}" uses image "{{image}}" without a digest; its tag can be pushed again. Pin the digest (e.g. "{{image}}@sha256:<digest>", from `docker buildx imagetools inspect {{image}}`).',
    },
  },
  create(context) {
    const ignored = new Set(context.options[0].ignoreImages);
    return {
      Program(program) {
        for (const image of pulledImages(program)) {
          if (image.reference.digest || ignored.has(image.name)) continue;
          context.report({ node: image.node, messageId: "noDigest", data: { service: image.service, image: image.node.value } });
        }
      },
    };
  },
});
