/**
 * ADD does what COPY does plus downloads, git checkouts and unpacking of local tar archives. For
 * plain files and folders COPY says exactly what happens; ADD leaves the reader (and the build)
 * open to an archive being unpacked where a copy was meant.
 */
import type { AddInstruction } from "../lib/dockerfile/ast.js";
import { archiveName } from "../lib/analysis/archive-names.js";
import { createDockerfileRule } from "../lib/rule.js";

/** Flags COPY takes as well; any other flag (--keep-git-dir, --unpack, ...) is ADD's own. */
const SHARED_FLAGS = new Set(["chown", "chmod", "link", "exclude"]);

export default createDockerfileRule<{ MessageIds: "preferCopy" }>("prefer-copy", {
  meta: {
    type: "suggestion",
    docs: {
      description: "Require COPY instead of ADD for local files and folders",
      recommended: true,
      strict: true,
      hadolint: ["DL3020"],
      buildkit: [],
    },
    fixable: "code",
    schema: [],
    defaultOptions: [],
    messages: {
      preferCopy:
        "ADD of local files or folders: use COPY, which only copies. Keep ADD for URLs, git repositories and local tar archives it should unpack.",
    },
  },
  create(context) {
    const { sourceCode } = context;
    return {
      ADD(node: AddInstruction) {
        const operation = sourceCode.analysis.copies.of(node);
        if (!operation?.destination || operation.origin.kind !== "context" || node.flags.some((flag) => flag.name === "checksum")) return;
        if (operation.sources.some((source) => source.kind === "url" || source.kind === "git" || source.value === null)) return;
        const paths = operation.sources.filter((source) => source.kind === "path");
        const kinds = paths.map((source) => archiveName(source.value!));
        if (kinds.includes("archive")) return;
        // A wildcard that may match an archive, or a flag COPY lacks: the fix could change the build.
        const certain = !kinds.includes("maybe") && node.flags.every((flag) => SHARED_FLAGS.has(flag.name));
        context.report({
          node,
          messageId: "preferCopy",
          fix: certain ? (fixer) => fixer.replaceTextRange(node.keywordRange, copyKeyword(node.keyword)) : null,
        });
      },
    };
  },
});

/** COPY in the case style of the ADD it replaces: `add` -> `copy`, `Add` -> `Copy`, else `COPY`. */
function copyKeyword(keyword: string): string {
  if (keyword === keyword.toLowerCase()) return "copy";
  if (keyword === "Add") return "Copy";
  return "COPY";
}
