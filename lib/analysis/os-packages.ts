/**
 * The operating system's package managers (apt-get, apt, apk, yum, dnf, microdnf, zypper): which
 * command of a RUN calls one, with which action, on which packages, and what each manager needs
 * to run unattended and to keep its caches out of the image layer.
 */
import { commandName, hasOption, operands, unwrapCommand, type ShellCommand, type ShellWord } from "../shell/index.js";

/** What a subcommand does, whatever the manager calls it. */
export type PackageAction = "install" | "remove" | "upgrade" | "dist-upgrade" | "update" | "clean" | "other";

export interface OsPackageManager {
  /** The program: "apt-get", "apt", "apk", "yum", "dnf", "microdnf", "zypper". */
  name: string;
  /** Options that take a separate value, so that value is not taken for the subcommand. */
  valueOptions: readonly string[];
  /** Subcommands and their aliases, by action; those not listed are "other". */
  actions: Readonly<Record<string, PackageAction>>;
  /** Actions that ask for confirmation unless told not to. */
  confirmedActions: readonly PackageAction[];
  /** Options that answer the confirmation (empty: the manager never asks). */
  yesOptions: readonly string[];
  /** The option a fix inserts after the subcommand. */
  yesOption: string | null;
  /** Folders where installs leave downloaded files (for apt, see {@link APT_LISTS}). */
  cacheFolders: readonly string[];
  /** The command that empties the cache, as a fix appends it; null when the manager needs none. */
  cleanCommand: string | null;
  /** How a package operand pins its version. */
  pinned: (operand: string) => boolean;
}

/** Where `apt-get update` writes the package lists. */
export const APT_LISTS = "/var/lib/apt/lists";

const APT_VALUE_OPTIONS = ["-o", "--option", "-c", "--config-file", "-t", "--target-release", "--default-release", "-a", "--host-architecture"];

const APT_ACTIONS: Record<string, PackageAction> = {
  install: "install",
  reinstall: "install",
  "build-dep": "install",
  satisfy: "install",
  remove: "remove",
  purge: "remove",
  autoremove: "remove",
  "auto-remove": "remove",
  upgrade: "upgrade",
  "dist-upgrade": "dist-upgrade",
  "full-upgrade": "dist-upgrade",
  update: "update",
  clean: "clean",
  autoclean: "clean",
  "auto-clean": "clean",
};

const APT_CONFIRMED: PackageAction[] = ["install", "remove", "upgrade", "dist-upgrade"];

/** `name=version`; a path or URL (a local `.deb`) is not a package name. */
const equalsPinned = (operand: string): boolean => /^[^=]+=./u.test(operand) || isPackageFile(operand);

/** RPM names carry the version after a dash: `httpd-2.4.6`, `nginx-1.20.1-1.el8`. */
const dashPinned = (operand: string): boolean => /-\d/u.test(operand) || operand.startsWith("@") || isPackageFile(operand);

/** A local file or URL rather than a package name (`./app.deb`, `https://.../x.rpm`). */
function isPackageFile(operand: string): boolean {
  return /^(?:\.{0,2}\/|[a-z]+:\/\/)/u.test(operand) || /\.(?:deb|apk|rpm)$/u.test(operand);
}

const YUM_VALUE_OPTIONS = [
  "-c", "--config", "-d", "--debuglevel", "-e", "--errorlevel", "-R", "--randomwait", "-x", "--exclude", "--enablerepo",
  "--disablerepo", "--repo", "--repoid", "--setopt", "--releasever", "--installroot", "--downloaddir", "--destdir",
  "--forcearch", "--color", "--disableexcludes", "--enableplugin", "--disableplugin", "--rpmverbosity",
];

const YUM_ACTIONS: Record<string, PackageAction> = {
  install: "install",
  in: "install",
  groupinstall: "install",
  localinstall: "install",
  reinstall: "install",
  downgrade: "install",
  remove: "remove",
  rm: "remove",
  erase: "remove",
  autoremove: "remove",
  groupremove: "remove",
  update: "upgrade",
  upgrade: "upgrade",
  up: "upgrade",
  "update-minimal": "upgrade",
  "upgrade-minimal": "upgrade",
  "distro-sync": "dist-upgrade",
  distrosync: "dist-upgrade",
  makecache: "update",
  clean: "clean",
};

