/**
 * A path the ignore file excludes is not in the build context, so a COPY or ADD of it fails
 * ("not found"), and BuildKit warns with its CopyIgnoredFile check. A folder that is excluded but
 * has files put back by a `!` pattern is in the context (with those files only), and is fine.
 */
import { hasWildcards, toContextPath, type BuildContext } from "../lib/analysis/build-context.js";
import { createDockerfileRule } from "../lib/rule.js";

export default createDockerfileRule<{ MessageIds: "ignored" | "allIgnored" }>("copy-ignored-file", {
  meta: {
    type: "problem",
    docs: {
      description: "Disallow COPY and ADD of paths that the ignore file excludes from the build context",
      recommended: true,
      strict: true,
      hadolint: [],
      buildkit: ["CopyIgnoredFile"],
    },
    schema: [],
    defaultOptions: [],
    messages: {
      ignored:
        '{{keyword}} source "{{source}}" is excluded by the pattern "{{pattern}}" on line {{line}} of {{ignoreFile}}, so it is not in the build context and the build fails. Remove that pattern, or put the path back with "!{{path}}" after it.',
      allIgnored:
        '{{keyword}} source "{{source}}" matches only paths that {{ignoreFile}} excludes ("{{path}}" by "{{pattern}}" on line {{line}}), so it copies nothing. Change the ignore file or the source.',
    },
  },
  create(context) {
    const { analysis } = context.sourceCode;
    return {
      Dockerfile() {
        const buildContext = analysis.buildContext(context);
        if (buildContext === null || buildContext.ignoreFile === null) return;
        for (const { operation, source, path } of analysis.contextSources) {
          const contextPath = path === null ? null : toContextPath(path);
          if (contextPath === null) continue;
          const wildcard = hasWildcards(contextPath);
          const matches = wildcard ? buildContext.expandSource(contextPath) : [contextPath];
          if (matches.length === 0 || matches.some((match) => isInContext(buildContext, match))) continue;
          const pattern = buildContext.excludedBy(matches[0]!);
          if (pattern === null) continue;
          context.report({
            loc: context.sourceCode.getLocFromRange(source.range),
            messageId: wildcard ? "allIgnored" : "ignored",
            data: {
              keyword: operation.instruction.type,
              source: source.raw,
              path: matches[0]!,
              pattern: pattern.value,
              line: String(pattern.line),
              ignoreFile: buildContext.ignoreFileName!,
            },
          });
        }
      },
    };
  },
});

/** Not excluded, or an excluded folder that still holds files a `!` pattern puts back. */
function isInContext(buildContext: BuildContext, contextPath: string): boolean {
  return !buildContext.isIgnored(contextPath) || buildContext.filesIn(contextPath).length > 0;
}
