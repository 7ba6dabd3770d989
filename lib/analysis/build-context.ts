/**
 * The build context of a Dockerfile: the folder `docker build` sends to the builder, the ignore
 * file that trims it, and questions rules ask about it ("is this COPY source there?", "is it
 * left out by the ignore file?").
 *
 * By default the context is the Dockerfile's folder (`docker build .` beside it). The
 * `contexts` setting maps Dockerfiles (globs relative to the working folder) to other contexts,
 * as `docker build -f docker/api.Dockerfile .` does; failing that, a compose file's service that
 * builds the Dockerfile gives its context (`compose-contexts.ts`). The ignore file is found in
 * Docker's order (see `build-context/ignore-file.ts`) and matched with Docker's rules.
 *
 * Nothing here throws, and nothing outside the context root is read (listed, linked through),
 * apart from the Dockerfile's own ignore file beside it and the compose files in its folder and
 * its parents up to the working folder.
 */
import fs from "node:fs";
import path from "node:path";
import { minimatch } from "minimatch";
import { lstat, resolveInContext, toContextPath } from "./build-context/context-path.js";
import { hasWildcards, segmentMatcher } from "./build-context/source-wildcards.js";
import {
  clearIgnoreFileCache,
  findIgnoreFile,
  ignoreFileCandidates,
  loadIgnoreFile,
  type IgnoreFilePattern,
  type LoadedIgnoreFile,
} from "./build-context/ignore-file.js";
import { clearComposeContextCache, composeContextOf } from "./compose-contexts.js";
import { createIgnoreMatcher, type IgnoreMatcher } from "./build-context/ignore-matcher.js";
import { mayOverlap } from "./build-context/pattern-relations.js";

export { toContextPath } from "./build-context/context-path.js";
export { hasWildcards } from "./build-context/source-wildcards.js";
export type { IgnoreFilePattern } from "./build-context/ignore-file.js";

/** How many entries `filesIn` looks at before it stops, so that a huge context cannot stall a lint. */
export const FILES_IN_LIMIT = 50_000;

/** What `filesIn` leaves out. */
export interface FilesInOptions {
  /** Folder names not to descend into, wherever they are (e.g. `node_modules`). */
  skipFolders?: readonly string[];
}

export interface BuildContextSettings {
  /**
   * Glob of Dockerfile paths (relative to the working folder) to the context folder (relative
   * to the working folder) they are built with, e.g. `{ "docker/api.Dockerfile": "." }`. When
   * several globs match, the last one wins, as in flat config.
   */
  contexts?: Record<string, string>;
  /**
   * `false` turns off the compose lookup: by default, a Dockerfile that `contexts` does not
   * name is built with the context a compose file's service gives it, if exactly one does (see
   * `compose-contexts.ts`).
   */
  composeContexts?: boolean;
  /**
   * Not read by any rule: it is there to change the config hash that ESLint's `--cache` keys
   * results on. See `buildContextCacheKey()` in `lib/cache-key.ts`.
   */
  cacheKey?: unknown;
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
  /** The patterns of the ignore file, in order, as Docker reads them, with their lines. */
  readonly ignorePatterns: readonly IgnoreFilePattern[];
  /** Patterns Docker would reject (a lone `!`, `abc[`); they are not used for matching. */
  readonly invalidIgnorePatterns: readonly IgnoreFilePattern[];
  /**
   * The ignore file as messages name it: its path relative to the context root, or to the
   * Dockerfile's folder when it lies outside the root (`.dockerignore`, `api.Dockerfile.dockerignore`).
   * Null when there is none.
   */
  readonly ignoreFileName: string | null;
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
  /** Whether this context path is a folder (links followed, never out of the root). */
  isFolder(relPath: string): boolean;
  /**
   * The pattern that leaves this path out: the last one that matches it or a parent of it. Null
   * when the path is not ignored.
   */
  excludedBy(relPath: string): IgnoreFilePattern | null;
  /**
   * The files under a context folder that Docker sends to the builder (what a COPY of the folder
   * copies), as context paths, sorted: ignored paths left out, `!` patterns honoured (an ignored
   * folder is searched only if a `!` may put something inside it back). Links are listed, not
   * followed. Empty for a path that is no folder. Stops after `FILES_IN_LIMIT` entries.
   */
  filesIn(relPath: string, options?: FilesInOptions): string[];
  /** The first `maxBytes` bytes of a file in the context as UTF-8 text, or null when it cannot be read. */
  readText(relPath: string, maxBytes?: number): string | null;
}

export interface ResolveBuildContextOptions {
  /** Absolute path of the Dockerfile on disk (ESLint's `physicalFilename`). */
  dockerfilePath: string;
  /** The working folder that settings paths are relative to (ESLint's `cwd`). */
  cwd: string;
  settings?: BuildContextSettings;
}

/**
 * A folder as messages name it: relative to the working folder when inside it (`.`,
 * `docker/api`), else its absolute path.
 */
export function folderName(cwd: string, folder: string): string {
  const relative = path.relative(cwd, folder);
  if (relative === "") return ".";
  return relative.startsWith("..") || path.isAbsolute(relative) ? folder : relative.split(path.sep).join("/");
}

