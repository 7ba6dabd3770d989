/**
 * What each COPY and ADD takes and where it puts it: sources (build-context paths, URLs, git
 * repositories, heredocs), the destination, and where the sources come from (the build context,
 * another stage, or an image), with variables expanded as BuildKit expands them.
 */
import type { AddInstruction, CopyInstruction, Flag, Instruction } from "../dockerfile/ast.js";
import type { Range } from "../text/line-index.js";
import type { Stage, StageGraph } from "./stages.js";

export type CopySourceKind = "path" | "url" | "git" | "heredoc";

export interface CopySource {
  /** As written. */
  raw: string;
  /** With ARG/ENV variables expanded; null when a value is not known from the file. */
  value: string | null;
  range: Range;
  kind: CopySourceKind;
}

export type CopyOrigin =
  | { kind: "context" }
  | { kind: "stage"; stage: Stage }
  | { kind: "image"; name: string }
  /** `--from` names something only known at build time. */
  | { kind: "unknown" };

export interface CopyOperation {
  instruction: CopyInstruction | AddInstruction;
  /** The stage it belongs to; null before the first FROM or in ONBUILD. */
  stage: Stage | null;
  sources: CopySource[];
  destination: { raw: string; value: string | null; range: Range } | null;
  origin: CopyOrigin;
  /** `--chown` / `--chmod` / `--link` / `--exclude` and the rest, by name. */
  flags: Map<string, Flag>;
}

const URL_SOURCE = /^[a-z][a-z0-9+.-]*:\/\//iu;
const GIT_SOURCE = /^(?:git@|git:\/\/|https?:\/\/[^\s]*\.git(?:[#?]|$))/iu;

export class CopyOperations {
  readonly all: CopyOperation[] = [];
  readonly #byInstruction = new Map<Instruction, CopyOperation>();

  constructor(
    stages: StageGraph,
    private readonly escapeCharacter: string,
  ) {
    for (const instruction of [...stages.globalInstructions, ...stages.stages.flatMap((stage) => stage.instructions)]) {
      const copy = instruction.type === "ONBUILD" ? instruction.trigger : instruction;
      if (copy?.type !== "COPY" && copy?.type !== "ADD") continue;
      const operation = this.#read(copy, instruction === copy ? stages.stageOf(instruction) : null, stages, instruction);
      this.all.push(operation);
      this.#byInstruction.set(copy, operation);
    }
  }

  /** The operation of a COPY or ADD node (an ONBUILD trigger included). */
  of(instruction: CopyInstruction | AddInstruction): CopyOperation | null {
    return this.#byInstruction.get(instruction) ?? null;
  }

  /** Operations that read from the build context (not --from, not heredocs-only). */
  get fromContext(): CopyOperation[] {
    return this.all.filter((operation) => operation.origin.kind === "context" && operation.sources.some((s) => s.kind === "path"));
  }

  #read(copy: CopyInstruction | AddInstruction, stage: Stage | null, stages: StageGraph, scopeOwner: Instruction): CopyOperation {
    const scope = stages.scopeAt(scopeOwner);
    const expand = (raw: string) => scope.expand(raw, this.escapeCharacter).value;
    const words =
      copy.form === "exec"
        ? copy.execArguments.map((argument) => ({ raw: argument.value, range: argument.range }))
        : copy.arguments.map((argument) => ({ raw: argument.value, range: argument.range }));
    const last = words.length > 1 ? words.at(-1)! : null;
    const sources = (last ? words.slice(0, -1) : words).map(({ raw, range }) => ({
      raw,
      range,
      value: expand(raw),
      kind: sourceKind(raw, copy),
    }));
    const flags = new Map(copy.flags.map((flag) => [flag.name, flag]));
    return {
      instruction: copy,
      stage,
      sources,
      destination: last ? { raw: last.raw, value: expand(last.raw), range: last.range } : null,
      origin: originOf(flags.get("from"), stages, expand),
      flags,
    };
  }
}

function sourceKind(raw: string, copy: CopyInstruction | AddInstruction): CopySourceKind {
  if (raw.startsWith("<<") && copy.heredocs.length > 0) return "heredoc";
  if (copy.type === "ADD" && GIT_SOURCE.test(raw)) return "git";
  if (copy.type === "ADD" && URL_SOURCE.test(raw)) return "url";
  return "path";
}

function originOf(from: Flag | undefined, stages: StageGraph, expand: (raw: string) => string | null): CopyOrigin {
  if (!from) return { kind: "context" };
  const name = from.value === null ? null : expand(from.value);
  if (name === null || name === "") return { kind: "unknown" };
  const stage = stages.findStage(name);
  return stage ? { kind: "stage", stage } : { kind: "image", name };
}
