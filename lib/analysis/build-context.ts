/**
 * The build context of a Dockerfile: the folder `docker build` sends to the builder, the ignore
 * file that trims it, and questions rules ask about it ("is this COPY source there?", "is it
 * left out by the ignore file?").
 *
 * By default the context is the Dockerfile's folder (`docker build .` beside it). The
 * `contexts` setting maps Dockerfiles (globs relative to the working folder) to other contexts,
 * as `docker build -f docker/api.Dockerfile .` does. The ignore file is found in Docker's order
 * (see `build-context/ignore-file.ts`) and matched with Docker's rules.
 *
 * Nothing here throws, and nothing outside the context root is read (listed, linked through),
 * apart from the Dockerfile's own ignore file beside it.
 */
import fs from "node:fs";
import path from "node:path";
import { minimatch } from "minimatch";
import type { ReadPattern } from "../dockerignore/docker-pattern.js";
import { resolveInContext, toContextPath } from "./build-context/context-path.js";
import { hasWildcards, segmentMatcher } from "./build-context/source-wildcards.js";
import {
  clearIgnoreFileCache,
  findIgnoreFile,
  ignoreFileCandidates,
  loadIgnoreFile,
  type LoadedIgnoreFile,
} from "./build-context/ignore-file.js";

export { toContextPath } from "./build-context/context-path.js";

export interface BuildContextSettings {
  /**
   * Glob of Dockerfile paths (relative to the working folder) to the context folder (relative
   * to the working folder) they are built with, e.g. `{ "docker/api.Dockerfile": "." }`. When
   * several globs match, the last one wins, as in flat config.
   */
  contexts?: Record<string, string>;
}

export interface BuildContext {
  /** Absolute path of the context folder. */
  readonly root: string;
  /** Absolute path of the Dockerfile. */
  readonly dockerfile: string;
  /** Absolute path of the ignore file in effect, or null when there is none. */
  readonly ignoreFile: string | null;
  /** Why the ignore file could not be read (it then leaves nothing out), or null. */
  readonly ignoreFileError: string | null;
  /** The patterns of the ignore file, in order, as Docker reads them. */
  readonly ignorePatterns: readonly ReadPattern[];
  /** Patterns Docker would reject (a lone `!`, `abc[`); they are not used for matching. */
  readonly invalidIgnorePatterns: readonly ReadPattern[];
  /**
   * Whether the ignore file leaves this path out of the context. The path is read as a COPY
   * source is: relative to the root, where a leading `/` is the root. The root itself and paths
   * that climb above it are never ignored. A folder left out may still hold files a `!` pattern
   * puts back. The path is a path, not a pattern: expand wildcards with `expandSource` first.
   */
  isIgnored(relPath: string): boolean;
  /**
   * Whether something exists at this path inside the context (links followed, but never out of
   * the root). False for paths that climb above the root. Does not look at the ignore file.
   */
  exists(relPath: string): boolean;
  /**
   * The context paths a COPY or ADD source names: itself when it has no wildcards and exists,
   * else every existing path its wildcards match (Go's `filepath.Match`, as BuildKit), sorted.
   * Empty when nothing matches or the source climbs above the root. Ignored paths are included:
   * filter them with `isIgnored`.
   */
  expandSource(source: string): string[];
}

export interface ResolveBuildContextOptions {
  /** Absolute path of the Dockerfile on disk (ESLint's `physicalFilename`). */
  dockerfilePath: string;
  /** The working folder that settings paths are relative to (ESLint's `cwd`). */
  cwd: string;
  settings?: BuildContextSettings;
}

/** Forgets ignore files read so far (for tests). */
export function clearBuildContextCache(): void {
  clearIgnoreFileCache();
}

/**
 * The build context of a Dockerfile on disk, or null when the Dockerfile is not a file (a code
 * block inside Markdown or Compose has a virtual path) or the context folder does not exist.
 */
