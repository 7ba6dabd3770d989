/**
 * `useradd` records the new user in /var/log/lastlog and /var/log/faillog, sparse files sized by the
 * highest UID. Image layers do not keep files sparse, so a large UID writes megabytes or gigabytes
 * of zeros into the layer. `-l` (`--no-log-init`) skips those logs.
 */
import type { RunInstruction } from "../lib/dockerfile/ast.js";
import { createDockerfileRule } from "../lib/rule.js";
import { commandName, hasOption, optionValue, unwrapCommand } from "../lib/shell/index.js";

/** hadolint's threshold: a UID of more than five digits. */
const LONG_UID = /^\d{6,}$/u;

export default createDockerfileRule<{ MessageIds: "missingNoLogInit" }>("useradd-no-log-init", {
  meta: {
    type: "problem",
    docs: {
      description: "Require useradd -l (--no-log-init) when the UID is large, so the lastlog and faillog files do not bloat the layer",
      recommended: true,
      strict: true,
      hadolint: ["DL3046"],
      buildkit: [],
    },
    fixable: "code",
    schema: [],
    defaultOptions: [],
    messages: {
      missingNoLogInit:
        "useradd with UID {{uid}} and no -l writes lastlog and faillog entries whose files the layer stores at full size, which can add gigabytes to the image. Add -l (--no-log-init).",
    },
  },
  create(context) {
    const { sourceCode } = context;
    const { analysis } = sourceCode;

    function check(run: RunInstruction): void {
      for (const command of analysis.runCommands.commandsOf(run)) {
        const view = unwrapCommand(command);
        if (commandName(view) !== "useradd" || hasOption(view, "-l", "--no-log-init")) continue;
        const uidWord = optionValue(view, "--uid") ?? optionValue(view, "-u");
        if (!uidWord) continue;
        const uid = uidWord.value ?? analysis.expand(uidWord.text, run).value;
        if (uid === null || !LONG_UID.test(uid)) continue;
        const name = view.name!;
        context.report({
          loc: sourceCode.getLocFromRange(name.range),
          messageId: "missingNoLogInit",
          data: { uid },
          fix: (fixer) => fixer.insertTextAfterRange(name.range, " -l"),
        });
      }
    }

    return { RUN: check };
  },
});
