/**
 * Build stages and the graph between them: FROM <stage>, COPY --from=<stage> and
 * RUN --mount=from=<stage>, and which stages the final stage needs (what BuildKit builds).
 */
import type { DockerfileRoot, Flag, FromInstruction, Instruction } from "../dockerfile/ast.js";
import { parseImageReference, type ImageReference } from "./image-reference.js";
import { declareIn, globalScopeFrom, VariableScope } from "./variables.js";

export type StageBase =
  | { kind: "stage"; stage: Stage }
  | { kind: "image"; reference: ImageReference }
  | { kind: "scratch" }
  /** The image text could not be resolved (an ARG without default) or is not a valid reference. */
  | { kind: "unknown"; text: string | null };

export interface StageDependency {
  stage: Stage;
  via: "FROM" | "COPY --from" | "RUN --mount";
  /** The FROM image word, or the flag naming the stage. */
  node: Instruction | Flag;
}

export interface Stage {
  index: number;
  /** The `AS` name as written, or null. Docker compares stage names case-insensitively. */
  name: string | null;
  from: FromInstruction;
  /** The instructions after FROM up to the next FROM. */
  instructions: Instruction[];
  /** The FROM image with global ARGs expanded, or null when it depends on an unknown value. */
  baseName: string | null;
  base: StageBase;
  dependencies: StageDependency[];
}

export class StageGraph {
  readonly stages: Stage[] = [];
  /** ARG instructions (and anything else) before the first FROM. */
  readonly globalInstructions: Instruction[] = [];
  readonly globalScope: VariableScope;
  readonly #stageOf = new Map<Instruction, Stage>();
  readonly #scopeBefore = new Map<Instruction, VariableScope>();
  readonly #scopeAfterStage = new Map<Stage, VariableScope>();
  /** First stage of each lower-cased name: Docker rejects duplicates, the first is what a reader means. */
  readonly #stagesByName = new Map<string, Stage>();
  #requiredByFinal: Set<Stage> | undefined;

  constructor(root: DockerfileRoot) {
    const instructions = root.body.filter((node): node is Instruction => node.type !== "Comment");
    let current: Stage | null = null;
    for (const instruction of instructions) {
      if (instruction.type === "FROM") {
        current = this.#startStage(instruction);
      } else if (current) {
        current.instructions.push(instruction);
        this.#stageOf.set(instruction, current);
      } else {
        this.globalInstructions.push(instruction);
      }
    }
    this.globalScope = globalScopeFrom(this.globalInstructions, root.escapeCharacter);
    for (const stage of this.stages) this.#resolveBase(stage, root.escapeCharacter);
    for (const stage of this.stages) this.#collectScopes(stage, root.escapeCharacter);
    for (const stage of this.stages) this.#collectDependencies(stage);
  }

  get finalStage(): Stage | null {
    return this.stages.at(-1) ?? null;
  }

  stageOf(instruction: Instruction): Stage | null {
    return this.#stageOf.get(instruction) ?? null;
  }

  /** The variables visible to an instruction (for FROM: the global scope). */
  scopeAt(instruction: Instruction): VariableScope {
    return this.#scopeBefore.get(instruction) ?? this.globalScope;
  }

  /** A stage by `AS` name (case-insensitive) or by numeric index, as COPY --from accepts. */
  findStage(reference: string, before = this.stages.length): Stage | null {
    if (/^\d+$/u.test(reference)) {
      const index = Number(reference);
      return index < before ? (this.stages[index] ?? null) : null;
    }
    const stage = this.#stagesByName.get(reference.toLowerCase());
    return stage && stage.index < before ? stage : null;
  }

  /** The stages the final stage needs, itself included: what a plain `docker build` builds. */
  get requiredByFinal(): Set<Stage> {
    this.#requiredByFinal ??= this.stagesRequiredBy(this.finalStage ? [this.finalStage] : []);
    return this.#requiredByFinal;
  }

  stagesRequiredBy(targets: Stage[]): Set<Stage> {
    const required = new Set<Stage>();
    const pending = [...targets];
    while (pending.length > 0) {
      const stage = pending.pop()!;
      if (required.has(stage)) continue;
      required.add(stage);
      for (const dependency of stage.dependencies) pending.push(dependency.stage);
    }
    return required;
  }

  /** The stage and its FROM <stage> ancestors, nearest first. */
  ancestry(stage: Stage): Stage[] {
    const chain: Stage[] = [];
    let current: Stage | null = stage;
    while (current && !chain.includes(current)) {
      chain.push(current);
      current = current.base.kind === "stage" ? current.base.stage : null;
    }
    return chain;
  }

  #startStage(from: FromInstruction): Stage {
    const stage: Stage = {
      index: this.stages.length,
      name: from.stageName?.value ?? null,
      from,
      instructions: [],
      baseName: null,
      base: { kind: "unknown", text: null },
      dependencies: [],
    };
    this.stages.push(stage);
    this.#stageOf.set(from, stage);
    const key = stage.name?.toLowerCase();
    if (key && !this.#stagesByName.has(key)) this.#stagesByName.set(key, stage);
    return stage;
  }

  #resolveBase(stage: Stage, escapeCharacter: string): void {
    const text = stage.from.image?.value ?? null;
    stage.baseName = text === null ? null : this.globalScope.expand(text, escapeCharacter).value;
    const name = stage.baseName;
    if (name === null) {
      stage.base = { kind: "unknown", text };
      return;
    }
    const parent = /^\d+$/u.test(name) ? null : this.findStage(name, stage.index);
    if (parent) {
      stage.base = { kind: "stage", stage: parent };
      stage.dependencies.push({ stage: parent, via: "FROM", node: stage.from });
    } else if (name.toLowerCase() === "scratch") {
      stage.base = { kind: "scratch" };
    } else {
      const reference = parseImageReference(name);
      stage.base = reference ? { kind: "image", reference } : { kind: "unknown", text };
    }
  }

  #collectScopes(stage: Stage, escapeCharacter: string): void {
    const parent = stage.base.kind === "stage" ? stage.base.stage : null;
    const inherited = parent ? this.#scopeAfter(parent) : new VariableScope();
    let scope = inherited;
    for (const instruction of stage.instructions) {
      this.#scopeBefore.set(instruction, scope);
      scope = declareIn(scope, instruction, this.globalScope, escapeCharacter);
    }
    this.#scopeAfterStage.set(stage, scope);
  }

  #scopeAfter(stage: Stage): VariableScope {
    return (this.#scopeAfterStage.get(stage) ?? new VariableScope()).environment();
  }

  #collectDependencies(stage: Stage): void {
    for (const instruction of stage.instructions) {
      for (const flag of instruction.flags) {
        const reference = stageReferenceOf(instruction, flag);
        if (!reference) continue;
        const expanded = this.scopeAt(instruction).expand(reference).value;
        const target = expanded === null ? null : this.findStage(expanded);
        if (target && target !== stage) {
          stage.dependencies.push({ stage: target, via: flag.name === "mount" ? "RUN --mount" : "COPY --from", node: flag });
        }
      }
    }
  }
}

/** The stage or image a flag reads from: `COPY/ADD --from=x`, `RUN --mount=...,from=x`. */
export function stageReferenceOf(instruction: Instruction, flag: Flag): string | null {
  if (flag.name === "from" && (instruction.type === "COPY" || instruction.type === "ADD")) return flag.value;
  if (flag.name === "mount" && instruction.type === "RUN") {
    return flag.options.find((option) => option.name === "from")?.value ?? null;
  }
  return null;
}
