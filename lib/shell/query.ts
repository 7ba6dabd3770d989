/**
 * Questions rules ask about a simple command. Option syntax follows getopt conventions: short
 * flags combine (`-yq`), long options take `--opt=value` or `--opt value`, `--` ends options.
 * None of these see through wrappers like `sudo`: call {@link unwrapCommand} first.
 */

import type { ShellCommand, ShellWord } from "./model.js";
import { wordTail } from "./words.js";

/** The program's basename (`/usr/bin/apt-get` -> `apt-get`), or `null` when not static. */
export function commandName(cmd: ShellCommand): string | null {
  const value = cmd.name?.value;
  if (value === undefined || value === null) return null;
  return value.slice(value.lastIndexOf("/") + 1);
}

/**
 * Whether any of `names` (`-y`, `--yes`, `-name`) is given before `--`. A short name also
 * matches inside a cluster of letters and digits (`-yq` has `-y`); a long name also matches
 * `--name=value`.
 */
export function hasOption(cmd: ShellCommand, ...names: string[]): boolean {
  for (const arg of cmd.args) {
    const text = optionText(arg);
    if (text === null || text.length < 2 || text[0] !== "-") continue;
    if (text === "--") return false;
    const equals = text.startsWith("--") ? text.indexOf("=") : -1;
    if (names.includes(equals >= 0 ? text.slice(0, equals) : text)) return true;
    if (text[1] !== "-" && SHORT_CLUSTER.test(text)) {
      for (const name of names) {
        if (name.length === 2 && name[0] === "-" && name[1] !== "-" && text.includes(name[1]!, 1)) return true;
      }
    }
  }
  return false;
}

/**
 * The value of option `name` (`--opt=value`, `--opt value`, `-o value`, `-ovalue`, `-qo value`),
 * last occurrence winning; `null` when absent. For `--opt=value` the result is the part after
 * `=`, with its own range.
 */
export function optionValue(cmd: ShellCommand, name: string): ShellWord | null {
  const args = cmd.args;
  let found: ShellWord | null = null;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const text = optionText(arg);
    if (text === null || text.length < 2 || text[0] !== "-") continue;
    if (text === "--") break;
    if (text === name) {
      found = args[i + 1] ?? null;
      i++;
    } else if ((name.startsWith("--") || name.length > 2) && text.startsWith(name + "=")) {
      found = attachedValue(arg, name.length + 1);
    } else if (name.length === 2 && name[1] !== "-" && text[1] !== "-") {
      const at = text.indexOf(name[1]!, 1);
      if (at < 0 || !SHORT_CLUSTER.test(text.slice(0, at))) continue;
      if (at === text.length - 1) {
        found = args[i + 1] ?? null;
        i++;
      } else {
        found = attachedValue(arg, at + 1);
      }
    }
  }
  return found;
}

/**
 * The first operand: `install` in `apt-get -q install curl`. List the options that take a
 * separate value (`["-o", "--option"]`) so that value is not taken for the subcommand.
 */
export function subcommand(cmd: ShellCommand, valueOptions: readonly string[] = []): ShellWord | null {
  return operands(cmd, valueOptions)[0] ?? null;
}

/** The arguments that are neither options nor option values; everything after `--` is one. */
export function operands(cmd: ShellCommand, valueOptions: readonly string[] = []): ShellWord[] {
  const result: ShellWord[] = [];
  const args = cmd.args;
  let optionsEnded = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const text = optionText(arg);
    if (!optionsEnded && text !== null && text.length > 1 && text[0] === "-") {
      if (text === "--") optionsEnded = true;
      else if (takesSeparateValue(text, valueOptions)) i++;
      continue;
    }
    result.push(arg);
  }
  return result;
}

interface Wrapper {
  /** Short options that take a value (attached or as the next word). */
  shortWithValue?: string;
  longWithValue?: readonly string[];
  /** Short options after which no command follows (`command -v`, `sudo -l`). */
  noCommandWith?: string;
  /** `NAME=value` words may precede the command. */
  assignments?: boolean;
  /** Operands to skip before the command (`timeout 10 cmd`, `gosu user cmd`). */
  skipOperands?: number;
}

const WRAPPERS: Readonly<Record<string, Wrapper>> = {
  sudo: {
    shortWithValue: "CDghprtTUuR",
    longWithValue: ["--chdir", "--close-from", "--group", "--host", "--prompt", "--role", "--type", "--command-timeout", "--other-user", "--user", "--chroot"],
    noCommandWith: "elVvK",
    assignments: true,
  },
  doas: { shortWithValue: "Cu" },
  env: { shortWithValue: "Cu", longWithValue: ["--chdir", "--unset"], noCommandWith: "S", assignments: true },
  time: { shortWithValue: "fo", longWithValue: ["--format", "--output"] },
  nice: { shortWithValue: "n", longWithValue: ["--adjustment"] },
  nohup: {},
  exec: { shortWithValue: "a" },
  command: { noCommandWith: "vV" },
  builtin: {},
  xargs: {
    shortWithValue: "adEILnPs",
    longWithValue: ["--arg-file", "--delimiter", "--max-lines", "--max-args", "--max-procs", "--max-chars", "--process-slot-var"],
  },
  timeout: { shortWithValue: "ks", longWithValue: ["--kill-after", "--signal"], skipOperands: 1 },
  stdbuf: { shortWithValue: "eio", longWithValue: ["--error", "--input", "--output"] },
  gosu: { skipOperands: 1 },
  "su-exec": { skipOperands: 1 },
};

