/**
 * Paths inside a build context. A path as a Dockerfile writes it (`./src/`, `/app.js`,
 * `lib/../bin`) is read relative to the context root, where `/` is the root itself. Symbolic
 * links are followed the way BuildKit does, inside the context: an absolute target starts again
 * at the context root and `..` never climbs above it. Only `lstat` and `readlink` are used, and
 * only on paths inside the root, so nothing outside it is ever touched.
 */
import fs from "node:fs";
import path from "node:path";

/** Linux gives up after 40 links in one lookup. */
const MAX_LINKS = 40;

/**
 * The cleaned, slash-separated path relative to the context root (`"."` for the root itself),
 * or null when a relative path climbs above the root with `..` (`../shared`). In a path that
 * starts with `/`, `..` stops at the root, as on any Unix system (`/../a` is `a`).
 */
export function toContextPath(source: string): string | null {
  const rooted = source.startsWith("/");
  const segments: string[] = [];
  for (const segment of source.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment !== "..") segments.push(segment);
    else if (segments.pop() === undefined && !rooted) return null;
  }
  return segments.length > 0 ? segments.join("/") : ".";
}

/**
 * The file-system path a context path leads to, following symbolic links inside `root` (which
 * must be a real path, without links), or null when nothing is there.
 */
export function resolveInContext(root: string, contextPath: string): string | null {
  let pending = contextPath.split("/");
  let resolved: string[] = [];
  let links = 0;
  while (pending.length > 0) {
    const segment = pending.shift()!;
    if (segment === "" || segment === ".") continue;
    if (segment === "..") {
      resolved.pop();
      continue;
    }
    const candidate = path.join(root, ...resolved, segment);
    const stats = lstat(candidate);
    if (!stats) return null;
    if (stats.isSymbolicLink()) {
      const target = readlink(candidate);
      if (target === null || ++links > MAX_LINKS) return null;
      if (target.startsWith("/")) resolved = [];
      pending = [...target.split("/"), ...pending];
    } else if (pending.length > 0 && !stats.isDirectory()) {
      return null;
    } else {
      resolved.push(segment);
    }
  }
  return path.join(root, ...resolved);
}

export function lstat(file: string): fs.Stats | null {
  try {
    return fs.lstatSync(file);
  } catch {
    return null;
  }
}

function readlink(file: string): string | null {
  try {
    return fs.readlinkSync(file);
  } catch {
    return null;
  }
}
