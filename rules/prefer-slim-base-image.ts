/**
 * The full official images carry compilers, headers and docs that an application rarely needs at
 * run time; their `-slim` or `-alpine` variant of the same release is several times smaller. Only
 * the stages the final image is built FROM count: a build stage's size never reaches the image.
 */
import { imageName } from "../lib/analysis/image-reference.js";
import { smallerVariantTag } from "../lib/analysis/image-variants.js";
import { createDockerfileRule } from "../lib/rule.js";
import { stringListOption } from "../lib/rule-options.js";

type Options = [{ images: Record<string, string>; ignore: string[] }];

export default createDockerfileRule<{ RuleOptions: Options; MessageIds: "fullImage" | "useVariant" }>("prefer-slim-base-image", {
  meta: {
    type: "suggestion",
    docs: {
      description: "Prefer the slim or Alpine variant of an official base image for the final image",
      recommended: false,
      strict: true,
      hadolint: [],
      buildkit: [],
    },
    hasSuggestions: true,
    schema: [
      {
        type: "object",
        properties: {
          images: {
            type: "object",
            additionalProperties: { type: "string" },
            description:
              'More images, or other suffixes for built-in ones: image name (registry and repository, no tag) -> the suffix its version tags take for the smaller variant, e.g. { "my-org/python": "-slim" }. An empty suffix turns an image off.',
          },
          ignore: stringListOption("Images (registry and repository, without tag) never to report."),
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ images: {}, ignore: [] }],
    messages: {
      fullImage:
        'The final image is built from "{{image}}", the full variant with compilers and docs. "{{variant}}" is the same release, several times smaller: use it unless the image needs what the full variant adds.',
      useVariant: 'Use "{{variant}}".',
    },
  },
  create(context) {
    const { sourceCode } = context;
    const { stages } = sourceCode.analysis;
    const { images, ignore } = context.options[0];
    const ignored = new Set(ignore);
    return {
      Dockerfile() {
        const final = stages.finalStage;
        if (!final) return;
        for (const stage of stages.ancestry(final)) {
          const word = stage.from.image;
          if (!word || stage.base.kind !== "image") continue;
          const { reference } = stage.base;
          const variantTag = smallerVariantTag(reference, images);
          if (variantTag === null || ignored.has(imageName(reference))) continue;
          const written = sourceCode.text.slice(...word.range);
          const withoutDigest = (stage.baseName ?? written).replace(/@.*$/u, "");
          const variant = `${withoutDigest.slice(0, -reference.tag!.length)}${variantTag}`;
          // Only a tag written out literally is replaced; a digest belongs to the full image.
          const editable = written === word.value && written === stage.baseName && !reference.digest;
          context.report({
            node: word,
            messageId: "fullImage",
            data: { image: stage.baseName ?? written, variant },
            suggest: editable ? [{ messageId: "useVariant", data: { variant }, fix: (fixer) => fixer.replaceText(word, variant) }] : [],
          });
        }
      },
    };
  },
});
