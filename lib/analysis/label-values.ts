/**
 * Checks for label values by kind, as a label schema names them (hadolint's label-schema kinds):
 * free text, URL, RFC 3339 date-time, SPDX license expression, git commit hash, semantic version
 * and email address. Offline and dependency-free; the SPDX list holds the common identifiers only.
 */

export const LABEL_VALUE_TYPES = ["text", "url", "rfc3339", "spdx", "hash", "semver", "email"] as const;
export type LabelValueType = (typeof LABEL_VALUE_TYPES)[number];

/** What a value of each kind is, for messages: "is not {{expected}}". */
export const LABEL_VALUE_DESCRIPTIONS: Record<LabelValueType, string> = {
  text: "text",
  url: "an absolute URL",
  rfc3339: "an RFC 3339 date-time (e.g. 2024-05-01T12:00:00Z)",
  spdx: "an SPDX license expression (e.g. MIT, Apache-2.0 OR MIT)",
  hash: "a git commit hash",
  semver: "a semantic version (e.g. 1.4.2)",
  email: "an email address",
};

/** Common SPDX license identifiers (https://spdx.org/licenses/), compared without case. */
const SPDX_LICENSES = [
  "0BSD", "AFL-3.0", "AGPL-1.0-only", "AGPL-1.0-or-later", "AGPL-3.0", "AGPL-3.0-only", "AGPL-3.0-or-later", "Apache-1.0",
  "Apache-1.1", "Apache-2.0", "APSL-2.0", "Artistic-1.0", "Artistic-2.0", "BlueOak-1.0.0", "BSD-1-Clause", "BSD-2-Clause",
  "BSD-2-Clause-Patent", "BSD-3-Clause", "BSD-3-Clause-Clear", "BSD-4-Clause", "BSL-1.0", "BUSL-1.1", "CC-BY-3.0",
  "CC-BY-4.0", "CC-BY-NC-4.0", "CC-BY-NC-SA-4.0", "CC-BY-ND-4.0", "CC-BY-SA-3.0", "CC-BY-SA-4.0", "CC0-1.0",
  "CDDL-1.0", "CDDL-1.1", "CECILL-2.1", "CPL-1.0", "ECL-2.0", "EFL-2.0", "EPL-1.0", "EPL-2.0", "EUPL-1.1", "EUPL-1.2",
  "GFDL-1.3-only", "GFDL-1.3-or-later", "GPL-1.0-only", "GPL-1.0-or-later", "GPL-2.0", "GPL-2.0-only", "GPL-2.0-or-later",
  "GPL-3.0", "GPL-3.0-only", "GPL-3.0-or-later", "HPND", "ICU", "IPL-1.0", "ISC", "LGPL-2.0-only", "LGPL-2.0-or-later",
  "LGPL-2.1", "LGPL-2.1-only", "LGPL-2.1-or-later", "LGPL-3.0", "LGPL-3.0-only", "LGPL-3.0-or-later", "LPPL-1.3c",
  "MIT", "MIT-0", "MPL-1.1", "MPL-2.0", "MPL-2.0-no-copyleft-exception", "MS-PL", "MS-RL", "MulanPSL-2.0", "NCSA",
  "ODbL-1.0", "OFL-1.1", "OpenSSL", "OSL-3.0", "PHP-3.01", "PostgreSQL", "PSF-2.0", "Python-2.0", "Ruby", "SSPL-1.0",
  "Unicode-3.0", "Unicode-DFS-2016", "Unlicense", "UPL-1.0", "Vim", "W3C", "WTFPL", "X11", "Zlib", "ZPL-2.1",
];
const SPDX_EXCEPTIONS = ["Classpath-exception-2.0", "GCC-exception-3.1", "LLVM-exception", "OpenJDK-assembly-exception-1.0", "Autoconf-exception-3.0", "Bison-exception-2.2"];

