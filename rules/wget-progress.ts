/**
 * wget's default progress bar writes a line for every few kilobytes when its output is not a
 * terminal: a large download floods the build log. `--progress=dot:giga` or `-q`/`-nv` keep it short.
 */
import type { RunInstruction } from "../lib/dockerfile/ast.js";
import { createDockerfileRule } from "../lib/rule.js";
import { commandName, hasOption, unwrapCommand, type ShellCommand } from "../lib/shell/index.js";

/** Options that take a value: in a cluster such as `-qO-`, the letters after one are its value. */
const SHORT_WITH_VALUE = "ABDIOPQRTUXaeilotwY";
/** Options that silence the progress output, or send all of wget's output to a log file. */
const QUIET_SHORT = "qoa";

export default createDockerfileRule<{ MessageIds: "noProgress" | "addProgress" | "addQuiet" }>("wget-progress", {
  meta: {
    type: "suggestion",
    docs: {
      description: "Require wget in RUN to limit its progress output with --progress, -q or -nv",
      recommended: false,
      strict: true,
      hadolint: ["DL3047"],
      buildkit: [],
    },
    hasSuggestions: true,
    schema: [],
    defaultOptions: [],
    messages: {
      noProgress:
        "Without a terminal, wget prints a progress line for every few kilobytes it downloads and floods the build log. Add --progress=dot:giga (GNU wget), or -q to print nothing.",
      addProgress: "Add --progress=dot:giga (GNU wget only; BusyBox wget rejects it).",
      addQuiet: "Add -q (wget then prints no error messages either; its exit status still fails the RUN).",
    },
  },
  create(context) {
    const { sourceCode } = context;
    const { runCommands } = sourceCode.analysis;

    function check(run: RunInstruction): void {
      for (const command of runCommands.commandsOf(run)) {
        const view = unwrapCommand(command);
        if (commandName(view) !== "wget" || limitsOutput(view)) continue;
        const word = view.name!;
        context.report({
          loc: sourceCode.getLocFromRange(word.range),
          messageId: "noProgress",
          suggest: [
            { messageId: "addProgress", fix: (fixer) => fixer.insertTextAfterRange(word.range, " --progress=dot:giga") },
            { messageId: "addQuiet", fix: (fixer) => fixer.insertTextAfterRange(word.range, " -q") },
          ],
        });
      }
    }

    return { RUN: check };
  },
});

function limitsOutput(wget: ShellCommand): boolean {
  if (hasOption(wget, "--progress", "--quiet", "--no-verbose", "--output-file", "--append-output", "-nv")) return true;
  for (const arg of wget.args) {
    const text = arg.value;
    if (text === null || text === "--") return false;
    if (!/^-[A-Za-z]/u.test(text) || text === "-nv") continue;
    for (const letter of text.slice(1)) {
      if (QUIET_SHORT.includes(letter)) return true;
      if (SHORT_WITH_VALUE.includes(letter) || !/[A-Za-z0-9]/u.test(letter)) break;
    }
  }
  return false;
}
