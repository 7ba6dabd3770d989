/**
 * COPY and ADD create files owned by root (COPY --from keeps the owner they had, usually root)
 * unless `--chown` says otherwise. In a stage that runs as a non-root user, application files
 * should belong to that user, as the seed Dockerfile does with `--chown=appuser:appuser`.
 */
import type { AddInstruction, CopyInstruction } from "../lib/dockerfile/ast.js";
import type { StageUser } from "../lib/analysis/users.js";
import { resolveIn } from "../lib/analysis/working-directories.js";
import { createDockerfileRule } from "../lib/rule.js";

type Options = [{ onlyAfterUser: boolean }];

/** Folders of the system: files copied there (tools, libraries, config) are rightly root's. */
const SYSTEM_FOLDERS = ["/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32", "/usr", "/etc"];

export default createDockerfileRule<{ RuleOptions: Options; MessageIds: "missingChown" }>("copy-chown", {
  meta: {
    type: "suggestion",
    docs: {
      description: "Require COPY and ADD to set --chown in a stage that runs as a non-root user",
      recommended: false,
      strict: true,
      hadolint: [],
      buildkit: [],
    },
    fixable: "code",
    schema: [
      {
        type: "object",
        properties: {
          onlyAfterUser: {
            type: "boolean",
            description: "Require --chown only on COPY and ADD that come after the stage's USER instruction.",
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ onlyAfterUser: false }],
    messages: {
      missingChown:
        "{{instruction}} leaves the files owned by root, but this stage runs as {{user}}, which cannot change them. Add --chown={{chown}} so that the user owns them.",
    },
  },
  create(context) {
    const { analysis } = context.sourceCode;
    const folders = analysis.workingDirectories;
    const { onlyAfterUser } = context.options[0];

    function check(node: CopyInstruction | AddInstruction): void {
      const operation = analysis.copies.of(node);
      if (!operation?.stage || operation.flags.has("chown")) return;
      const user = analysis.userOf(operation.stage);
      if (user.isRoot !== false) return;
      if (onlyAfterUser && user.setIn === operation.stage && user.instruction && node.range[0] < user.instruction.range[0]) return;
      const destination = operation.destination?.value;
      const workdir = folders.at(node);
      if (destination && (destination.startsWith("/") || workdir !== null)) {
        const target = resolveIn(workdir ?? { base: null, path: "/" }, destination);
        if (target.base === null && SYSTEM_FOLDERS.some((folder) => target.path === folder || target.path.startsWith(folder + "/"))) return;
      }
      const chown = chownValue(node, user);
      context.report({
        node,
        messageId: "missingChown",
        data: { instruction: node.type, user: user.name === null ? "a non-root user" : `"${user.name}"`, chown: chown ?? "<user>" },
        fix: chown === null ? null : (fixer) => fixer.insertTextAfterRange(node.keywordRange, ` --chown=${chown}`),
      });
    }

    /**
     * The USER value as written when it means the same at the COPY (every variable it uses is
     * the same declaration there), else its value when known, else null. `--chown=<user>` alone
     * gives the files the user's UID as GID too, so a group is added only when USER names one.
     */
    function chownValue(node: CopyInstruction | AddInstruction, user: StageUser): string | null {
      if (!user.instruction || user.instruction.arguments.length !== 1) return null;
      const raw = user.instruction.arguments[0]!.value;
      const atUser = analysis.scopeAt(user.instruction);
      const atCopy = analysis.scopeAt(node);
      const { references } = analysis.expand(raw, user.instruction);
      if (references.every((name) => atUser.get(name) !== undefined && atUser.get(name) === atCopy.get(name))) return raw;
      return user.name !== null && /^[\w.:-]+$/u.test(user.name) ? user.name : null;
    }

    return { COPY: check, ADD: check };
  },
});
