/**
 * A relative WORKDIR is resolved against the working directory the base image sets, which its
 * publisher may change. BuildKit's WorkdirRelativePath reports the first WORKDIR of a build when it
 * is relative; once the build has set one, later relative paths are relative to a known directory.
 */
import { createDockerfileRule } from "../lib/rule.js";

export default createDockerfileRule<{ MessageIds: "relativeWorkdir" }>("absolute-workdir", {
  meta: {
    type: "problem",
    docs: {
      description: "Require the first WORKDIR of a stage to be an absolute path",
      recommended: true,
      strict: true,
      hadolint: ["DL3000"],
      buildkit: ["WorkdirRelativePath"],
    },
    schema: [],
    defaultOptions: [],
    messages: {
      relativeWorkdir:
        'WORKDIR "{{path}}" is relative to the working directory of the base image, which can change with any update of that image. Use an absolute path (e.g. "{{example}}").',
    },
  },
  create(context) {
    const { analysis } = context.sourceCode;
    return {
      Dockerfile() {
        for (const setting of analysis.workdirs) {
          if (!setting.firstInBuild || setting.absolute !== false) continue;
          const path = setting.path ?? setting.instruction.arguments.map((argument) => argument.value).join(" ");
          // `C:app` is drive-relative; `C:/app` is absolute whatever the escape character.
          const example = /^[A-Za-z]:/u.test(path) ? `${path.slice(0, 2)}/${path.slice(2)}` : `/${path.replace(/^(?:\.(?:\/+|$))+/u, "")}`;
          context.report({ node: setting.instruction, messageId: "relativeWorkdir", data: { path, example } });
        }
      },
    };
  },
});
