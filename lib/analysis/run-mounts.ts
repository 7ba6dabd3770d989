/**
 * `RUN --mount=...`: which folders a RUN's mounts keep out of the image layer. Cache and tmpfs
 * mounts are not part of the layer, so files a command leaves there (pip's or apt's cache, apt's
 * lists) cost nothing, and rules about cleaning them up have nothing to say.
 */
import type { Flag, RunInstruction } from "../dockerfile/ast.js";
import type { VariableScope } from "./variables.js";

export interface RunMount {
  type: string;
  /** The mount point with variables expanded; null when not known from the file. */
  target: string | null;
  /** `from=` of a bind or cache mount, as written. */
  from: string | null;
  id: string | null;
  sharing: string | null;
  flag: Flag;
}

const TARGET_KEYS = ["target", "dst", "destination"];

export function runMounts(run: RunInstruction, scope: VariableScope, escapeCharacter: string): RunMount[] {
  return run.flags
    .filter((flag) => flag.name === "mount")
    .map((flag) => {
      const option = (names: string[]) => flag.options.find((o) => names.includes(o.name))?.value ?? null;
      const rawTarget = option(TARGET_KEYS);
      return {
        // BuildKit's default mount type is bind.
        type: option(["type"]) ?? "bind",
        target: rawTarget === null ? null : normalizeFolder(scope.expand(rawTarget, escapeCharacter).value),
        from: option(["from"]),
        id: option(["id"]),
        sharing: option(["sharing"]),
        flag,
      };
    });
}

/**
 * The cache or tmpfs mount that holds `folder` (the mount point itself or a folder above it), if
 * any. `folder` is an absolute path such as `/var/lib/apt/lists` or `/root/.cache/pip`.
 */
export function layerFreeMountFor(mounts: readonly RunMount[], folder: string): RunMount | null {
  const wanted = normalizeFolder(folder)!;
  return (
    mounts.find((mount) => {
      if ((mount.type !== "cache" && mount.type !== "tmpfs") || mount.target === null) return false;
      return wanted === mount.target || wanted.startsWith(mount.target === "/" ? "/" : `${mount.target}/`);
    }) ?? null
  );
}

function normalizeFolder(path: string | null): string | null {
  if (path === null) return null;
  const trimmed = path.replace(/\/+$/u, "");
  return trimmed === "" ? "/" : trimmed;
}
