/**
 * Commands that install a project's dependencies from its manifest (`pip install -r
 * requirements.txt`, `npm ci`, `go mod download`, ...), the manifest and lock files each reads,
 * and the folder it reads them from. Installs of named packages (`npm install express`,
 * `pip install flask`) read no manifest and are not dependency installs here.
 */
import { commandName, operands, unwrapCommand, type Range, type ShellCommand, type ShellWord } from "../shell/index.js";

export interface PackageManager {
  /** As rules name it: "pip", "npm", "maven", ... */
  name: string;
  /** The manifest and lock files to copy before the install, in the folder it reads them from. */
  manifests: readonly string[];
  /** Other names the manifest may have in that folder (`build.gradle.kts`). */
  alternates?: readonly string[];
  /**
   * What to run before the sources are there, when it is not the install itself; `{program}`
   * stands for the program as written (`./mvnw`).
   */
  firstStep?: string;
}

export const PACKAGE_MANAGERS = {
  pip: { name: "pip", manifests: ["requirements.txt"] },
  npm: { name: "npm", manifests: ["package.json", "package-lock.json"], alternates: ["npm-shrinkwrap.json"] },
  yarn: { name: "yarn", manifests: ["package.json", "yarn.lock"] },
  pnpm: { name: "pnpm", manifests: ["package.json", "pnpm-lock.yaml"] },
  bun: { name: "bun", manifests: ["package.json", "bun.lock"], alternates: ["bun.lockb"] },
  bundler: { name: "bundler", manifests: ["Gemfile", "Gemfile.lock"] },
  composer: { name: "composer", manifests: ["composer.json", "composer.lock"], firstStep: "run {program} install --no-scripts --no-autoloader" },
  go: { name: "go", manifests: ["go.mod", "go.sum"] },
  cargo: {
    name: "cargo",
    manifests: ["Cargo.toml", "Cargo.lock"],
    firstStep: "build the dependencies alone (with a stub src/main.rs, or cargo-chef)",
  },
  maven: { name: "maven", manifests: ["pom.xml"], firstStep: "run {program} dependency:go-offline" },
  gradle: {
    name: "gradle",
    manifests: ["settings.gradle", "build.gradle", "gradle/"],
    alternates: ["settings.gradle.kts", "build.gradle.kts"],
    firstStep: "run {program} dependencies",
  },
  poetry: { name: "poetry", manifests: ["pyproject.toml", "poetry.lock"], firstStep: "run {program} install --no-root" },
  uv: { name: "uv", manifests: ["pyproject.toml", "uv.lock"], firstStep: "run {program} sync --no-install-project" },
  pipenv: { name: "pipenv", manifests: ["Pipfile", "Pipfile.lock"] },
} as const satisfies Record<string, PackageManager>;

export interface DependencyInstall {
  manager: PackageManager;
  /** The command as written up to its subcommand: "pip install", "npm --prefix web ci", "./mvnw package". */
  label: string;
  /** From the program word to the subcommand word. */
  range: Range;
  /**
   * The files to copy before the install, relative to the directory the command runs in (or
   * absolute): `requirements/prod.txt`, `web/package.json`. The first is the manifest proper.
   * Null when the folder or file names are not written out (`--prefix $DIR`).
   */
  files: string[] | null;
  /** Names the first file may also have (`build.gradle.kts`), in the same folder. */
  alternates: string[];
  /**
   * Installs the project itself along with its dependencies (`pip install .`), so it needs the
   * sources: its dependencies belong in an install before the sources are copied.
   */
  installsProject: boolean;
  /** What to run before copying the sources; null when it is the install itself. */
  firstStep: string | null;
}

/** What a detector finds; `last` is the word the reported range and label end with. */
type Found = Omit<DependencyInstall, "label" | "range"> & { last: ShellWord };

/** Looks at a command's arguments; `program` is the program as written (`./mvnw`). */
type Detector = (command: ShellCommand, program: string) => Found | null;

const PIP = /^pip[0-9.]*$/u;
const PYTHON = /^python[0-9.]*$/u;

/** The dependency install `command` runs, or null. Wrappers (`sudo`, `env X=1`) are seen through. */
export function dependencyInstallOf(command: ShellCommand): DependencyInstall | null {
  const view = unwrapCommand(command);
  const name = commandName(view);
  if (name === null) return null;
  const found = detect(view, name);
  if (!found) return null;
  const { last, ...install } = found;
  const words = [view.name!, ...view.args.slice(0, view.args.indexOf(last) + 1)];
  return { ...install, label: words.map((word) => word.value ?? word.text).join(" "), range: [view.name!.range[0], last.range[1]] };
}