const RPM_CONFIRMED: PackageAction[] = ["install", "remove", "upgrade", "dist-upgrade"];

function rpmManager(name: string, cacheFolders: string[]): OsPackageManager {
  return {
    name,
    valueOptions: YUM_VALUE_OPTIONS,
    actions: YUM_ACTIONS,
    confirmedActions: RPM_CONFIRMED,
    yesOptions: ["-y", "--assumeyes"],
    yesOption: "-y",
    cacheFolders,
    cleanCommand: `${name} clean all`,
    pinned: dashPinned,
  };
}

export const OS_PACKAGE_MANAGERS: Readonly<Record<string, OsPackageManager>> = {
  "apt-get": {
    name: "apt-get",
    valueOptions: APT_VALUE_OPTIONS,
    actions: APT_ACTIONS,
    confirmedActions: APT_CONFIRMED,
    yesOptions: ["-y", "--yes", "--assume-yes"],
    yesOption: "-y",
    cacheFolders: [APT_LISTS],
    cleanCommand: null,
    pinned: equalsPinned,
  },
  apt: {
    name: "apt",
    valueOptions: APT_VALUE_OPTIONS,
    actions: APT_ACTIONS,
    confirmedActions: APT_CONFIRMED,
    yesOptions: ["-y", "--yes", "--assume-yes"],
    yesOption: "-y",
    cacheFolders: [APT_LISTS],
    cleanCommand: null,
    pinned: equalsPinned,
  },
  apk: {
    name: "apk",
    valueOptions: ["-X", "--repository", "-p", "--root", "-t", "--virtual", "--keys-dir", "--arch", "--cache-dir", "--repositories-file", "--cache-max-age", "--timeout"],
    actions: { add: "install", del: "remove", upgrade: "upgrade", update: "update", cache: "clean" },
    confirmedActions: [],
    yesOptions: [],
    yesOption: null,
    cacheFolders: ["/var/cache/apk", "/etc/apk/cache"],
    cleanCommand: null,
    // `name=1.2.3-r0`, `name~=1.2`, `name>=1.2`, `name<2`.
    pinned: (operand) => /^[^=~<>]+[=~<>]./u.test(operand) || isPackageFile(operand),
  },
  yum: rpmManager("yum", ["/var/cache/yum"]),
  dnf: rpmManager("dnf", ["/var/cache/dnf", "/var/cache/libdnf5"]),
  microdnf: rpmManager("microdnf", ["/var/cache/yum", "/var/cache/dnf"]),
  zypper: {
    name: "zypper",
    valueOptions: [
      "-c", "--config", "-R", "--root", "-D", "--reposd-dir", "-C", "--cache-dir", "--raw-cache-dir", "--solv-cache-dir",
      "--pkg-cache-dir", "-r", "--repo", "-t", "--type", "--from", "-p", "--plus-repo", "--plus-content", "--userdata",
    ],
    actions: {
      install: "install",
      in: "install",
      "source-install": "install",
      si: "install",
      "install-new-recommends": "install",
      inr: "install",
      remove: "remove",
      rm: "remove",
      update: "upgrade",
      up: "upgrade",
      patch: "upgrade",
      "dist-upgrade": "dist-upgrade",
      dup: "dist-upgrade",
      refresh: "update",
      ref: "update",
      clean: "clean",
      cc: "clean",
    },
    confirmedActions: ["install", "remove", "upgrade", "dist-upgrade"],
    yesOptions: ["-n", "--non-interactive", "-y", "--no-confirm"],
    yesOption: "-y",
    cacheFolders: ["/var/cache/zypp"],
    cleanCommand: "zypper clean",
    // `name=1.2`, `name>=1.2`, `name<2`, or the RPM style `name-1.2`.
    pinned: (operand) => /^[^=<>]+[=<>]./u.test(operand) || dashPinned(operand),
  },
};