export function resolveBuildContext(options: ResolveBuildContextOptions): BuildContext | null {
  const dockerfile = path.resolve(options.cwd, options.dockerfilePath);
  if (!isFile(dockerfile)) return null;
  const root = path.resolve(options.cwd, contextFolderSetting(dockerfile, options) ?? path.dirname(dockerfile));
  const realRoot = realDirectory(root);
  const realDockerfileFolder = realDirectory(path.dirname(dockerfile));
  if (realRoot === null || realDockerfileFolder === null) return null;
  const candidates = ignoreFileCandidates(
    { folder: path.dirname(dockerfile), realFolder: realDockerfileFolder, name: path.basename(dockerfile) },
    { folder: root, realFolder: realRoot },
  );
  const found = findIgnoreFile(candidates);
  const loaded = found ? loadIgnoreFile(found.resolved) : null;
  return new DockerBuildContext(root, realRoot, dockerfile, found?.path ?? null, loaded);
}

/** The context folder the settings give this Dockerfile, if any glob matches it. */
function contextFolderSetting(dockerfile: string, { cwd, settings }: ResolveBuildContextOptions): string | null {
  const contexts = settings?.contexts;
  if (typeof contexts !== "object" || contexts === null) return null;
  const relative = path.relative(cwd, dockerfile).split(path.sep).join("/");
  let folder: string | null = null;
  for (const [glob, contextFolder] of Object.entries(contexts)) {
    if (typeof contextFolder === "string" && globMatches(relative, glob)) folder = contextFolder;
  }
  return folder;
}

function globMatches(relative: string, glob: string): boolean {
  try {
    return minimatch(relative, glob.replace(/^(?:\.\/)+/u, ""), { dot: true });
  } catch {
    return false;
  }
}

class DockerBuildContext implements BuildContext {
  readonly ignoreFileError: string | null;
  readonly ignorePatterns: readonly ReadPattern[];
  readonly invalidIgnorePatterns: readonly ReadPattern[];
  readonly #realRoot: string;
  readonly #ignoreFile: LoadedIgnoreFile | null;
  readonly #existing = new Map<string, boolean>();

  constructor(
    readonly root: string,
    realRoot: string,
    readonly dockerfile: string,
    readonly ignoreFile: string | null,
    loaded: LoadedIgnoreFile | null,
  ) {
    this.#realRoot = realRoot;
    this.#ignoreFile = loaded;
    this.ignoreFileError = loaded?.error ?? null;
    this.ignorePatterns = loaded?.patterns ?? [];
    this.invalidIgnorePatterns = loaded?.matcher.invalidPatterns ?? [];
  }

  isIgnored(relPath: string): boolean {
    const contextPath = toContextPath(relPath);
    if (contextPath === null || contextPath === "." || !this.#ignoreFile) return false;
    return this.#ignoreFile.matcher.ignores(contextPath);
  }

  exists(relPath: string): boolean {
    const contextPath = toContextPath(relPath);
    if (contextPath === null) return false;
    let known = this.#existing.get(contextPath);
    if (known === undefined) {
      known = resolveInContext(this.#realRoot, contextPath) !== null;
      this.#existing.set(contextPath, known);
    }
    return known;
  }

  expandSource(source: string): string[] {
    const contextPath = toContextPath(source);
    if (contextPath === null) return [];
    if (!hasWildcards(contextPath)) return this.exists(contextPath) ? [contextPath] : [];
    let candidates = [""];
    for (const segment of contextPath.split("/")) {
      if (!hasWildcards(segment)) {
        candidates = candidates.map((folder) => joinContextPath(folder, segment));
        continue;
      }
      const matcher = segmentMatcher(segment);
      if (!matcher) return [];
      candidates = candidates.flatMap((folder) =>
        this.#entries(folder)
          .filter((name) => matcher.test(name))
          .map((name) => joinContextPath(folder, name)),
      );
    }
    return candidates.filter((candidate) => this.exists(candidate)).sort();
  }

  /** Names in a context folder (links followed inside the root); none when it is no folder. */
  #entries(folder: string): string[] {
    const resolved = resolveInContext(this.#realRoot, folder);
    if (resolved === null) return [];
    try {
      return fs.readdirSync(resolved);
    } catch {
      return [];
    }
  }
}

function joinContextPath(folder: string, name: string): string {
  return folder === "" ? name : `${folder}/${name}`;
}

function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

function realDirectory(folder: string): string | null {
  try {
    const real = fs.realpathSync(folder);
    return fs.statSync(real).isDirectory() ? real : null;
  } catch {
    return null;
  }
}