function detect(view: ShellCommand, name: string): Found | null {
  const program = view.name!.value ?? name;
  if (PIP.test(name)) return pip(view);
  if (PYTHON.test(name)) {
    const module = view.args.findIndex((word) => word.value === "-m");
    return module >= 0 && view.args[module + 1]?.value === "pip" ? pip({ ...view, args: view.args.slice(module + 2) }) : null;
  }
  if (name === "uv" && view.args[0]?.value === "pip") return pip({ ...view, args: view.args.slice(1) });
  return DETECTORS[name.replace(/^(mvn|gradle)w$/u, "$1")]?.(view, program) ?? null;
}

/** pip install options that take a separate value. */
export const PIP_VALUE_OPTIONS = [
  "-r", "--requirement", "-c", "--constraint", "-e", "--editable", "-t", "--target", "--prefix", "--root", "-i", "--index-url",
  "--extra-index-url", "-f", "--find-links", "--platform", "--python-version", "--implementation", "--abi", "--src",
  "--upgrade-strategy", "--config-settings", "-C", "--global-option", "--progress-bar", "--report", "--only-binary", "--no-binary",
  "--root-user-action", "--log", "--proxy", "--retries", "--timeout", "--exists-action", "--trusted-host", "--cert",
  "--client-cert", "--cache-dir", "--python", "--group",
];

/** `pip install -r <file>` (each file), `pip install .` / `-e ./app` (the project). */
function pip(command: ShellCommand): Found | null {
  const install = command.args.find((word) => !word.value?.startsWith("-"));
  if (install?.value !== "install") return null;
  const args = command.args.slice(command.args.indexOf(install) + 1);
  const view = { ...command, args };
  const requirements: (string | null)[] = [];
  let project: string | null = null;
  let noDeps = false;
  for (let i = 0; i < args.length; i++) {
    const value = args[i]!.value;
    if (value === "-r" || value === "--requirement") requirements.push(args[++i]?.value ?? null);
    else if (value?.startsWith("--requirement=")) requirements.push(value.slice("--requirement=".length));
    else if (value !== null && /^-r./u.test(value)) requirements.push(value.slice(2));
    else if (value === "-e" || value === "--editable") project ??= localProject(args[++i]?.value ?? null);
    else if (value === "--no-deps") noDeps = true;
  }
  for (const operand of operands(view, PIP_VALUE_OPTIONS)) project ??= localProject(operand.value);
  const base = { manager: PACKAGE_MANAGERS.pip, alternates: [], firstStep: null, last: install };
  if (requirements.length > 0) {
    return { ...base, files: requirements.every((file) => file !== null) ? (requirements as string[]) : null, installsProject: false };
  }
  // `--no-deps .` installs the project alone: what should follow the sources.
  if (project === null || noDeps) return null;
  return { ...base, files: [join(project, "pyproject.toml")], installsProject: true };
}

/** A pip operand that names a local project folder (`.`, `./app`, `/src`, `.[dev]`); null for anything else. */
function localProject(value: string | null): string | null {
  const path = value?.replace(/\[[^\]]*\]$/u, "") ?? null;
  return path !== null && (path === "." || path === ".." || /^\.{0,2}\//u.test(path)) ? path : null;
}

/** The install of `manager` reading its manifests in `folder` (null: not written out). */
function found(manager: PackageManager, folder: string | null, last: ShellWord, firstStep: string | null): Found {
  const inFolder = (file: string) => (folder === null ? file : join(folder, file));
  return {
    manager,
    files: folder === null ? null : manager.manifests.map(inFolder),
    alternates: (manager.alternates ?? []).map(inFolder),
    installsProject: false,
    firstStep,
    last,
  };
}

function firstStepOf(manager: PackageManager, program: string): string | null {
  return manager.firstStep?.replace("{program}", program) ?? null;
}

interface ManifestInstallSyntax {
  /** The subcommands that install from the manifest; null for the program alone (`yarn`). */
  subcommands: readonly (string | null)[];
  /** Options that take a separate value, so that it is not taken for an operand. */
  valueOptions: readonly string[];
  /** Options that name the folder of the manifest. */
  directoryOptions: readonly string[];
}

