/**
 * The shell scripts of every RUN, parsed once: shell form, `["sh", "-c", "..."]` exec form, and
 * heredoc bodies that a shell runs. Stages whose SHELL is not a POSIX shell (pwsh, cmd) are skipped.
 */
import type { DockerfileRoot, Heredoc, Instruction, RunInstruction } from "../dockerfile/ast.js";
import {
  commandName,
  heredocSource,
  jsonStringSource,
  parseShell,
  shellFormSource,
  type ShellCommand,
  type ShellScript,
} from "../shell/index.js";
import type { StageGraph } from "./stages.js";

export interface RunScript {
  run: RunInstruction;
  /** Where the script text comes from. */
  origin: "shell form" | "exec form" | "heredoc";
  /** The heredoc whose body is the script, for `origin: "heredoc"`. */
  heredoc: Heredoc | null;
  script: ShellScript;
}

const POSIX_SHELLS = new Set(["sh", "bash", "dash", "ash", "zsh", "ksh", "mksh", "busybox"]);

export class RunCommands {
  readonly #text: string;
  readonly #escapeCharacter: "\\" | "`";
  readonly #scripts = new Map<RunInstruction, RunScript[]>();

  constructor(root: DockerfileRoot, text: string, stages: StageGraph) {
    this.#text = text;
    this.#escapeCharacter = root.escapeCharacter;
    const posixAfterStage = new Map<number, boolean>();
    for (const stage of stages.stages) {
      const parent = stage.base.kind === "stage" ? stage.base.stage : null;
      let posix = parent ? (posixAfterStage.get(parent.index) ?? true) : true;
      for (const instruction of stage.instructions) posix = this.#visit(instruction, posix);
      posixAfterStage.set(stage.index, posix);
    }
    // Instructions before the first FROM, and fragments without FROM (Markdown examples).
    let posix = true;
    for (const instruction of stages.globalInstructions) posix = this.#visit(instruction, posix);
  }

  /** Every parsed script of every RUN (ONBUILD RUN included), in source order. */
  get all(): RunScript[] {
    return [...this.#scripts.values()].flat().sort((a, b) => a.run.range[0] - b.run.range[0]);
  }

  /** The scripts of one RUN; empty when it is not run by a POSIX shell. */
  scriptsOf(run: RunInstruction): RunScript[] {
    return this.#scripts.get(run) ?? [];
  }

  /** The simple commands of one RUN, across all its scripts. */
  commandsOf(run: RunInstruction): ShellCommand[] {
    return this.scriptsOf(run).flatMap((entry) => entry.script.commands);
  }

  /** Records a RUN's scripts; returns whether the shell is POSIX after this instruction. */
  #visit(instruction: Instruction, posix: boolean): boolean {
    if (instruction.type === "SHELL") return instruction.form === "exec" && isPosixShell(instruction.execArguments[0]?.value);
    const run = instruction.type === "ONBUILD" && instruction.trigger?.type === "RUN" ? instruction.trigger : instruction;
    if (run.type === "RUN" && posix) this.#scripts.set(run, this.#scriptsOfRun(run));
    return posix;
  }

  #scriptsOfRun(run: RunInstruction): RunScript[] {
    if (run.form === "exec") return this.#execFormScripts(run);
    if (!run.argumentsRange) return [];
    const onlyHeredocs = run.heredocs.length > 0 && run.arguments.every((argument) => argument.value.startsWith("<<"));
    if (onlyHeredocs) return this.#heredocScripts(run, run.heredocs);

    // With heredocs, the shell receives the command line together with the heredoc bodies.
    const start = run.argumentsRange[0];
    const end = Math.max(run.argumentsRange[1], ...run.heredocs.map((heredoc) => heredoc.endRange[1]));
    const leading = startsWithHeredoc(run);
    const text = leading ? blankHeredocs(this.#text, run.heredocs, start, end) : this.#text.slice(start, end);
    const script = parseShell(shellFormSource(text, start, this.#escapeCharacter));
    const fed = leading ? heredocsFedToFirstShell(run, script) : heredocsFedToShells(run, script);
    return [{ run, origin: "shell form" as const, heredoc: null, script }, ...this.#heredocScripts(run, fed)];
  }

  /** `RUN ["sh", "-c", "script"]`: the script string is analysed; plain exec form is not a shell. */
  #execFormScripts(run: RunInstruction): RunScript[] {
    const [program, flag, scriptArgument] = run.execArguments;
    if (!program || !flag || !scriptArgument || !isPosixShell(program.value) || !/^-[a-z]*c[a-z]*$/u.test(flag.value)) return [];
    const literal = this.#text.slice(...scriptArgument.range);
    const script = parseShell(jsonStringSource(literal, scriptArgument.range[0], this.#escapeCharacter));
    return [{ run, origin: "exec form", heredoc: null, script }];
  }

  #heredocScripts(run: RunInstruction, heredocs: Heredoc[]): RunScript[] {
    return heredocs
      .filter((heredoc) => isShellScriptBody(heredoc.body))
      .map((heredoc) => ({ run, origin: "heredoc" as const, heredoc, script: parseShell(heredocSource(heredoc.body, heredoc.bodyRange[0])) }));
  }
}

/**
 * `RUN <<EOF bash`, Docker's documented way to pick the shell: the heredoc comes before the
 * command word, a form tree-sitter-bash does not read. Such heredocs feed the first command.
 */
function startsWithHeredoc(run: RunInstruction): boolean {
  return run.heredocs.length > 0 && run.arguments[0]?.value.startsWith("<<") === true;
}

/** The command line with heredoc markers, bodies and delimiters blanked out (offsets kept). */
function blankHeredocs(text: string, heredocs: Heredoc[], start: number, end: number): string {
  let result = text.slice(start, end);
  const blank = ([from, to]: [number, number]) => {
    const blanked = result.slice(from - start, to - start).replace(/[^\r\n]/gu, " ");
    result = result.slice(0, from - start) + blanked + result.slice(to - start);
  };
  for (const heredoc of heredocs) {
    blank(heredoc.startRange);
    blank([heredoc.bodyRange[0], heredoc.endRange[1]]);
  }
  return result;
}

function heredocsFedToFirstShell(run: RunInstruction, script: ShellScript): Heredoc[] {
  const first = script.commands[0];
  return first && isPosixShell(commandName(first)) ? run.heredocs : [];
}

/** Heredocs given as standard input to a shell on the command line: `RUN bash <<EOF`. */
function heredocsFedToShells(run: RunInstruction, script: ShellScript): Heredoc[] {
  const fedDelimiters = new Set<string>();
  for (const command of script.commands) {
    if (!isPosixShell(commandName(command))) continue;
    for (const redirect of command.redirects) {
      const delimiter = redirect.target?.value;
      if (redirect.operator.startsWith("<<") && redirect.operator !== "<<<" && delimiter) fedDelimiters.add(delimiter);
    }
  }
  return run.heredocs.filter((heredoc) => fedDelimiters.has(heredoc.delimiter));
}

/** A body with no shebang runs under the default shell; a shebang may name another interpreter. */
function isShellScriptBody(body: string): boolean {
  const shebang = /^#!\s*(\S+)(?:[ \t]+(\S+))?/u.exec(body);
  if (!shebang) return true;
  const interpreter = basename(shebang[1]!) === "env" ? shebang[2] : shebang[1];
  return isPosixShell(interpreter);
}

function isPosixShell(program: string | null | undefined): boolean {
  return program !== null && program !== undefined && POSIX_SHELLS.has(basename(program));
}

function basename(path: string): string {
  return path.slice(path.lastIndexOf("/") + 1);
}
