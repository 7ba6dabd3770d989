/**
 * Which stages a build of some target stages runs, and whether the file alone can tell: a
 * `FROM $BASE`, `COPY --from=$STAGE` or `RUN --mount=from=$STAGE` whose value comes from outside
 * the file may name any stage. ONBUILD COPY --from in a stage that is built counts as a use.
 */
import type { Flag, Instruction } from "../dockerfile/ast.js";
import { stageReferenceOf, type Stage, type StageGraph } from "./stages.js";

export interface StageReachability {
  /** The target stages and every stage they need, through FROM, COPY --from and RUN --mount=from. */
  reached: Set<Stage>;
  /** Instructions or flags of reached stages whose stage reference is not known from the file. */
  unresolved: (Instruction | Flag)[];
}

export function stageReachability(stages: StageGraph, targets: Stage[], escapeCharacter: string): StageReachability {
  const reached = new Set<Stage>();
  const unresolved: (Instruction | Flag)[] = [];
  const pending = [...targets];
  while (pending.length > 0) {
    const stage = pending.pop()!;
    if (reached.has(stage)) continue;
    reached.add(stage);
    if (stage.from.image && stage.baseName === null) unresolved.push(stage.from);
    for (const dependency of stage.dependencies) pending.push(dependency.stage);
    for (const outer of stage.instructions) {
      const instruction = outer.type === "ONBUILD" ? outer.trigger : outer;
      if (!instruction) continue;
      for (const flag of instruction.flags) {
        const reference = stageReferenceOf(instruction, flag);
        if (reference === null) continue;
        const expansion = stages.scopeAt(outer).expand(reference, escapeCharacter);
        if (expansion.value === null || expansion.undeclared.length > 0) {
          unresolved.push(flag);
        } else if (outer !== instruction) {
          const target = stages.findStage(expansion.value);
          if (target) pending.push(target);
        }
      }
    }
  }
  return { reached, unresolved };
}
