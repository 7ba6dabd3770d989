/**
 * Finding and reading the ignore file of a build, in Docker's order:
 *
 * 1. `<Dockerfile name>.dockerignore` beside the Dockerfile (BuildKit: `api.Dockerfile` uses
 *    `api.Dockerfile.dockerignore`, `Dockerfile` uses `Dockerfile.dockerignore`);
 * 2. `.dockerignore` at the root of the build context;
 * 3. `.containerignore` at the root of the build context. Only Podman and Buildah read it (and
 *    they prefer it to `.dockerignore`); Docker and BuildKit never do. It is used here only when
 *    Docker would find no ignore file at all.
 *
 * A candidate counts when it is a file (symbolic links followed inside its folder); a folder of
 * that name is passed over, as BuildKit does. Parsed ignore files are kept per process, keyed on
 * their path and checked against size, modification time and inode, so an edited file (in an
 * editor's long-running ESLint) is read again. A file that could not be read is not kept.
 */
import fs from "node:fs";
import path from "node:path";
import { parseIgnoreFile } from "../../dockerignore/dockerignore-parser.js";
import type { ReadPattern } from "../../dockerignore/docker-pattern.js";
import { lstat, resolveInContext } from "./context-path.js";
import { createIgnoreMatcher, type IgnoreMatcher } from "./ignore-matcher.js";

export interface IgnoreFileCandidate {
  /** The folder the file is looked up in, as named. */
  folder: string;
  /** The same folder without symbolic links; links in `name` are followed only inside it. */
  realFolder: string;
  name: string;
}

/** A pattern of an ignore file on disk, with the line it is on (1-based). */
export interface IgnoreFilePattern extends ReadPattern {
  line: number;
}

export interface LoadedIgnoreFile {
  /** The patterns in file order, as Docker reads them. */
  patterns: readonly IgnoreFilePattern[];
  matcher: IgnoreMatcher;
  /** Why the file could not be read; it then ignores nothing. */
  error: string | null;
}

interface CacheEntry {
  stamp: string;
  loaded: LoadedIgnoreFile;
}

const cache = new Map<string, CacheEntry>();

export function clearIgnoreFileCache(): void {
  cache.clear();
}

/** Where Docker (then Podman) looks, in order. Folders are given as named and as real paths. */
export function ignoreFileCandidates(
  dockerfile: { folder: string; realFolder: string; name: string },
  root: { folder: string; realFolder: string },
): IgnoreFileCandidate[] {
  return [
    { folder: dockerfile.folder, realFolder: dockerfile.realFolder, name: `${dockerfile.name}.dockerignore` },
    { ...root, name: ".dockerignore" },
    { ...root, name: ".containerignore" },
  ];
}

/** The first candidate that is a file: its path as named, and the path it resolves to. */
export function findIgnoreFile(
  candidates: readonly IgnoreFileCandidate[],
): { path: string; resolved: string } | null {
  for (const { folder, realFolder, name } of candidates) {
    const resolved = resolveInContext(realFolder, name);
    if (resolved !== null && lstat(resolved)?.isFile()) return { path: path.join(folder, name), resolved };
  }
  return null;
}

export function loadIgnoreFile(file: string): LoadedIgnoreFile {
  const stats = lstat(file);
  const stamp = stats ? `${stats.size}:${stats.mtimeMs}:${stats.ino}` : "";
  const cached = cache.get(file);
  if (cached && cached.stamp === stamp) return cached.loaded;
  const loaded = readIgnoreFile(file);
  if (loaded.error === null) cache.set(file, { stamp, loaded });
  else cache.delete(file);
  return loaded;
}

function readIgnoreFile(file: string): LoadedIgnoreFile {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (error) {
    return { patterns: [], matcher: createIgnoreMatcher([]), error: errorMessage(error) };
  }
  const patterns = parseIgnoreFile(text.replace(/^\ufeff/u, "")).body.flatMap((line) =>
    line.type === "Pattern" ? [{ value: line.value, negated: line.negated, line: line.loc.start.line }] : [],
  );
  return { patterns, matcher: createIgnoreMatcher(patterns), error: null };
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
