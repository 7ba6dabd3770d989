/**
 * The working directory each instruction runs in, as far as the file tells: set by WORKDIR
 * (relative ones resolve against the one before), inherited from the stage built FROM, and
 * otherwise whatever the base image sets, which is not known offline. Also the directory a
 * command of a RUN runs in after the `cd`s before it.
 */
import type { Instruction, WorkdirInstruction } from "../dockerfile/ast.js";
import { commandName, unwrapCommand, type ShellCommand } from "../shell/index.js";
import type { Stage, StageGraph } from "./stages.js";

/**
 * A folder in the image. With `base` null, `path` is absolute (`/app`). Otherwise `path` is
 * relative to the working directory that `base`'s image sets (`""` is that folder itself), so
 * two folders can be compared when they share a base even though neither is known.
 */
export interface ImageFolder {
  base: Stage | null;
  path: string;
}

export class WorkingDirectories {
  readonly #before = new Map<Instruction, ImageFolder | null>();

  constructor(stages: StageGraph, escapeCharacter: string) {
    const after = new Map<Stage, ImageFolder | null>();
    for (const stage of stages.stages) {
      let current = initialFolder(stage, after);
      for (const instruction of stage.instructions) {
        this.#before.set(instruction, current);
        if (instruction.type !== "WORKDIR") continue;
        const { value } = readWorkdirPath(instruction, stages, escapeCharacter);
        if (value === null || !isPosixPath(value)) current = null;
        else if (value.startsWith("/") || current !== null) current = resolveIn(current ?? { base: null, path: "/" }, value);
      }
      after.set(stage, current);
    }
  }

  /** The working directory of an instruction of a stage; null when unknown or outside any stage. */
  at(instruction: Instruction): ImageFolder | null {
    return this.#before.get(instruction) ?? null;
  }
}

/**
 * A WORKDIR's path: the rest of the line as one word, shell quotes removed, variables expanded.
 * `value` is null when it depends on something the file does not say: a variable it does not
 * declare may come from the base image's ENV.
 */
export function readWorkdirPath(
  instruction: WorkdirInstruction,
  stages: StageGraph,
  escapeCharacter: string,
): { text: string; value: string | null } {
  const text = instruction.arguments.map((argument) => argument.value).join(" ").replace(/["']/gu, "");
  const expansion = stages.scopeAt(instruction).expand(text, escapeCharacter);
  return { text, value: text === "" || expansion.undeclared.length > 0 ? null : expansion.value };
}

/** A path written in an instruction or command (`src`, `../x`, `/opt/app`) resolved in a folder. */
export function resolveIn(folder: ImageFolder, target: string): ImageFolder {
  if (target.startsWith("/")) return { base: null, path: normalize(target) };
  return { base: folder.base, path: normalize(`${folder.path}/${target}`, folder.base !== null) };
}

/**
 * Whether `inner` is `outer` or lies below it; null when the two cannot be compared (different
 * unknown bases, or a relative path that climbs above its unknown base).
 */
export function isWithin(inner: ImageFolder, outer: ImageFolder): boolean | null {
  if (inner.base !== outer.base) return null;
  if (inner.path.startsWith("..") || outer.path.startsWith("..")) return null;
  if (outer.path === "" || outer.path === "/" || inner.path === outer.path) return true;
  return inner.path.startsWith(outer.path + "/");
}

/** The path of `inner` relative to `outer` when it lies within it (`""` for the folder itself). */
export function relativeTo(inner: ImageFolder, outer: ImageFolder): string | null {
  if (isWithin(inner, outer) !== true) return null;
  if (inner.path === outer.path) return "";
  const prefix = outer.path === "" || outer.path === "/" ? outer.path : outer.path + "/";
  return inner.path.slice(prefix.length);
}

/**
 * The directory `command` runs in, given the directory its RUN starts in and the RUN's commands
 * in order: each `cd <dir>` before it (outside subshells) moves it. Null when a `cd` before it
 * goes somewhere not written out (`cd $DIR`, `cd -`, `cd` alone, a `cd` in a subshell the
 * command may share).
 */
export function commandDirectory(start: ImageFolder | null, commands: readonly ShellCommand[], command: ShellCommand): ImageFolder | null {
  let current = start;
  for (const other of commands) {
    if (other === command) return current;
    if (commandName(unwrapCommand(other)) !== "cd") continue;
    if (other.inSubshell) {
      if (command.inSubshell) current = null;
      continue;
    }
    const operands = unwrapCommand(other).args.filter((word) => word.value !== "-P" && word.value !== "-L" && word.value !== "--");
    const target = operands.length === 1 ? operands[0]!.value : null;
    if (target === null || target === "-" || target.startsWith("~") || !isPosixPath(target)) current = null;
    else if (target.startsWith("/") || current !== null) current = resolveIn(current ?? { base: null, path: "/" }, target);
  }
  return current;
}

function initialFolder(stage: Stage, after: Map<Stage, ImageFolder | null>): ImageFolder | null {
  if (stage.base.kind === "stage") return after.has(stage.base.stage) ? after.get(stage.base.stage)! : null;
  if (stage.base.kind === "scratch") return { base: null, path: "/" };
  return { base: stage, path: "" };
}

/** Docker resolves WORKDIR with forward slashes; `C:\app` and the like are not followed. */
function isPosixPath(path: string): boolean {
  return !path.includes("\\") && !/^[A-Za-z]:/u.test(path) && !path.includes("$");
}

/** Folds `.`, `..` and repeated slashes; keeps leading `..` of a relative path. */
function normalize(path: string, relative = false): string {
  const absolute = !relative && path.startsWith("/");
  const parts: string[] = [];
  for (const part of path.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") {
      if (parts.length > 0 && parts.at(-1) !== "..") parts.pop();
      else if (!absolute) parts.push("..");
      continue;
    }
    parts.push(part);
  }
  return absolute ? "/" + parts.join("/") : parts.join("/");
}
