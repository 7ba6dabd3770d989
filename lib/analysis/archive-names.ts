/**
 * Names of local files that ADD may unpack. BuildKit unpacks a local tar archive, plain or
 * compressed (gzip, bzip2, xz, zstd), and decides by content; a linter can only go by the name.
 * The list is hadolint's (DL3010/DL3020) plus zstd, compared without case.
 */

export const ARCHIVE_EXTENSIONS = [
  ".tar",
  ".gz",
  ".tgz",
  ".bz2",
  ".tbz",
  ".tbz2",
  ".tb2",
  ".xz",
  ".txz",
  ".zst",
  ".tzst",
  ".z",
  ".tz",
  ".taz",
  ".lz",
  ".tlz",
  ".lzma",
  ".tpz",
] as const;

const WILDCARD = /[*?[\]]/u;

/**
 * Whether a source name (a path, possibly with wildcards) is an archive name that ADD may unpack:
 * "archive" when every name it can match is one, "maybe" when some can be, else "none".
 */
export function archiveName(path: string): "archive" | "maybe" | "none" {
  const name = path.replace(/[/\\]+$/u, "").split(/[/\\]/u).at(-1)!.toLowerCase();
  const isArchive = (text: string) => ARCHIVE_EXTENSIONS.some((extension) => text.endsWith(extension));
  if (!WILDCARD.test(name)) return isArchive(name) ? "archive" : "none";
  // `*.tar.gz`, `dist/*`, `*z`: the literal text after the last wildcard decides what can match.
  const tail = name.slice(Math.max(name.lastIndexOf("*"), name.lastIndexOf("?"), name.lastIndexOf("]")) + 1);
  if (tail !== "" && isArchive(tail)) return "archive";
  return tail === "" || ARCHIVE_EXTENSIONS.some((extension) => extension.endsWith(tail)) ? "maybe" : "none";
}