/**
 * Sees through `sudo`, `env X=1`, `time`, `nice`, `nohup`, `exec`, `command`, `xargs`,
 * `timeout`, `stdbuf`, `doas`, `gosu`, `su-exec` (repeatedly): returns a view of `cmd` whose
 * `name` is the wrapped program and `args` its arguments (same word objects and ranges), or `cmd`
 * itself when it wraps nothing.
 */
export function unwrapCommand(cmd: ShellCommand): ShellCommand {
  let view = cmd;
  for (let depth = 0; depth < 8; depth++) {
    const name = commandName(view);
    const wrapper = name === null ? undefined : WRAPPERS[name];
    if (wrapper === undefined) break;
    const at = wrappedCommandIndex(view.args, wrapper);
    if (at < 0) break;
    view = { ...view, name: view.args[at]!, args: view.args.slice(at + 1) };
  }
  return view;
}

const SHELLS = new Set(["sh", "bash", "dash", "ash", "zsh", "ksh", "mksh"]);

/** The script word of `sh -c 'script'` / `bash -ec "script"` (after unwrapping), else `null`. */
export function shellScriptArgument(cmd: ShellCommand): ShellWord | null {
  const view = unwrapCommand(cmd);
  const name = commandName(view);
  if (name === null || !SHELLS.has(name)) return null;
  const args = view.args;
  let hasC = false;
  for (let i = 0; i < args.length; i++) {
    const text = args[i]!.value;
    if (text === "--") return hasC ? (args[i + 1] ?? null) : null;
    if (text === null || text.length < 2 || (text[0] !== "-" && text[0] !== "+")) {
      return hasC ? args[i]! : null;
    }
    if (text.startsWith("--")) {
      if (text === "--rcfile" || text === "--init-file") i++;
      continue;
    }
    if (text.includes("c", 1)) hasC = true;
    if (text.includes("o", 1) || text.includes("O", 1)) i++;
  }
  return null;
}

const SHORT_CLUSTER = /^-[A-Za-z0-9]*$/u;

/** The word's value, or for a dynamic `--opt=$X` its static `--opt=` prefix. */
function optionText(word: ShellWord): string | null {
  if (word.value !== null) return word.value;
  const prefix = /^--?[A-Za-z0-9][\w.-]*=/u.exec(word.text);
  return prefix ? prefix[0] : null;
}

/** The value part of `arg` after `valueIndex` characters of its value (`--opt=` or `-o`). */
function attachedValue(arg: ShellWord, valueIndex: number): ShellWord {
  const prefix = (arg.value ?? optionText(arg) ?? "").slice(0, valueIndex);
  // When the option itself is quoted ("--opt=x"), the value cannot be cut out of the range.
  const textIndex = arg.text.startsWith(prefix) ? valueIndex : 0;
  return wordTail(arg, textIndex, valueIndex);
}

function takesSeparateValue(text: string, valueOptions: readonly string[]): boolean {
  if (text.startsWith("--")) return !text.includes("=") && valueOptions.includes(text);
  if (valueOptions.includes(text)) return true;
  if (!SHORT_CLUSTER.test(text)) return false;
  for (let j = 1; j < text.length; j++) {
    if (valueOptions.includes("-" + text[j])) return j === text.length - 1;
  }
  return false;
}

function wrappedCommandIndex(args: readonly ShellWord[], wrapper: Wrapper): number {
  let skip = wrapper.skipOperands ?? 0;
  let optionsEnded = false;
  for (let i = 0; i < args.length; i++) {
    const text = args[i]!.value;
    if (!optionsEnded && text !== null && text.length > 1 && text[0] === "-") {
      if (text === "--") {
        optionsEnded = true;
      } else if (text.startsWith("--")) {
        if (!text.includes("=") && wrapper.longWithValue?.includes(text)) i++;
      } else {
        for (let j = 1; j < text.length; j++) {
          if (wrapper.noCommandWith?.includes(text[j]!)) return -1;
          if (wrapper.shortWithValue?.includes(text[j]!)) {
            if (j === text.length - 1) i++;
            break;
          }
        }
      }
      continue;
    }
    if (wrapper.assignments && text !== null && /^[A-Za-z_]\w*=/u.test(text)) continue;
    if (skip > 0) {
      skip--;
      continue;
    }
    return i;
  }
  return -1;
}
