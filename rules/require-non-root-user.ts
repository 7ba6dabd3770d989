/**
 * A container runs as the image's last USER, and without one as root. A process running as root
 * turns any exploit into root in the container and one step from the host. Only the final stage
 * is the image that runs; build stages may need root and are never reported.
 */
import type { Instruction } from "../lib/dockerfile/ast.js";
import { createDockerfileRule } from "../lib/rule.js";

export default createDockerfileRule<{ MessageIds: "rootUser" | "inheritedRootUser" | "noUser" }>("require-non-root-user", {
  meta: {
    type: "problem",
    docs: {
      description: "Require the final stage to run as a non-root user",
      recommended: true,
      strict: true,
      hadolint: ["DL3002"],
      buildkit: [],
    },
    schema: [],
    defaultOptions: [],
    messages: {
      rootUser:
        'The image runs as root: "USER {{user}}" is the last USER of the final stage. Switch to an unprivileged user after the steps that need root (e.g. "USER app", created with useradd).',
      inheritedRootUser:
        'The image runs as root: the final stage inherits "USER {{user}}" from stage "{{stage}}". Switch to an unprivileged user in the final stage (e.g. "USER app", created with useradd).',
      noUser:
        'The image runs as root: no USER is set in the final stage, and its base image "{{image}}" runs as root. Create an unprivileged user and switch to it (e.g. "RUN useradd --create-home app" then "USER app").',
    },
  },
  create(context) {
    const { analysis } = context.sourceCode;
    return {
      Dockerfile() {
        const { stages } = analysis;
        const final = stages.finalStage;
        if (!final) return;
        const user = analysis.userOf(final);
        if (user.isRoot !== true) return;
        const chain = stages.ancestry(final);
        if (user.instruction === null) {
          const root = chain.at(-1)!;
          if (root.base.kind === "scratch" && !chain.some(startsAProcess)) return;
          const image = root.baseName ?? root.from.image?.value ?? "";
          context.report({ node: final.from, messageId: "noUser", data: { image } });
        } else if (user.setIn === final) {
          context.report({ node: user.instruction, messageId: "rootUser", data: { user: user.name ?? "" } });
        } else {
          const stage = user.setIn?.name ?? String(user.setIn?.index);
          context.report({ node: final.from, messageId: "inheritedRootUser", data: { user: user.name ?? "", stage } });
        }
      },
    };
  },
});

/**
 * A `FROM scratch` image with no CMD or ENTRYPOINT cannot be run: it holds build output (for
 * `docker build --output`), so its user does not matter.
 */
function startsAProcess(stage: { instructions: Instruction[] }): boolean {
  return stage.instructions.some((instruction) => instruction.type === "CMD" || instruction.type === "ENTRYPOINT");
}
