/**
 * A relative COPY/ADD destination is resolved against the working directory. Before any WORKDIR
 * in the stage (or the stages it is built FROM), that is whatever the base image sets, which its
 * publisher may change with any update: files land somewhere the Dockerfile does not say.
 */
import type { AddInstruction, CopyInstruction } from "../lib/dockerfile/ast.js";
import { isAbsolutePath } from "../lib/analysis/workdir-instructions.js";
import { createDockerfileRule } from "../lib/rule.js";

export default createDockerfileRule<{ MessageIds: "noWorkdir" }>("workdir-before-relative-copy", {
  meta: {
    type: "problem",
    docs: {
      description: "Require a WORKDIR before COPY or ADD to a relative destination",
      recommended: true,
      strict: true,
      hadolint: ["DL3045"],
      buildkit: [],
    },
    schema: [],
    defaultOptions: [],
    messages: {
      noWorkdir:
        '{{instruction}} to the relative destination "{{destination}}" before any WORKDIR: the files land in the working directory of the base image, which can change with any update of that image. Set WORKDIR first, or use an absolute destination.',
    },
  },
  create(context) {
    const { sourceCode } = context;
    const { analysis } = sourceCode;

    function check(node: CopyInstruction | AddInstruction): void {
      const operation = analysis.copies.of(node);
      const destination = operation?.destination;
      if (!operation?.stage || !destination) return;
      const raw = /^(["'])[^]*\1$/u.test(destination.raw) ? destination.raw.slice(1, -1) : destination.raw;
      const expansion = analysis.expand(raw, node);
      if (expansion.value === null || expansion.undeclared.length > 0 || isAbsolutePath(expansion.value)) return;
      // Null: a WORKDIR the file cannot resolve (a variable, a Windows path): something was set.
      const folder = analysis.workingDirectories.at(node);
      if (folder === null || folder.path !== "") return;
      context.report({
        loc: sourceCode.getLocFromRange(destination.range),
        messageId: "noWorkdir",
        data: { instruction: node.type, destination: raw },
      });
    }

    return { COPY: check, ADD: check };
  },
});
