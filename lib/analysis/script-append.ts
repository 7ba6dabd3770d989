/**
 * Where a fix can add one more command at the end of a RUN's script, so that it runs after
 * everything else: only where the script's shape makes that certain.
 */
import type { RunScript } from "./run-commands.js";
import { stopsOnError } from "./script-errexit.js";

export interface ScriptAppend {
  /** The Dockerfile offset to insert at. */
  offset: number;
  /** The text to insert: the command with what joins it to the script. */
  text: string;
}

/**
 * How to append `command` (plain text: no quotes, no backslashes) to `entry`'s script, or null
 * when the shape is not simple. A heredoc body gets a new last line (unless its last line is
 * continued, or the script does not stop on errors: then the new last command would decide the
 * RUN's status and hide a failed install). A shell-form or `sh -c` exec-form script must be one list of simple commands
 * joined by `&&` or `;` (no pipes, no `if`/`for`, no subshells, no heredocs); it gets
 * ` && command` after its last command.
 */
export function appendCommand(entry: RunScript, command: string, text: string, escapeCharacter: string): ScriptAppend | null {
  const { run, heredoc, script } = entry;
  if (script.hasErrors) return null;
  if (entry.origin === "heredoc") {
    if (heredoc === null || !stopsOnError(entry)) return null;
    const [, bodyEnd] = heredoc.bodyRange;
    if (/\\[ \t]*$/u.test(heredoc.body) || heredoc.body.trim() === "") return null;
    const lineBreak = text.slice(bodyEnd, heredoc.endRange[0]) || "\n";
    return { offset: bodyEnd, text: `${lineBreak}${command}` };
  }
  const commands = script.commands;
  if (commands.length === 0 || (entry.origin === "shell form" && run.heredocs.length > 0)) return null;
  if (commands.some((c) => c.inSubshell || c.inPipeline || c.negated || c.nestedIn !== null)) return null;
  const scriptEnd = entry.origin === "exec form" ? (run.execArguments[2]?.range[1] ?? 0) - 1 : (run.argumentsRange?.[1] ?? 0);
  const scriptStart = entry.origin === "exec form" ? (run.execArguments[2]?.range[0] ?? 0) + 1 : (run.argumentsRange?.[0] ?? 0);
  const gap = (from: number, to: number) => stripLayout(text.slice(from, to), escapeCharacter);
  if (gap(scriptStart, commands[0]!.range[0]) !== "") return null;
  for (let i = 1; i < commands.length; i++) {
    const separator = gap(commands[i - 1]!.range[1], commands[i]!.range[0]);
    if (separator !== "&&" && separator !== ";") return null;
  }
  const last = commands.at(-1)!;
  if (!/^;?$/u.test(gap(last.range[1], scriptEnd))) return null;
  return { offset: last.range[1], text: ` && ${command}` };
}

/** The text without blanks, line continuations and the comment lines Docker drops. */
function stripLayout(text: string, escapeCharacter: string): string {
  const escape = escapeCharacter === "`" ? "`" : "\\\\";
  return text
    .replace(new RegExp(`${escape}[ \\t]*(?:\\r\\n|\\r|\\n)`, "gu"), "\n")
    .replace(/^[ \t]*#.*$/gmu, "")
    .replace(/\s+/gu, "");
}
