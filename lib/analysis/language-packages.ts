/**
 * Installs of named packages by the language package managers (`pip install flask`, `npm install
 * express`, `gem install rails`, `go install example.com/cmd@v1`), what a pinned package looks like
 * to each, and where pip's and yarn's download caches live. Manifest installs (`npm ci`,
 * `pip install -r requirements.txt`) name no package and are pinned by their lock files.
 */
import { commandName, operands, unwrapCommand, type ShellCommand, type ShellWord } from "../shell/index.js";
import { PIP_VALUE_OPTIONS } from "./dependency-installs.js";
import { layerFreeMountFor, type RunMount } from "./run-mounts.js";
import type { VariableScope } from "./variables.js";

export type LanguagePackageManager = "pip" | "npm" | "gem" | "go";

export interface PackageInstall {
  manager: LanguagePackageManager;
  /** The command with wrappers (`sudo`, `env X=1`) seen through. */
  command: ShellCommand;
  /** The subcommand word (`install`, `i`, `get`); reports span from the program to it. */
  subcommand: ShellWord;
  /** The words naming packages, in order (local paths and URLs included). */
  packages: ShellWord[];
  /**
   * Versions come from elsewhere for every package: pip's `-c constraints.txt` or
   * `PIP_CONSTRAINT`, gem's `-v 1.2`, gem's `-g Gemfile`.
   */
  pinnedElsewhere: boolean;
}

export interface UnpinnedPackage {
  word: ShellWord;
  /** The package as the manager reads it, ARG/ENV variables resolved. */
  spec: string;
  /** The package without a version or tag that moves (`express` for `express@latest`). */
  name: string;
  /** `source`: a git (or other VCS) source that names no revision; `registry`: a package name. */
  kind: "registry" | "source";
}

const PIP = /^pip[0-9.]*$/u;
const PYTHON = /^python[0-9.]*$/u;

/**
 * The `install` word of `pip install`, `pip3 install`, `python -m pip install` or `uv pip install`
 * (wrappers seen through), with the view whose args follow that word; null for other commands.
 */
export function pipInstallOf(command: ShellCommand): { tool: "pip" | "uv"; view: ShellCommand; install: ShellWord } | null {
  const view = unwrapCommand(command);
  const name = commandName(view);
  if (name === null) return null;
  let rest = view.args;
  if (PYTHON.test(name)) {
    const module = rest.findIndex((word) => word.value === "-m");
    if (module < 0 || rest[module + 1]?.value !== "pip") return null;
    rest = rest.slice(module + 2);
  } else if (name === "uv" && rest[0]?.value === "pip") {
    rest = rest.slice(1);
  } else if (!PIP.test(name)) {
    return null;
  }
  const install = rest.find((word) => !word.value?.startsWith("-"));
  if (install?.value !== "install") return null;
  return { tool: name === "uv" ? "uv" : "pip", view: { ...view, args: rest.slice(rest.indexOf(install) + 1) }, install };
}

const NPM_INSTALL = new Set(["install", "i", "add", "in", "ins", "inst", "insta", "instal", "isnt", "isnta", "isntal", "isntall"]);
const NPM_VALUE_OPTIONS = [
  ...["--prefix", "-w", "--workspace", "--cache", "--userconfig", "--globalconfig", "--registry", "--loglevel"],
  ...["--omit", "--include", "--install-strategy", "--before", "--tag", "--save-prefix", "--location", "--scope"],
  ...["--fetch-retries", "--fetch-retry-factor", "--fetch-retry-mintimeout", "--fetch-retry-maxtimeout", "--fetch-timeout"],
  ...["--maxsockets", "--proxy", "--https-proxy", "--noproxy", "--cafile", "--ca", "--cert", "--key", "--otp", "--script-shell"],
];
/** pip options with a value that dependency-installs.ts has no need to know. */
const PIP_MORE_VALUE_OPTIONS = ["--use-feature", "--use-deprecated", "--keyring-provider", "-b", "--build", "--install-option"];
const GEM_VALUE_OPTIONS = [
  ...["-v", "--version", "-i", "--install-dir", "-n", "--bindir", "-s", "--source", "--platform", "-g", "--file"],
  ...["--build-root", "-P", "--trust-policy", "--without", "--target-rbconfig"],
];
const GO_VALUE_FLAGS = new Set([
  ...["-C", "-o", "-p", "-tags", "-ldflags", "-gcflags", "-asmflags", "-gccgoflags", "-mod", "-modfile", "-pkgdir"],
  ...["-toolexec", "-exec", "-overlay", "-pgo", "-covermode", "-coverpkg", "-buildmode", "-compiler", "-installsuffix"],
]);

