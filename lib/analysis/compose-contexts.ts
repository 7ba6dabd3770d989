/**
 * The build context a compose file gives a Dockerfile on disk: a service whose `build` names the
 * Dockerfile (`build: { context: ., dockerfile: docker/api.Dockerfile }`) builds it with that
 * context, so its ignore file is the one at the root of that context.
 *
 * Compose files (`compose.yaml`, `docker-compose.yml`, their `.override` and `.<env>` variants)
 * are looked for in the Dockerfile's folder and its parents up to the working folder, never above
 * it. They are parsed with eslint-plugin-yml's parser, an optional peer dependency: when it is not
 * installed the lookup finds nothing. Each file is parsed once while it keeps its modification time
 * and size. Nothing here throws.
 */
import fs from "node:fs";
import path from "node:path";
import { asString, composeServices, parseCompose, valueOf, type YamlMapping } from "./compose-file.js";

/** `compose.yaml`, `docker-compose.yml`, `compose.override.yaml`, `docker-compose.prod.yml`, ... */
const COMPOSE_FILE = /^(?:docker-)?compose(?:\.[^/\\]+)?\.ya?ml$/u;

/** A service's build, resolved: absolute context folder and Dockerfile path. */
export interface ComposeBuild {
  context: string;
  dockerfile: string;
}

interface ParsedCompose {
  mtimeMs: number;
  size: number;
  builds: ComposeBuild[];
}

const parsed = new Map<string, ParsedCompose>();
let yamlUnavailable = false;

/** Forgets the compose files read so far (for tests). */
export function clearComposeContextCache(): void {
  parsed.clear();
  yamlUnavailable = false;
}

/**
 * The context folder compose files build this Dockerfile with: the one context every service that
 * builds it agrees on, or null when no service builds it, or services build it with different
 * contexts (the caller then keeps the Dockerfile's folder).
 */
export function composeContextOf(dockerfile: string, cwd: string): string | null {
  const target = realPath(dockerfile);
  // Compared by their real paths; the first path found names the context (as the compose file spells it).
  const contexts = new Map<string, string>();
  for (const file of composeFilesFor(dockerfile, cwd)) {
    for (const build of buildsIn(file)) {
      const real = realPath(build.context);
      if (realPath(build.dockerfile) === target && !contexts.has(real)) contexts.set(real, build.context);
    }
  }
  return contexts.size === 1 ? [...contexts.values()][0]! : null;
}

/** The compose files in the Dockerfile's folder and its parents up to `cwd`, nearest first. */
export function composeFilesFor(dockerfile: string, cwd: string): string[] {
  const top = path.resolve(cwd);
  let folder = path.dirname(path.resolve(top, dockerfile));
  const relative = path.relative(top, folder);
  if (relative.startsWith("..") || path.isAbsolute(relative)) return [];
  const files: string[] = [];
  for (;;) {
    for (const name of listFolder(folder)) {
      if (COMPOSE_FILE.test(name)) files.push(path.join(folder, name));
    }
    if (folder === top) break;
    const parent = path.dirname(folder);
    if (parent === folder) break;
    folder = parent;
  }
  return files;
}

/** The builds of a compose file's services that name a context folder that exists, cached by mtime and size. */
export function buildsIn(file: string): ComposeBuild[] {
  if (yamlUnavailable) return [];
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
    if (!stat.isFile()) return [];
  } catch {
    return [];
  }
  const cached = parsed.get(file);
  if (cached && cached.mtimeMs === stat.mtimeMs && cached.size === stat.size) return cached.builds;
  let builds: ComposeBuild[];
  try {
    builds = readBuilds(file);
  } catch (error) {
    // eslint-plugin-yml is not installed: compose support is optional, so the lookup finds nothing.
    if (error instanceof Error && error.name === "MissingPeerError") yamlUnavailable = true;
    return [];
  }
  parsed.set(file, { mtimeMs: stat.mtimeMs, size: stat.size, builds });
  return builds;
}

function readBuilds(file: string): ComposeBuild[] {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch {
    return [];
  }
  const program = parseCompose(text.startsWith("\uFEFF") ? text.slice(1) : text, file);
  if (!program) return [];
  const folder = path.dirname(file);
  const builds: ComposeBuild[] = [];
  for (const service of composeServices(program)) {
    if (service.dockerfileInline !== null) continue;
    // `build: ./api` is the context; in `build: { ... }` both keys may be left out.
    const contextValue = service.buildContext?.value ?? (service.build ? stringAt(service.build, "context", ".") : null);
    const dockerfileValue = service.build ? stringAt(service.build, "dockerfile", "Dockerfile") : "Dockerfile";
    if (contextValue === null || !usablePath(contextValue) || !usablePath(dockerfileValue)) continue;
    const context = path.resolve(folder, contextValue);
    if (!isFolder(context)) continue;
    builds.push({ context, dockerfile: path.resolve(context, dockerfileValue) });
  }
  return builds;
}

/** A string value of a mapping, or the fallback when the key is missing or no string. */
function stringAt(mapping: YamlMapping, key: string, fallback: string): string {
  return asString(valueOf(mapping, key))?.value ?? fallback;
}

/** A local path compose would use as is: no URL (a Git or HTTP context), no `${VARIABLE}` to interpolate. */
function usablePath(value: string): boolean {
  return value.trim() !== "" && !value.includes("$") && !/^[a-z][\w+.-]*:\/\//iu.test(value) && !value.startsWith("git@");
}

function listFolder(folder: string): string[] {
  try {
    return fs.readdirSync(folder).sort();
  } catch {
    return [];
  }
}

function isFolder(folder: string): boolean {
  try {
    return fs.statSync(folder).isDirectory();
  } catch {
    return false;
  }
}

function realPath(file: string): string {
  try {
    return fs.realpathSync(file);
  } catch {
    return path.resolve(file);
  }
}