export interface OsPackageCommand {
  manager: OsPackageManager;
  /** The command with wrappers (`sudo`, `env X=1`) seen through: its `name` is the manager. */
  command: ShellCommand;
  /** The command as the script holds it (wrappers included). */
  original: ShellCommand;
  /** The subcommand word (`install` in `apt-get -q install curl`); null when there is none. */
  subcommand: ShellWord | null;
  action: PackageAction | null;
  /**
   * The operands after the subcommand: the packages of an install (also the `install` of
   * `yum group install`, and `all` of `yum clean all`).
   */
  operands: ShellWord[];
  /** The operands name package groups (`yum groupinstall`, `dnf group install`), not packages. */
  group: boolean;
}

/** The OS package manager command `command` runs, or null. */
export function osPackageCommandOf(command: ShellCommand): OsPackageCommand | null {
  const view = unwrapCommand(command);
  const name = commandName(view);
  const manager = name === null ? undefined : OS_PACKAGE_MANAGERS[name];
  if (manager === undefined) return null;
  const words = operands(view, manager.valueOptions);
  let [subcommand = null, ...rest] = words;
  let group = subcommand?.value?.startsWith("group") === true;
  let action = subcommand?.value == null ? null : (manager.actions[subcommand.value] ?? "other");
  // `yum group install "Development Tools"`, `dnf groups remove x`.
  if ((subcommand?.value === "group" || subcommand?.value === "groups") && manager.actions === YUM_ACTIONS && rest[0]?.value) {
    const groupAction = manager.actions[rest[0].value];
    if (groupAction === "install" || groupAction === "remove" || groupAction === "upgrade") {
      action = groupAction;
      group = true;
      subcommand = rest[0];
      rest = rest.slice(1);
    }
  }
  return { manager, command: view, original: command, subcommand, action, operands: rest, group };
}

/** Every OS package manager command among `commands`. */
export function osPackageCommands(commands: readonly ShellCommand[]): OsPackageCommand[] {
  return commands.map(osPackageCommandOf).filter((found): found is OsPackageCommand => found !== null);
}

/** Whether the command answers its confirmation prompt itself (`-y`, apt's `-qq`, zypper's `-n`). */
export function answersYes(found: OsPackageCommand): boolean {
  const { manager, command } = found;
  if (manager.yesOptions.length === 0) return true;
  if (hasOption(command, ...manager.yesOptions)) return true;
  if (manager.actions !== APT_ACTIONS) return false;
  // `-qq` (quiet level 2) implies `-y` for apt-get; so does `-o APT::Get::Assume-Yes=true`.
  const args = command.args;
  return args.some((word, index) => {
    const value = word.value ?? "";
    if (/^-[a-zA-Z]*q[a-zA-Z]*q[a-zA-Z]*$/u.test(value) || /^(?:-q|--quiet)=2$/u.test(value)) return true;
    const setting = value === "-o" || value === "--option" ? (args[index + 1]?.value ?? "") : /^(?:-o|--option=)(.*)$/u.exec(value)?.[1];
    return setting !== undefined && /^APT::Get::Assume-?Yes=(?:1|true|yes)$/iu.test(setting);
  });
}

/** Whether a `rm -r` among `commands` deletes `folder` (as `folder`, `folder/*` or a parent). */
export function removesFolder(commands: readonly ShellCommand[], folder: string): boolean {
  return commands.some((command) => {
    const view = unwrapCommand(command);
    if (commandName(view) !== "rm" || !hasOption(view, "-r", "-R", "--recursive")) return false;
    return operands(view).some((word) => {
      const target = word.value?.replace(/\/\*$/u, "").replace(/\/+$/u, "");
      return target !== undefined && target !== "" && (folder === target || folder.startsWith(`${target}/`));
    });
  });
}

/** Whether `commands` empty the cache of `manager` (`yum clean all`, `zypper cc`, `rm -rf /var/cache/yum`). */
export function cleansCache(commands: readonly ShellCommand[], manager: OsPackageManager): boolean {
  const cleaned = osPackageCommands(commands).some(
    (found) =>
      found.manager.cacheFolders.some((folder) => manager.cacheFolders.includes(folder)) &&
      found.action === "clean" &&
      (found.manager.name === "zypper" || found.manager.name === "apk" || found.operands.some((word) => word.value === "all")),
  );
  return cleaned || manager.cacheFolders.some((folder) => removesFolder(commands, folder));
}
