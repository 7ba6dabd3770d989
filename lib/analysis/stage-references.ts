/**
 * Where the Dockerfile names a stage literally: `FROM <stage>`, `COPY --from=<stage>` and
 * `RUN --mount=...,from=<stage>` (ONBUILD triggers belong to another build and are left out).
 * A rename must rewrite all of them, so each comes with the range of the name as written.
 */
import type { Range } from "../text/line-index.js";
import type { Stage, StageGraph } from "./stages.js";

export interface StageReference {
  /** The stage that refers (the one whose FROM or instruction names `target`). */
  from: Stage;
  range: Range;
  text: string;
}

export function literalReferencesTo(target: Stage, graph: StageGraph, text: string): StageReference[] {
  if (target.name === null) return [];
  const name = target.name.toLowerCase();
  const references: StageReference[] = [];
  const add = (from: Stage, range: Range | null): void => {
    if (range && text.slice(...range).toLowerCase() === name) references.push({ from, range, text: text.slice(...range) });
  };
  for (const stage of graph.stages) {
    for (const dependency of stage.dependencies) {
      if (dependency.stage !== target) continue;
      if (dependency.via === "FROM") {
        add(stage, stage.from.image?.range ?? null);
      } else if (dependency.node.type === "Flag") {
        const flag = dependency.node;
        if (dependency.via === "COPY --from") {
          add(stage, flag.valueRange);
        } else {
          for (const option of flag.options) {
            if (option.name === "from" && option.value !== null) add(stage, [option.range[1] - option.value.length, option.range[1]]);
          }
        }
      }
    }
  }
  return references;
}