/** Forgets ignore files read so far (for tests). */
export function clearBuildContextCache(): void {
  clearIgnoreFileCache();
  clearComposeContextCache();
}

/**
 * The build context of a Dockerfile on disk, or null when the Dockerfile is not a file (a code
 * block inside Markdown or Compose has a virtual path) or the context folder does not exist.
 */
export function resolveBuildContext(options: ResolveBuildContextOptions): BuildContext | null {
  const dockerfile = path.resolve(options.cwd, options.dockerfilePath);
  if (!isFile(dockerfile)) return null;
  const root = path.resolve(
    options.cwd,
    contextFolderSetting(dockerfile, options) ??
      (options.settings?.composeContexts === false ? null : composeContextOf(dockerfile, options.cwd)) ??
      path.dirname(dockerfile),
  );
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
  readonly ignorePatterns: readonly IgnoreFilePattern[];
  readonly invalidIgnorePatterns: readonly IgnoreFilePattern[];
  readonly #realRoot: string;
  readonly #ignoreFile: LoadedIgnoreFile | null;
  readonly #existing = new Map<string, boolean>();
  #patternMatchers: { pattern: IgnoreFilePattern; matcher: IgnoreMatcher }[] | undefined;

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
    this.invalidIgnorePatterns = (loaded?.matcher.invalidPatterns ?? []) as readonly IgnoreFilePattern[];
  }

  get ignoreFileName(): string | null {
    if (this.ignoreFile === null) return null;
    const fromRoot = path.relative(this.root, this.ignoreFile);
    const name = fromRoot.startsWith("..") || path.isAbsolute(fromRoot) ? path.relative(path.dirname(this.dockerfile), this.ignoreFile) : fromRoot;
    return name.split(path.sep).join("/");
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

  isFolder(relPath: string): boolean {
    const contextPath = toContextPath(relPath);
    if (contextPath === null) return false;
    const resolved = resolveInContext(this.#realRoot, contextPath);
    return resolved !== null && (lstat(resolved)?.isDirectory() ?? false);
  }

  excludedBy(relPath: string): IgnoreFilePattern | null {
    const contextPath = toContextPath(relPath);
    if (contextPath === null || !this.isIgnored(contextPath)) return null;
    const matchers = this.#singlePatternMatchers();
    for (let index = matchers.length - 1; index >= 0; index--) {
      const { pattern, matcher } = matchers[index]!;
      if (matcher.ignores(contextPath)) return pattern.negated ? null : pattern;
    }
    return null;
  }

  filesIn(relPath: string, options: FilesInOptions = {}): string[] {
    const contextPath = toContextPath(relPath);
    if (contextPath === null) return [];
    const start = resolveInContext(this.#realRoot, contextPath);
    if (start === null || !lstat(start)?.isDirectory()) return [];
    const skip = new Set(options.skipFolders ?? []);
    const negations = this.ignorePatterns.filter((pattern) => pattern.negated && !this.invalidIgnorePatterns.includes(pattern));
    const files: string[] = [];
    const pending: { folder: string; onDisk: string }[] = [{ folder: contextPath === "." ? "" : contextPath, onDisk: start }];
    let seen = 0;
    while (pending.length > 0 && seen < FILES_IN_LIMIT) {
      const { folder, onDisk } = pending.pop()!;
      for (const entry of readFolder(onDisk)) {
        if (++seen > FILES_IN_LIMIT) break;
        const child = joinContextPath(folder, entry.name);
        if (entry.isDirectory()) {
          if (skip.has(entry.name)) continue;
          const mayHoldIncluded = !this.isIgnored(child) || negations.some((pattern) => mayOverlap(pattern.value, child));
          if (mayHoldIncluded) pending.push({ folder: child, onDisk: path.join(onDisk, entry.name) });
        } else if (!this.isIgnored(child)) {
          files.push(child);
        }
      }
    }
    return files.sort();
  }

  readText(relPath: string, maxBytes = 65_536): string | null {
    const contextPath = toContextPath(relPath);
    if (contextPath === null) return null;
    const resolved = resolveInContext(this.#realRoot, contextPath);
    if (resolved === null || !lstat(resolved)?.isFile()) return null;
    let descriptor: number | null = null;
    try {
      descriptor = fs.openSync(resolved, "r");
      const buffer = Buffer.alloc(maxBytes);
      const length = fs.readSync(descriptor, buffer, 0, maxBytes, 0);
      return buffer.subarray(0, length).toString("utf8");
    } catch {
      return null;
    } finally {
      if (descriptor !== null) fs.closeSync(descriptor);
    }
  }

  /** One matcher a valid pattern, in file order, made on first use. */
  #singlePatternMatchers(): { pattern: IgnoreFilePattern; matcher: IgnoreMatcher }[] {
    this.#patternMatchers ??= this.ignorePatterns
      .filter((pattern) => !this.invalidIgnorePatterns.includes(pattern))
      .map((pattern) => ({ pattern, matcher: createIgnoreMatcher([{ value: pattern.value, negated: false }]) }));
    return this.#patternMatchers;
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

function readFolder(folder: string): fs.Dirent[] {
  try {
    return fs.readdirSync(folder, { withFileTypes: true });
  } catch {
    return [];
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
