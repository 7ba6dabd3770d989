/**
 * What a `tar` command of a RUN extracts: the archive it reads (`-f`/`--file`, or the word after
 * an old-style `tar xzf`), the folder it extracts into (`-C`/`--directory`), and whether it does
 * anything beyond unpacking the whole archive where it stands (members, stripping, filters).
 */
import { commandName, hasOption, operands, optionValue, unwrapCommand, type ShellCommand, type ShellWord } from "../shell/index.js";

export interface TarExtraction {
  archive: ShellWord;
  /** The `-C` folder as a word, or null for the working directory. */
  directory: ShellWord | null;
  /** Unpacks every member unchanged: no member list, `--strip-components`, `--exclude`, stdout... */
  wholeArchive: boolean;
}

const VALUE_OPTIONS = ["-f", "--file", "-C", "--directory", "-T", "--files-from", "-X", "--exclude-from", "-b", "--blocking-factor"];
/** Options after which the result is not "the archive's files, in place". */
const SELECTIVE = ["--strip-components", "--exclude", "-X", "--exclude-from", "-T", "--files-from", "--wildcards", "--transform", "--xform", "-O", "--to-stdout", "--to-command", "-k", "--keep-old-files", "--skip-old-files"];

/** The extraction a command performs, or null when it is not a `tar` extraction with a named archive. */
export function tarExtraction(command: ShellCommand): TarExtraction | null {
  const cmd = unwrapCommand(command);
  if (commandName(cmd) !== "tar") return null;
  const first = cmd.args[0];
  // Old style: `tar xzf archive.tgz [members]`, the letters without a dash.
  if (first?.value && /^[A-Za-z]+$/u.test(first.value) && !first.value.startsWith("-")) {
    const letters = first.value;
    if (!letters.includes("x") || !letters.includes("f") || !letters.endsWith("f")) return null;
    const archive = cmd.args[1];
    if (!archive) return null;
    const rest = { ...cmd, args: cmd.args.slice(2) };
    const members = operands(rest, VALUE_OPTIONS);
    return { archive, directory: optionValue(rest, "-C") ?? optionValue(rest, "--directory"), wholeArchive: members.length === 0 && !selective(rest) };
  }
  if (!hasOption(cmd, "-x", "--extract", "--get")) return null;
  const archive = optionValue(cmd, "-f") ?? optionValue(cmd, "--file");
  if (!archive) return null;
  const members = operands(cmd, VALUE_OPTIONS);
  return { archive, directory: optionValue(cmd, "-C") ?? optionValue(cmd, "--directory"), wholeArchive: members.length === 0 && !selective(cmd) };
}

function selective(cmd: ShellCommand): boolean {
  return hasOption(cmd, ...SELECTIVE);
}