const KNOWN_LICENSES = new Set(SPDX_LICENSES.map((id) => id.toLowerCase()));
const KNOWN_EXCEPTIONS = new Set(SPDX_EXCEPTIONS.map((id) => id.toLowerCase()));

const SEMVER =
  /^(?:0|[1-9]\d*)\.(?:0|[1-9]\d*)\.(?:0|[1-9]\d*)(?:-(?:(?:0|[1-9]\d*|\d*[A-Za-z-][0-9A-Za-z-]*)(?:\.(?:0|[1-9]\d*|\d*[A-Za-z-][0-9A-Za-z-]*))*))?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$/u;
const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?:[Zz]|[+-](\d{2}):(\d{2}))$/u;
/** Abbreviated (7+) or full SHA-1 commit hashes, and SHA-256 ones. */
const GIT_HASH = /^(?:[0-9a-f]{7,40}|[0-9a-f]{64})$/iu;
const EMAIL = /^[^\s@<>()",;:]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/u;

export function isValidLabelValue(type: LabelValueType, value: string): boolean {
  switch (type) {
    case "text":
      return true;
    case "url":
      return isAbsoluteUrl(value);
    case "rfc3339":
      return isRfc3339(value);
    case "spdx":
      return isSpdxExpression(value);
    case "hash":
      return GIT_HASH.test(value);
    case "semver":
      return SEMVER.test(value);
    case "email":
      return EMAIL.test(value);
  }
}

function isAbsoluteUrl(value: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9+.-]*:\S+$/u.test(value)) return false;
  try {
    new URL(value);
    return true;
  } catch {
    return false;
  }
}

function isRfc3339(value: string): boolean {
  const match = RFC3339.exec(value);
  if (!match) return false;
  const [year, month, day, hour, minute, second, offsetHour = "0", offsetMinute = "0"] = match.slice(1).map((part) => part ?? "0").map(Number);
  const daysInMonth = new Date(Date.UTC(year!, month!, 0)).getUTCDate();
  return (
    month! >= 1 && month! <= 12 && day! >= 1 && day! <= daysInMonth && hour! <= 23 && minute! <= 59 && second! <= 60 &&
    Number(offsetHour) <= 23 && Number(offsetMinute) <= 59
  );
}

/**
 * `MIT`, `Apache-2.0 OR MIT`, `(MIT AND BSD-3-Clause)`, `GPL-2.0-or-later WITH Classpath-exception-2.0`,
 * `GPL-2.0+`, `LicenseRef-Proprietary`: identifiers joined by AND/OR, a WITH exception, parentheses.
 */
export function isSpdxExpression(value: string): boolean {
  const tokens = value.match(/\(|\)|[^\s()]+/gu);
  if (!tokens) return false;
  let position = 0;
  const peek = (): string | undefined => tokens[position];

  function license(): boolean {
    const token = peek();
    if (token === undefined) return false;
    position++;
    if (token === "(") {
      if (!expression() || peek() !== ")") return false;
      position++;
      return true;
    }
    if (!isLicenseId(token)) return false;
    if (peek()?.toUpperCase() === "WITH") {
      position++;
      const exception = peek();
      if (exception === undefined || !KNOWN_EXCEPTIONS.has(exception.toLowerCase())) return false;
      position++;
    }
    return true;
  }

  function expression(): boolean {
    if (!license()) return false;
    while (peek() !== undefined && /^(?:AND|OR)$/iu.test(peek()!)) {
      position++;
      if (!license()) return false;
    }
    return true;
  }

  return expression() && position === tokens.length;
}

function isLicenseId(token: string): boolean {
  if (/^(?:DocumentRef-[A-Za-z0-9.-]+:)?LicenseRef-[A-Za-z0-9.-]+$/u.test(token)) return true;
  const id = token.endsWith("+") ? token.slice(0, -1) : token;
  return KNOWN_LICENSES.has(id.toLowerCase());
}
