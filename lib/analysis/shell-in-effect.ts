/**
 * The shell each instruction's shell form runs with: Docker's default `["/bin/sh", "-c"]` until a
 * SHELL instruction changes it. A stage built FROM another stage inherits that stage's SHELL (it is
 * part of the image config); a stage FROM an image starts with the default as far as the file tells.
 */
import type { Instruction, ShellInstruction } from "../dockerfile/ast.js";
import type { Stage, StageGraph } from "./stages.js";

export interface ShellInEffect {
  /** The command line a shell-form script is appended to, e.g. `["/bin/bash", "-o", "pipefail", "-c"]`. */
  argv: string[];
  /** The SHELL instruction that set it, or null for Docker's default. */
  instruction: ShellInstruction | null;
}

export const DEFAULT_SHELL: ShellInEffect = { argv: ["/bin/sh", "-c"], instruction: null };

/** Maps every instruction (ONBUILD triggers included) to the shell in effect when it runs. */
export class ShellsInEffect {
  readonly #shells = new Map<Instruction, ShellInEffect>();

  constructor(stages: StageGraph) {
    const afterStage = new Map<number, ShellInEffect>();
    for (const stage of stages.stages) {
      let shell = stage.base.kind === "stage" ? (afterStage.get(stage.base.stage.index) ?? DEFAULT_SHELL) : DEFAULT_SHELL;
      for (const instruction of stage.instructions) {
        if (instruction.type === "SHELL") {
          if (instruction.form === "exec" && instruction.execArguments.length > 0) {
            shell = { argv: instruction.execArguments.map((argument) => argument.value), instruction };
          }
          continue;
        }
        this.#shells.set(instruction, shell);
        if (instruction.type === "ONBUILD" && instruction.trigger) this.#shells.set(instruction.trigger, shell);
      }
      afterStage.set(stage.index, shell);
    }
  }

  /** The shell in effect at `instruction`; Docker's default for instructions outside any stage. */
  at(instruction: Instruction): ShellInEffect {
    return this.#shells.get(instruction) ?? DEFAULT_SHELL;
  }
}

/** The program's basename: `bash` for `/bin/bash`. */
export function shellProgram(shell: ShellInEffect): string {
  const program = shell.argv[0] ?? "";
  return program.slice(program.lastIndexOf("/") + 1);
}

/** Whether the shell's options turn `pipefail` on: `-o pipefail`, `-euo pipefail`, `-opipefail`. */
export function shellHasPipefail(shell: ShellInEffect): boolean {
  const args = shell.argv.slice(1);
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (!/^-[A-Za-z]*o/u.test(arg)) continue;
    const attached = arg.slice(arg.indexOf("o") + 1);
    if (attached === "pipefail") return true;
    if (attached === "" && /^-[A-Za-z]*o$/u.test(arg) && args[i + 1] === "pipefail") return true;
  }
  return false;
}

/**
 * Official Docker Hub images whose every non-Alpine, non-Windows variant ships `/bin/bash`:
 * Debian- and Ubuntu-based language images (slim ones too: bash is essential in Debian) and the
 * Red Hat family. Deliberately short: a SHELL naming a missing bash breaks every later RUN.
 */
const IMAGES_WITH_BASH = new Set([
  "almalinux", "amazonlinux", "buildpack-deps", "centos", "debian", "eclipse-temurin", "fedora", "gcc",
  "golang", "gradle", "maven", "node", "openjdk", "oraclelinux", "perl", "php", "python", "rockylinux",
  "ruby", "rust", "ubuntu",
]);
const TAGS_WITHOUT_BASH = /alpine|windowsservercore|nanoserver|busybox/u;

/** Whether the stage's base image is known to have `/bin/bash` (following FROM <stage>). */
export function stageHasBash(stage: Stage): boolean {
  let current: Stage = stage;
  for (let depth = 0; depth < 64; depth++) {
    const base = current.base;
    if (base.kind === "stage") {
      if (base.stage === current) return false;
      current = base.stage;
      continue;
    }
    if (base.kind !== "image" || !base.reference.isOfficialImage) return false;
    const repository = base.reference.repository.replace(/^library\//u, "");
    return IMAGES_WITH_BASH.has(repository) && !TAGS_WITHOUT_BASH.test(base.reference.tag ?? "");
  }
  return false;
}
