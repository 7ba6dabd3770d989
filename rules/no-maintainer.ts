/**
 * MAINTAINER is deprecated: it sets a field the image spec no longer has. The author belongs in
 * the OCI label `org.opencontainers.image.authors`, which registries and scanners read.
 */
import { createDockerfileRule } from "../lib/rule.js";

const AUTHORS_LABEL = "org.opencontainers.image.authors";

export default createDockerfileRule("no-maintainer", {
  meta: {
    type: "suggestion",
    docs: {
      description: "Disallow the deprecated MAINTAINER instruction",
      recommended: true,
      strict: true,
      hadolint: ["DL4000"],
      buildkit: ["MaintainerDeprecated"],
    },
    fixable: "code",
    schema: [],
    defaultOptions: [],
    messages: {
      deprecated: `MAINTAINER is deprecated. Name the image's author with a label instead: LABEL ${AUTHORS_LABEL}="...".`,
    },
  },
  create(context) {
    const { text } = context.sourceCode;
    return {
      MAINTAINER(node, parent) {
        const author = node.argumentsRange ? text.slice(...node.argumentsRange) : "";
        // Inside double quotes `"`, `$`, `\` and the escape character would mean something else.
        const plain = parent?.type !== "ONBUILD" && author !== "" && /^[^"$\\`\r\n]+$/u.test(author);
        const label = node.keyword === node.keyword.toLowerCase() ? "label" : "LABEL";
        context.report({
          node,
          messageId: "deprecated",
          fix: plain ? (fixer) => fixer.replaceTextRange([node.keywordRange[0], node.argumentsRange![1]], `${label} ${AUTHORS_LABEL}="${author}"`) : null,
        });
      },
    };
  },
});
