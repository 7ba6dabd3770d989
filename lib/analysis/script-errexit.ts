/**
 * Whether a RUN script stops at the first failing command. Without `set -e`, a heredoc script's
 * status is its last command's: a command appended after a failing install would hide the failure.
 */
import { commandName } from "../shell/index.js";
import type { RunScript } from "./run-commands.js";

/**
 * `set -e` / `set -o errexit` at the top level of the script (not in a subshell, `sh -c` string or
 * condition), or `-e` on its shebang line (`#!/bin/sh -e`).
 */
export function stopsOnError(entry: RunScript): boolean {
  if (entry.heredoc && /^#!\S*(?:[ \t]+[^\s-]\S*)?[ \t]+-[a-z]*e/u.test(entry.heredoc.body)) return true;
  return entry.script.commands.some((command) => {
    if (commandName(command) !== "set" || command.inSubshell || command.nestedIn !== null || command.inCondition) return false;
    return command.args.some(
      (arg, i) => /^-[a-z]*e[a-z]*$/u.test(arg.value ?? "") || (arg.value === "-o" && command.args[i + 1]?.value === "errexit"),
    );
  });
}
