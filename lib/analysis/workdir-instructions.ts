/**
 * WORKDIR instructions with their paths as BuildKit resolves them, and whether the build had set a
 * working directory before them (in the stage or a stage it is built FROM), which is what BuildKit's
 * WorkdirRelativePath check looks at.
 */
import type { WorkdirInstruction } from "../dockerfile/ast.js";
import type { Stage, StageGraph } from "./stages.js";
import { readWorkdirPath } from "./working-directories.js";

export interface WorkdirSetting {
  instruction: WorkdirInstruction;
  stage: Stage;
  /** The path with quotes removed and variables expanded; null when a value is not known from the file. */
  path: string | null;
  /** Whether the path is absolute; null when that depends on a value not known from the file. */
  absolute: boolean | null;
  /** No WORKDIR ran before it in its stage or the stages it is built FROM. */
  firstInBuild: boolean;
}

/** `/app`, and for Windows images `C:\app`, `C:/app` and `\app` (the system drive). */
export function isAbsolutePath(path: string): boolean {
  return /^[/\\]/u.test(path) || /^[A-Za-z]:[/\\]/u.test(path);
}

/**
 * Whether a path whose rest is unknown is absolute, from the literal text it starts with; null
 * when the start does not decide (empty, or a drive letter that may still go either way).
 */
function absoluteFromPrefix(prefix: string): boolean | null {
  if (prefix === "") return null;
  if (isAbsolutePath(prefix)) return true;
  if (/^[A-Za-z]:?$/u.test(prefix)) return null;
  return false;
}

/** The text before the first variable reference (`$` not preceded by the escape character). */
function literalPrefix(text: string, escapeCharacter: string): string {
  for (let i = 0; i < text.length; i++) {
    if (text[i] === escapeCharacter && text[i + 1] === "$") i++;
    else if (text[i] === "$") return text.slice(0, i);
  }
  return text;
}

export function workdirSettings(stages: StageGraph, escapeCharacter: string): WorkdirSetting[] {
  const settings: WorkdirSetting[] = [];
  const setIn = new Set<Stage>();
  for (const stage of stages.stages) {
    let earlier = stages.ancestry(stage).slice(1).some((ancestor) => setIn.has(ancestor));
    for (const instruction of stage.instructions) {
      if (instruction.type !== "WORKDIR") continue;
      const { text, value: path } = readWorkdirPath(instruction, stages, escapeCharacter);
      const absolute = path !== null ? isAbsolutePath(path) : absoluteFromPrefix(literalPrefix(text, escapeCharacter));
      settings.push({ instruction, stage, path, absolute, firstInBuild: !earlier });
      earlier = true;
      setIn.add(stage);
    }
  }
  return settings;
}
