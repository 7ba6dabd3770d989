import {
  parseShell,
  shellFormSource,
  type Range,
  type ShellCommand,
  type ShellScript,
  type ShellSource,
} from "../../../lib/shell/index.js";

export interface Parsed {
  script: ShellScript;
  dockerfile: string;
  /** The Dockerfile text of a range. */
  at(range: Range): string;
  /** Dockerfile text of the name and each argument. */
  words(cmd: ShellCommand): string[];
  /** The commands' names (their values) in order. */
  names(): (string | null)[];
  /** The first command named `name`. */
  find(name: string): ShellCommand;
}

/** Parses `raw` as the shell-form body of a RUN instruction in a small Dockerfile. */
export function parseRun(raw: string, escapeChar: "\\" | "`" = "\\"): Parsed {
  const dockerfile = `FROM alpine\nRUN ${raw}\nUSER app\n`;
  const base = dockerfile.indexOf(raw);
  return parsed(dockerfile, shellFormSource(raw, base, escapeChar));
}

export function parsed(dockerfile: string, source: ShellSource): Parsed {
  const script = parseShell(source);
  const at = (range: Range): string => dockerfile.slice(range[0], range[1]);
  return {
    script,
    dockerfile,
    at,
    words: (cmd) => [...(cmd.name ? [cmd.name] : []), ...cmd.args].map((word) => at(word.range)),
    names: () => script.commands.map((cmd) => cmd.name?.value ?? null),
    find(name) {
      const found = script.commands.find((cmd) => cmd.name?.value === name);
      if (!found) throw new Error(`no command ${name}`);
      return found;
    },
  };
}
