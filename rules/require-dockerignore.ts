/**
 * Without an ignore file, `docker build` sends the whole folder to the builder, and a `COPY . .`
 * copies all of it into the image: `.git`, local `.env` files, `node_modules`, build output.
 * Reported once, at the first COPY or ADD that reads the build context.
 */
import { folderName } from "../lib/analysis/build-context.js";
import { createDockerfileRule } from "../lib/rule.js";

export default createDockerfileRule<{ MessageIds: "missing" }>("require-dockerignore", {
  meta: {
    type: "suggestion",
    docs: {
      description: "Require a .dockerignore file when the Dockerfile copies from the build context",
      recommended: true,
      strict: true,
      hadolint: [],
      buildkit: [],
    },
    schema: [],
    defaultOptions: [],
    messages: {
      missing:
        "{{keyword}} copies from the build context \"{{root}}\", which has no .dockerignore: everything in it (.git, local .env files, dependencies, build output) is sent to the builder and can end up in the image. Add a .dockerignore at the root of the build context, or {{own}} beside the Dockerfile.",
    },
  },
  create(context) {
    const { analysis } = context.sourceCode;
    return {
      Dockerfile() {
        const buildContext = analysis.buildContext(context);
        if (buildContext === null || buildContext.ignoreFile !== null) return;
        const first = analysis.contextSources[0];
        if (!first) return;
        const instruction = first.operation.instruction;
        const root = folderName(context.cwd, buildContext.root);
        context.report({
          loc: context.sourceCode.getLocFromRange(instruction.keywordRange),
          messageId: "missing",
          data: { keyword: instruction.type, root, own: `${buildContext.dockerfile.split(/[\\/]/u).at(-1)}.dockerignore` },
        });
      },
    };
  },
});