/** An install of the manifest in the current (or a named) folder, with no package operands. */
function manifestInstall(manager: PackageManager, syntax: ManifestInstallSyntax): Detector {
  return (command, program) => {
    const [first, ...rest] = operands(command, syntax.valueOptions);
    if (rest.length > 0 || !syntax.subcommands.includes(first === undefined ? null : first.value)) return null;
    return found(manager, directoryOption(command, syntax.directoryOptions), first ?? command.name!, firstStepOf(manager, program));
  };
}

/** The folder named by the last of these options, "." when none is given, null when it is not static. */
function directoryOption(command: ShellCommand, names: readonly string[]): string | null {
  let directory: string | null = ".";
  const args = command.args;
  for (let i = 0; i < args.length; i++) {
    const value = args[i]!.value;
    if (value === "--") break;
    for (const name of names) {
      if (value === name) directory = args[i + 1]?.value ?? null;
      else if (value?.startsWith(`${name}=`)) directory = value.slice(name.length + 1);
      else if (value === null && args[i]!.text.startsWith(`${name}=`)) directory = null;
    }
  }
  return directory;
}

const bundlerInstall = manifestInstall(PACKAGE_MANAGERS.bundler, {
  subcommands: [null, "install"],
  valueOptions: ["--gemfile", "--jobs", "-j", "--path", "--retry", "--without", "--with", "--binstubs", "--standalone"],
  directoryOptions: [],
});

/** `bundle install`, reading `--gemfile <file>` and its `.lock` when given. */
function bundler(command: ShellCommand, program: string): Found | null {
  const install = bundlerInstall(command, program);
  const gemfile = directoryOption(command, ["--gemfile"]);
  if (!install || gemfile === ".") return install;
  return { ...install, files: gemfile === null ? null : [gemfile, `${gemfile}.lock`] };
}

const MAVEN_PHASES = new Set([
  "validate", "initialize", "generate-sources", "process-sources", "generate-resources", "process-resources", "compile",
  "process-classes", "generate-test-sources", "process-test-sources", "generate-test-resources", "process-test-resources",
  "test-compile", "process-test-classes", "test", "prepare-package", "package", "pre-integration-test", "integration-test",
  "post-integration-test", "verify", "install", "deploy",
]);

const MAVEN_VALUE_OPTIONS = [
  "-f", "--file", "-s", "--settings", "-gs", "--global-settings", "-t", "--toolchains", "-P", "--activate-profiles", "-pl",
  "--projects", "-rf", "--resume-from", "-T", "--threads", "-D", "--define", "-l", "--log-file", "-b", "--builder", "-gt",
  "--global-toolchains", "-et", "--encrypt-password", "-emp", "--encrypt-master-password",
];

/** Any Maven phase from validate on, or a goal of the dependency plugin, resolves the dependencies. */
function maven(command: ShellCommand, program: string): Found | null {
  const goal = operands(command, MAVEN_VALUE_OPTIONS).find(
    (word) => word.value !== null && (MAVEN_PHASES.has(word.value) || word.value.startsWith("dependency:")),
  );
  if (!goal) return null;
  const file = directoryOption(command, ["-f", "--file"]);
  const pom = file === null ? null : file.endsWith(".xml") ? file : join(file, "pom.xml");
  const manager = PACKAGE_MANAGERS.maven;
  const firstStep = goal.value === "dependency:go-offline" ? null : firstStepOf(manager, program);
  return { ...found(manager, ".", goal, firstStep), files: pom === null ? null : [pom] };
}

const GRADLE_VALUE_OPTIONS = [
  "-p", "--project-dir", "-b", "--build-file", "-c", "--settings-file", "-g", "--gradle-user-home", "-I", "--init-script", "-x",
  "--exclude-task", "--console", "--warning-mode", "--max-workers", "-D", "--system-prop", "-P", "--project-prop",
  "--include-build", "--priority",
];

/** Tasks that do not need the project's dependencies. */
const GRADLE_NO_DEPENDENCIES = new Set(["clean", "help", "tasks", "wrapper", "projects", "properties", "init"]);

function gradle(command: ShellCommand, program: string): Found | null {
  const task = operands(command, GRADLE_VALUE_OPTIONS).find((word) => word.value !== null && !GRADLE_NO_DEPENDENCIES.has(word.value));
  if (!task) return null;
  const manager = PACKAGE_MANAGERS.gradle;
  const firstStep = task.value === "dependencies" ? null : firstStepOf(manager, program);
  return found(manager, directoryOption(command, ["-p", "--project-dir"]), task, firstStep);
}

const CARGO_VALUE_OPTIONS = [
  "--manifest-path", "-Z", "--config", "--color", "-p", "--package", "-j", "--jobs", "--target", "--target-dir", "--features", "-F",
  "--bin", "--example", "--test", "--bench", "--profile", "--message-format", "--lockfile-path",
];

