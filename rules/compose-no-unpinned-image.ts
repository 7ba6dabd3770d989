/**
 * A compose service's `image:` without a tag, or with `latest`, pulls whatever its publisher
 * pushed last, so two `docker compose up` runs can start different software.
 */
import { createComposeRule } from "../lib/rule.js";
import { pulledImages } from "../lib/analysis/compose-images.js";
import { stringListOption } from "../lib/rule-options.js";

type Options = [{ ignoreImages: string[] }];

export default createComposeRule<{ RuleOptions: Options; MessageIds: "untagged" | "latest" }>("compose-no-unpinned-image", {
  meta: {
    type: "problem",
    docs: {
      description: "Require compose service images to be pinned to a version tag or digest",
      recommended: true,
      strict: true,
      hadolint: [],
      buildkit: [],
    },
    schema: [
      {
        type: "object",
        properties: {
          ignoreImages: stringListOption("Images (registry and repository, without tag) that may stay unpinned."),
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ ignoreImages: [] }],
    messages: {
      untagged: 'Service "{{service}}" uses image "{{image}}" without a tag, so every pull may start a different image. Pin a version tag (e.g. "{{image}}:<version>") or a digest.',
      latest: 'Service "{{service}}" uses image "{{image}}" with the "latest" tag, which moves with every release. Pin a version tag or a digest.',
    },
  },
  create(context) {
    const ignored = new Set(context.options[0].ignoreImages);
    return {
      Program(program) {
        for (const image of pulledImages(program)) {
          const { reference } = image;
          if (reference.digest || ignored.has(image.name)) continue;
          const data = { service: image.service, image: image.node.value };
          if (reference.tag === null) context.report({ node: image.node, messageId: "untagged", data });
          else if (reference.tag === "latest") context.report({ node: image.node, messageId: "latest", data });
        }
      },
    };
  },
});