/** The named-package install `command` runs, or null. */
export function packageInstallOf(command: ShellCommand, scope: VariableScope): PackageInstall | null {
  const pip = pipInstallOf(command);
  if (pip) {
    const constrained = pip.view.args.some((word) => /^(?:-c|--constraint(?:=|$))/u.test(word.value ?? word.text));
    const pinnedElsewhere = constrained || scope.has("PIP_CONSTRAINT") || command.assignments.some((a) => a.name === "PIP_CONSTRAINT");
    return { manager: "pip", command: pip.view, subcommand: pip.install, packages: operands(pip.view, [...PIP_VALUE_OPTIONS, ...PIP_MORE_VALUE_OPTIONS]), pinnedElsewhere };
  }
  const view = unwrapCommand(command);
  const name = commandName(view);
  if (name === "npm") {
    const [subcommand, ...packages] = operands(view, NPM_VALUE_OPTIONS);
    if (!subcommand || !NPM_INSTALL.has(subcommand.value ?? "")) return null;
    return { manager: "npm", command: view, subcommand, packages, pinnedElsewhere: false };
  }
  if (name === "gem") {
    // Words after `--` are build options for the gem's native extension.
    const end = view.args.findIndex((word) => word.value === "--");
    const args = end < 0 ? view.args : view.args.slice(0, end);
    const [subcommand, ...packages] = operands({ ...view, args }, GEM_VALUE_OPTIONS);
    if (subcommand?.value !== "install" && subcommand?.value !== "i") return null;
    const pinnedElsewhere = args.some((word) => /^(?:-v|--version(?:=|$)|-g|--file(?:=|$))/u.test(word.value ?? word.text));
    return { manager: "gem", command: view, subcommand, packages, pinnedElsewhere };
  }
  if (name === "go") {
    const [subcommand, ...rest] = goOperands(view.args);
    if (!subcommand || !["install", "get", "run"].includes(subcommand.value ?? "")) return null;
    // `go run pkg args...`: the words after the package are the program's arguments.
    const packages = subcommand.value === "run" ? rest.slice(0, 1) : rest;
    return { manager: "go", command: view, subcommand, packages, pinnedElsewhere: false };
  }
  return null;
}

/** Go's flags are single-dash words, `-flag=value` or `-flag value`. */
function goOperands(args: readonly ShellWord[]): ShellWord[] {
  const result: ShellWord[] = [];
  for (let i = 0; i < args.length; i++) {
    const text = args[i]!.value ?? args[i]!.text;
    if (result.length > 1 && result[0]!.value === "run") {
      result.push(args[i]!);
      continue;
    }
    if (text.startsWith("-") && text.length > 1) {
      if (!text.includes("=") && GO_VALUE_FLAGS.has(text.replace(/^--/u, "-"))) i++;
      continue;
    }
    result.push(args[i]!);
  }
  return result;
}

/**
 * The packages of an install whose version is not fixed on the command line, as each manager
 * reads them. A word whose value depends on a variable the file does not define is left out.
 */