/** `cargo build` and `cargo fetch` (not `cargo install`, which builds another crate). */
function cargo(command: ShellCommand, program: string): Found | null {
  const subcommand = operands(command, CARGO_VALUE_OPTIONS)[0];
  if (!subcommand || !["build", "b", "fetch"].includes(subcommand.value ?? "")) return null;
  const manifest = directoryOption(command, ["--manifest-path"]);
  const manager = PACKAGE_MANAGERS.cargo;
  return found(manager, manifest === null || manifest === "." ? manifest : dirname(manifest), subcommand, firstStepOf(manager, program));
}

function goModDownload(command: ShellCommand, program: string): Found | null {
  const words = operands(command, ["-C", "-modfile"]);
  if (words[0]?.value !== "mod" || words[1]?.value !== "download") return null;
  return found(PACKAGE_MANAGERS.go, directoryOption(command, ["-C"]), words[1], firstStepOf(PACKAGE_MANAGERS.go, program));
}

const composer = manifestInstall(PACKAGE_MANAGERS.composer, {
  subcommands: ["install", "i"],
  valueOptions: ["-d", "--working-dir"],
  directoryOptions: ["-d", "--working-dir"],
});

const poetryInstall = manifestInstall(PACKAGE_MANAGERS.poetry, {
  subcommands: ["install"],
  valueOptions: ["-C", "--directory", "-P", "--project", "-E", "--extras", "--with", "--without", "--only"],
  directoryOptions: ["-C", "--directory", "-P", "--project"],
});

/** `poetry install`, except `--only-root`: the project alone, what should follow the sources. */
function poetry(command: ShellCommand, program: string): Found | null {
  return command.args.some((word) => word.value === "--only-root") ? null : poetryInstall(command, program);
}

const DETECTORS: Record<string, Detector> = {
  npm: manifestInstall(PACKAGE_MANAGERS.npm, {
    subcommands: [
      ...["ci", "clean-install", "ic", "install-clean", "isntall-clean"],
      ...["install", "i", "in", "ins", "inst", "insta", "instal", "isnt", "isnta", "isntal", "isntall"],
    ],
    valueOptions: [
      ...["--prefix", "-w", "--workspace", "--cache", "--userconfig", "--registry", "--loglevel"],
      ...["--omit", "--include", "--install-strategy", "--before", "--tag"],
    ],
    directoryOptions: ["--prefix"],
  }),
  yarn: manifestInstall(PACKAGE_MANAGERS.yarn, {
    subcommands: [null, "install"],
    valueOptions: ["--cwd", "--modules-folder", "--cache-folder", "--network-timeout", "--mutex", "--registry"],
    directoryOptions: ["--cwd"],
  }),
  pnpm: manifestInstall(PACKAGE_MANAGERS.pnpm, {
    subcommands: ["install", "i"],
    valueOptions: ["-C", "--dir", "--filter", "-F", "--store-dir", "--virtual-store-dir", "--reporter"],
    directoryOptions: ["-C", "--dir"],
  }),
  bun: manifestInstall(PACKAGE_MANAGERS.bun, { subcommands: ["install", "i"], valueOptions: ["--cwd"], directoryOptions: ["--cwd"] }),
  bundle: bundler,
  bundler,
  composer,
  "composer.phar": composer,
  go: goModDownload,
  cargo,
  mvn: maven,
  gradle,
  poetry,
  uv: manifestInstall(PACKAGE_MANAGERS.uv, {
    subcommands: ["sync"],
    valueOptions: [
      ...["--directory", "--project", "--python", "-p", "--extra", "--group", "--only-group", "--no-group"],
      ...["--package", "--index", "--default-index"],
    ],
    directoryOptions: ["--directory", "--project"],
  }),
  pipenv: manifestInstall(PACKAGE_MANAGERS.pipenv, {
    subcommands: ["install", "sync"],
    valueOptions: ["--python", "--categories"],
    directoryOptions: [],
  }),
};

function join(folder: string, file: string): string {
  if (/^\/+$/u.test(folder)) return `/${file}`;
  const trimmed = folder.replace(/^(?:\.\/)+/u, "").replace(/\/+$/u, "");
  return trimmed === "" || trimmed === "." ? file : `${trimmed}/${file}`;
}

function dirname(path: string): string {
  const slash = path.lastIndexOf("/");
  return slash < 0 ? "." : slash === 0 ? "/" : path.slice(0, slash);
}
