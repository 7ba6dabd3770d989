/**
 * A COPY or ADD source that is not in the build context makes the build fail ("not found"). Only
 * literal paths are checked, and wildcards when no source of the instruction copies anything:
 * BuildKit lets a wildcard match nothing (`COPY package.json yarn.lock* ./` copies an optional
 * file), so one empty wildcard beside others is a choice, not a mistake.
 */
import type { ContextSource } from "../lib/analysis/context-sources.js";
import { folderName, hasWildcards, toContextPath } from "../lib/analysis/build-context.js";
import { createDockerfileRule } from "../lib/rule.js";

export default createDockerfileRule<{ MessageIds: "missing" | "outside" | "matchesNothing" }>("no-missing-copy-source", {
  meta: {
    type: "problem",
    docs: {
      description: "Disallow COPY and ADD sources that do not exist in the build context",
      recommended: false,
      strict: true,
      hadolint: [],
      buildkit: [],
    },
    schema: [],
    defaultOptions: [],
    messages: {
      missing:
        '{{keyword}} source "{{source}}" does not exist in the build context "{{root}}", so the build fails with "not found". Fix the path, or build with the context that holds it (settings.dockerfile.contexts tells this plugin which one).',
      outside:
        '{{keyword}} source "{{source}}" climbs out of the build context with "..", and a build cannot read files outside its context (BuildKit reads it as "{{inside}}" at the root of the context). Move the file into the context, or build with a context that contains it.',
      matchesNothing:
        '{{keyword}} source "{{source}}" matches nothing in the build context "{{root}}", and no other source of this {{keyword}} does: it copies nothing.',
    },
  },
  create(context) {
    const { analysis } = context.sourceCode;
    return {
      Dockerfile() {
        const buildContext = analysis.buildContext(context);
        if (buildContext === null) return;
        const root = folderName(context.cwd, buildContext.root);
        const byInstruction = new Map<ContextSource["operation"], ContextSource[]>();
        for (const item of analysis.contextSources) {
          byInstruction.set(item.operation, [...(byInstruction.get(item.operation) ?? []), item]);
        }
        for (const [operation, sources] of byInstruction) {
          const keyword = operation.instruction.type;
          const report = (item: ContextSource, messageId: "missing" | "outside" | "matchesNothing", inside = "") =>
            context.report({
              loc: context.sourceCode.getLocFromRange(item.source.range),
              messageId,
              data: { keyword, source: item.source.raw, root, inside },
            });
          const wildcards: ContextSource[] = [];
          let copiesSomething = false;
          for (const item of sources) {
            if (item.path === null) {
              copiesSomething = true;
              continue;
            }
            const contextPath = toContextPath(item.path);
            if (contextPath === null) {
              report(item, "outside", toContextPath(`/${item.path}`)!);
            } else if (!hasWildcards(contextPath)) {
              copiesSomething = true;
              if (!buildContext.exists(contextPath) && !buildContext.isIgnored(contextPath)) report(item, "missing");
            } else if (buildContext.expandSource(contextPath).length > 0) {
              copiesSomething = true;
            } else {
              wildcards.push(item);
            }
          }
          if (!copiesSomething) for (const item of wildcards) report(item, "matchesNothing");
        }
      },
    };
  },
});
