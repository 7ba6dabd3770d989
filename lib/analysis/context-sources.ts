/**
 * The COPY and ADD sources that are read from this Dockerfile's build context: path sources of
 * instructions without `--from`, in the order they appear. ONBUILD triggers are left out: they run
 * in a later build, with that build's context.
 */
import type { CopyOperation, CopyOperations, CopySource } from "./copy-operations.js";

export interface ContextSource {
  operation: CopyOperation;
  source: CopySource;
  /**
   * The source as a path in the context (variables expanded; on Windows Dockerfiles, those with
   * `# escape=\``, `\` read as `/`). Null when a variable's value is not known from the file.
   */
  path: string | null;
}

export function contextSources(copies: CopyOperations, escapeCharacter: string): ContextSource[] {
  return copies.fromContext
    .filter((operation) => operation.stage !== null)
    .flatMap((operation) =>
      operation.sources
        .filter((source) => source.kind === "path")
        .map((source) => ({
          operation,
          source,
          path: source.value === null ? null : escapeCharacter === "`" ? source.value.replaceAll("\\", "/") : source.value,
        })),
    );
}
