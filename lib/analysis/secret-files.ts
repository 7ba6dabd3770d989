/**
 * Files that hold secrets by their name: environment files, private keys, package-registry and
 * cloud credentials. A COPY of one bakes the secret into an image layer, where anyone who can pull
 * the image can read it; an ignore-file `!` that puts one back into the build context makes that
 * one `COPY . .` away.
 *
 * Names only, case-sensitive, as file systems on Linux compare them. Two kinds of file are read
 * before they are called secrets, when they exist: a `.pem` file is a secret only if it holds a
 * private key (certificates are public, and copying a CA certificate is common), and an `.npmrc`
 * only if it sets credentials (`legacy-peer-deps=true` is not a secret).
 */

export interface SecretFileKind {
  /** The pattern as documented, e.g. `*.pem`. */
  pattern: string;
  /** Whether a file of this name is a secret; `name` is the last segment of a path. */
  test(name: string): boolean;
  /** When the file can be read: whether its text holds a secret. Absent: the name is enough. */
  content?(text: string): boolean;
}

/** Env-file templates meant to be committed (`.env.example`, `.env.local.sample`): not secrets. */
const ENV_TEMPLATE_PART = new Set(["example", "sample", "template", "dist", "defaults", "schema"]);

/** `credentials.go`, `credentials.py`, `credentials.yml.enc`: code and encrypted files, not secrets. */
const NOT_CREDENTIALS = /\.(?:go|py|js|mjs|cjs|ts|tsx|jsx|java|kt|rb|rs|cs|php|swift|scala|c|h|cc|cpp|hpp|md|enc)$/u;

/** Keys of an `.npmrc` that carry credentials. */
const NPMRC_CREDENTIALS = /^\s*(?:[^#;\s=]*:)?_(?:authToken|auth|password)\s*=/mu;

export const SECRET_FILE_KINDS: readonly SecretFileKind[] = [
  { pattern: ".env", test: (name) => name === ".env" },
  {
    pattern: ".env.*",
    test: (name) => name.startsWith(".env.") && name.length > 5 && !name.slice(5).split(".").some((part) => ENV_TEMPLATE_PART.has(part)),
  },
  { pattern: "*.pem", test: (name) => name.length > 4 && name.endsWith(".pem"), content: (text) => text.includes("PRIVATE KEY-----") },
  { pattern: "*.key", test: (name) => name.length > 4 && name.endsWith(".key") },
  { pattern: "id_rsa*", test: (name) => name.startsWith("id_rsa") && !name.endsWith(".pub") },
  { pattern: "id_ed25519*", test: (name) => name.startsWith("id_ed25519") && !name.endsWith(".pub") },
  { pattern: "id_ecdsa*", test: (name) => name.startsWith("id_ecdsa") && !name.endsWith(".pub") },
  { pattern: "id_dsa*", test: (name) => name.startsWith("id_dsa") && !name.endsWith(".pub") },
  { pattern: ".npmrc", test: (name) => name === ".npmrc", content: (text) => NPMRC_CREDENTIALS.test(text) },
  { pattern: ".pypirc", test: (name) => name === ".pypirc" },
  { pattern: ".netrc", test: (name) => name === ".netrc" },
  { pattern: "credentials*", test: (name) => name.startsWith("credentials") && !NOT_CREDENTIALS.test(name) },
  { pattern: "*.p12", test: (name) => name.length > 4 && name.endsWith(".p12") },
];

/** A folder whose every file is a secret. */
export const SECRET_FOLDERS: readonly string[] = [".aws"];

/** How a path is a secret: the kind its name matches, or the secret folder it is in. */
export type SecretMatch = { kind: SecretFileKind; folder: null } | { kind: null; folder: string };

/**
 * Whether a context path (slash-separated, cleaned) names a secret by its name alone: its last
 * segment matches a secret kind, or one of its segments is a secret folder (`.aws`, `.aws/config`).
 */
export function secretByName(contextPath: string): SecretMatch | null {
  const segments = contextPath.split("/");
  const folder = segments.find((segment) => SECRET_FOLDERS.includes(segment));
  if (folder !== undefined) return { kind: null, folder };
  const name = segments.at(-1) ?? "";
  const kind = SECRET_FILE_KINDS.find((candidate) => candidate.test(name));
  return kind ? { kind, folder: null } : null;
}

/** The pattern a match is documented by, e.g. `*.pem` or `.aws/`. */
export function secretPattern(match: SecretMatch): string {
  return match.kind ? match.kind.pattern : `${match.folder}/`;
}

/**
 * Whether a file that exists is a secret, given its name and a way to read its beginning (null
 * when it cannot be read: then the name decides).
 */
export function isSecretFile(contextPath: string, readText: () => string | null): SecretMatch | null {
  const match = secretByName(contextPath);
  if (!match?.kind?.content) return match;
  const text = readText();
  return text === null || match.kind.content(text) ? match : null;
}

/**
 * The secret a wildcard pattern (a COPY source such as `app/.env*`, or an ignore-file pattern such
 * as `**∕*.pem`) is written to name, judged by the least its last segment matches: `.env*` names
 * `.env`, `*.pem` names `x.pem`, while `*`, `*.txt` and `.env.example*` name no secret. A secret
 * folder among its segments counts too.
 */
export function secretNamedByPattern(pattern: string): SecretMatch | null {
  const segments = pattern.split("/").filter((segment) => segment !== "" && segment !== ".");
  const folder = segments.find((segment) => SECRET_FOLDERS.includes(unescape(segment)));
  if (folder !== undefined) return { kind: null, folder: unescape(folder) };
  const last = segments.at(-1);
  if (last === undefined || last === "**") return null;
  const sample = sampleName(last);
  const kind = sample ? SECRET_FILE_KINDS.find((candidate) => candidate.test(sample)) : undefined;
  return kind ? { kind, folder: null } : null;
}

/**
 * The least a segment pattern matches: `*` stands for nothing, or for `x` at the start of the name
 * and after a `.` (so that `*.pem` gives `x.pem` and `.env.*` gives `.env.x`); `?` for `x`, a class
 * for its first character, `\c` for the character c. Null when a class is not closed.
 */
function sampleName(segment: string): string | null {
  let out = "";
  for (let index = 0; index < segment.length; index++) {
    const char = segment[index]!;
    if (char === "*") {
      if ((out === "" || out.endsWith(".")) && segment[index + 1] !== "*") out += "x";
    } else if (char === "?") {
      out += "x";
    } else if (char === "\\") {
      out += segment[++index] ?? "";
    } else if (char === "[") {
      const close = segment.indexOf("]", index + 2);
      if (close < 0) return null;
      const first = segment[index + 1] === "^" || segment[index + 1] === "!" ? null : segment[index + 1]!;
      out += first === null || first === "\\" ? "x" : first;
      index = close;
    } else {
      out += char;
    }
  }
  return out;
}

function unescape(segment: string): string {
  return segment.replace(/\\(.)/gu, "$1");
}