export function unpinnedPackages(install: PackageInstall, scope: VariableScope): UnpinnedPackage[] {
  if (install.pinnedElsewhere) return [];
  const upgrade = install.command.args.some((word) => word.value === "-U" || word.value === "--upgrade");
  const result: UnpinnedPackage[] = [];
  for (const word of install.packages) {
    const spec = resolveWord(word, scope);
    if (spec === null) continue;
    const pinned =
      install.manager === "pip"
        ? isPinnedPipSpec(spec) || (upgrade && /^pip$/iu.test(spec))
        : install.manager === "npm"
          ? isPinnedNpmSpec(spec)
          : install.manager === "gem"
            ? isPinnedGemSpec(spec)
            : isPinnedGoSpec(spec, install.subcommand.value ?? "");
    if (!pinned) result.push({ word, spec, name: withoutVersion(install.manager, spec), kind: isSource(install.manager, spec) ? "source" : "registry" });
  }
  return result;
}

/**
 * The word as the shell passes it, with ARG/ENV variables resolved; null when it depends on
 * something the file does not tell (a command substitution, a shell variable, an ARG without value).
 */
export function resolveWord(word: ShellWord, scope: VariableScope): string | null {
  if (word.value !== null) return word.value;
  if (/`|\$\(|'/u.test(word.text)) return null;
  const expansion = scope.expand(word.text.replace(/(?<!\\)"/gu, ""), "\\");
  return expansion.value === null || expansion.undeclared.length > 0 ? null : expansion.value;
}

const VCS = /^(?:git|hg|svn|bzr)\+|^git:\/\//iu;
const NPM_GIT = /^(?:git\+|git:\/\/|github:|gitlab:|bitbucket:|gist:)/iu;

function withoutVersion(manager: LanguagePackageManager, spec: string): string {
  const at = manager === "go" ? spec.lastIndexOf("@") : manager === "npm" ? spec.indexOf("@", 1) : -1;
  return at > 0 && !isSource(manager, spec) ? spec.slice(0, at) : spec;
}

function isSource(manager: LanguagePackageManager, spec: string): boolean {
  if (manager === "pip") return VCS.test(spec) || /@\s*(?:git|hg|svn|bzr)\+/iu.test(spec);
  return manager === "npm" && (NPM_GIT.test(spec) || (!spec.startsWith("@") && spec.includes("/")));
}
const URL = /^[a-z][a-z0-9+.-]*:\/\//iu;

/**
 * pip: a version specifier (`==`, `~=`, `>=`, ... as hadolint counts them), a VCS URL with an
 * `@ref`, a local path, archive or wheel, a plain URL to an archive. `name @ url` reads the URL.
 */
export function isPinnedPipSpec(spec: string): boolean {
  const text = spec.trim();
  const direct = /^[A-Za-z0-9][\w.-]*(?:\[[^\]]*\])?\s*@\s*(\S.*)$/u.exec(text);
  if (direct) return isPinnedPipUrl(direct[1]!);
  if (URL.test(text) || VCS.test(text)) return isPinnedPipUrl(text);
  if (/^[.~/]|[/\\]/u.test(text) || /\.(?:whl|zip|tar(?:\.gz|\.bz2|\.xz)?|tgz)$/iu.test(text)) return true;
  if (/^[A-Za-z0-9][\w.-]*(?:\[[^\]]*\])?\s*(?:===|==|~=|!=|<=|>=|<|>)/u.test(text)) return true;
  // Anything that is not a plain name (with extras and a marker) is not a registry package.
  return !/^[A-Za-z0-9][\w.-]*(?:\[[^\]]*\])?\s*(?:;.*)?$/u.test(text);
}

function isPinnedPipUrl(url: string): boolean {
  if (!VCS.test(url)) return true;
  // `git+https://host/org/repo.git@v1.0#egg=repo`: a `@` after the host names the revision.
  const path = url.replace(/#.*$/u, "").replace(/^[^:]+:\/\/[^/]*/u, "");
  return path.includes("@");
}

/**
 * npm: `name@version` or a range (`@^1.2`, `@">=1 <2"`); a dist-tag (`@latest`, `@next`) moves.
 * Git and GitHub sources need a `#commit-ish`; local folders, tarballs and tarball URLs are fixed.
 */
export function isPinnedNpmSpec(spec: string): boolean {
  const text = spec.trim();
  if (/^(?:[.~/]|file:)/u.test(text) || /\.(?:tgz|tar|tar\.gz)$/iu.test(text)) return true;
  if (NPM_GIT.test(text)) return text.includes("#");
  if (/^https?:\/\//iu.test(text)) return true;
  // `user/repo` is a GitHub shorthand; `@scope/name` is a registry package.
  if (!text.startsWith("@") && text.includes("/")) return text.includes("#");
  const at = text.indexOf("@", 1);
  if (at < 0) return false;
  const version = text.slice(at + 1).trim();
  if (version.startsWith("npm:")) return isPinnedNpmSpec(version.slice(4));
  return /^[=v^~<>\s]*\d/u.test(version);
}

/** gem: `name:version` (`bundler:2.5.3`), or a local `.gem` file. */
export function isPinnedGemSpec(spec: string): boolean {
  return spec.includes(":") || /\.gem$/u.test(spec) || /^[.~/]/u.test(spec);
}

/** Go's version queries that move, and branch names that do. */
const MOVING_GO_QUERIES = new Set(["latest", "upgrade", "patch", "master", "main", "HEAD"]);

/**
 * go: `pkg@v1.2.3` (or a commit, or a comparison). Without `@`, `go run` takes the version from the
 * current module's go.mod; `go install` and `go get` of a package path count as unpinned.
 */
export function isPinnedGoSpec(spec: string, subcommand: string): boolean {
  if (/^[.~/]/u.test(spec) || spec.endsWith(".go")) return true;
  const at = spec.lastIndexOf("@");
  // `go run pkg` takes the version from the current module; `go install`/`go get` of a package
  // path without `@version` is what hadolint's DL3062 reports (inside a module go.mod may pin it,
  // but the Dockerfile does not show it).
  if (at < 0) return subcommand === "run";
  return !MOVING_GO_QUERIES.has(spec.slice(at + 1));
}

/**
 * `yarn`, `yarn install` and `yarn add` (also `yarn global add`): the words from the program to the
 * subcommand, or null. These fill yarn's download cache.
 */
export function yarnInstallOf(command: ShellCommand): { view: ShellCommand; last: ShellWord } | null {
  const view = unwrapCommand(command);
  if (commandName(view) !== "yarn") return null;
  const words = operands(view, ["--cwd", "--modules-folder", "--cache-folder", "--network-timeout", "--mutex", "--registry"]);
  const first = words[0];
  if (!first) return view.args.some((word) => /^(?:-v|--version|-h|--help)$/u.test(word.value ?? "")) ? null : { view, last: view.name! };
  if (first.value === "install" || first.value === "add") return { view, last: first };
  if (first.value === "global" && words[1]?.value === "add") return { view, last: words[1] };
  return null;
}

/** `yarn cache clean`, or `rm` of yarn's cache folder. */
export function cleansYarnCache(command: ShellCommand): boolean {
  const view = unwrapCommand(command);
  const name = commandName(view);
  if (name === "yarn") {
    const words = operands(view, ["--cwd", "--cache-folder"]);
    return words[0]?.value === "cache" && words[1]?.value === "clean";
  }
  return name === "rm" && operands(view).some((word) => /\.cache\/yarn|yarn cache dir/u.test(word.value ?? word.text));
}

/**
 * Whether a cache or tmpfs mount keeps `tool`'s download cache out of the layer: a mount on
 * `/root/.cache/<tool>` or on any `<home>/.cache[/<tool>]`, or holding one of `folders` (the
 * tool's configured cache folder, as the rule knows it).
 */
export function mountsToolCache(mounts: readonly RunMount[], tool: string, folders: readonly (string | null)[]): boolean {
  const home = new RegExp(`/\\.cache(?:/${tool})?$`, "u");
  if (mounts.some((mount) => (mount.type === "cache" || mount.type === "tmpfs") && mount.target !== null && home.test(mount.target))) {
    return true;
  }
  return [`/root/.cache/${tool}`, ...folders].some((folder) => folder !== null && folder.startsWith("/") && layerFreeMountFor(mounts, folder) !== null);
}
