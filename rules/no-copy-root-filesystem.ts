/**
 * `COPY --from=<stage> / /` lays the whole filesystem of another stage or image over this one:
 * its system files (users, libraries, package databases) replace those of the base image, which
 * then no longer matches what its own package manager and tools expect. Into `FROM scratch` the
 * same line is the usual way to squash a stage into one layer, and is left alone.
 */
import type { CopyInstruction } from "../lib/dockerfile/ast.js";
import { createDockerfileRule } from "../lib/rule.js";

/** `/`, `/.`, `//`, `"/"` as the root folder. */
function isRoot(path: string | null): boolean {
  return path !== null && /^\/(?:\.?\/*)*$/u.test(path.replace(/^(["'])([^]*)\1$/u, "$2"));
}

export default createDockerfileRule<{ MessageIds: "wholeFilesystem" }>("no-copy-root-filesystem", {
  meta: {
    type: "problem",
    docs: {
      description: "Disallow COPY --from of a whole filesystem onto the root of an image",
      recommended: false,
      strict: true,
      hadolint: ["DL3067"],
      buildkit: [],
    },
    schema: [],
    defaultOptions: [],
    messages: {
      wholeFilesystem:
        "COPY --from={{from}} / / lays the whole filesystem of {{from}} over this image, replacing its system files (users, libraries, package databases) with those of another image. Copy only the folders this image needs.",
    },
  },
  create(context) {
    const { analysis } = context.sourceCode;
    return {
      COPY(node: CopyInstruction) {
        const operation = analysis.copies.of(node);
        const from = operation?.flags.get("from");
        if (!operation?.stage || !from || operation.stage.base.kind === "scratch") return;
        if (!isRoot(operation.destination?.value ?? null) || !operation.sources.some((source) => isRoot(source.value))) return;
        context.report({ node, messageId: "wholeFilesystem", data: { from: from.value ?? "" } });
      },
    };
  },
});
