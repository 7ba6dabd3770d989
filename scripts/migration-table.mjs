/**
 * The hadolint code table of docs/migrating-from-hadolint.md, built from rule metadata
 * (`meta.docs.hadolint`) and docs/hadolint-gaps.json (why a code has no rule), so it is never
 * edited by hand.
 *
 *   node scripts/migration-table.mjs          rewrite the page between the markers (needs `npm run build`)
 *   node scripts/migration-table.mjs --check  exit 1 if the page is out of date
 *
 * The functions are plain: tests/docs/migration.test.ts calls them with the rules from source.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";

export const BEGIN_MARKER = "<!-- begin hadolint table -->";
export const END_MARKER = "<!-- end hadolint table -->";
export const REGENERATE_COMMAND = "npm run docs:migration";
export const PAGE_PATH = "docs/migrating-from-hadolint.md";
export const GAPS_PATH = "docs/hadolint-gaps.json";

/**
 * hadolint's own rules (DL codes), each with what it checks in a few words of ours. Codes hadolint
 * has retired are kept: old configs and pragmas still name them.
 */
export const HADOLINT_CODES = {
  DL1001: "An inline `# hadolint ignore=` pragma is used",
  DL3000: "WORKDIR path is not absolute",
  DL3001: "A command that makes no sense in a build (ssh, vim, service, ...)",
  DL3002: "The last USER is root",
  DL3003: "`cd` in RUN instead of WORKDIR",
  DL3004: "`sudo` in RUN",
  DL3005: "`apt-get upgrade` or `dist-upgrade` (retired by hadolint)",
  DL3006: "FROM image without an explicit tag",
  DL3007: "FROM image with the `latest` tag",
  DL3008: "`apt-get install` without pinned versions",
  DL3009: "apt lists not deleted after `apt-get`",
  DL3010: "A local archive copied, then extracted, instead of ADD",
  DL3011: "EXPOSE port outside 0-65535",
  DL3012: "More than one HEALTHCHECK",
  DL3013: "`pip install` without pinned versions",
  DL3014: "`apt-get install` without `-y`",
  DL3015: "`apt-get install` without `--no-install-recommends`",
  DL3016: "`npm install` without pinned versions",
  DL3017: "`apk upgrade` (retired by hadolint)",
  DL3018: "`apk add` without pinned versions",
  DL3019: "`apk add` without `--no-cache`",
  DL3020: "ADD for local files and folders instead of COPY",
  DL3021: "COPY of several sources to a destination not ending in `/`",
  DL3022: "COPY --from names a stage not defined before",
  DL3023: "COPY --from names its own stage",
  DL3024: "Two stages with the same name",
  DL3025: "CMD or ENTRYPOINT in shell form",
  DL3026: "FROM image from a registry that is not allowed",
  DL3027: "`apt` instead of `apt-get`",
  DL3028: "`gem install` without pinned versions",
  DL3029: "FROM with `--platform`",
  DL3030: "`yum install` without `-y`",
  DL3031: "`yum update` (retired by hadolint)",
  DL3032: "`yum clean all` missing",
  DL3033: "`yum install` without pinned versions",
  DL3034: "`zypper` without a non-interactive switch",
  DL3035: "`zypper dist-upgrade`",
  DL3036: "`zypper clean` missing",
  DL3037: "`zypper install` without pinned versions",
  DL3038: "`dnf install` without `-y`",
  DL3039: "`dnf upgrade` (retired by hadolint)",
  DL3040: "`dnf clean all` missing",
  DL3041: "`dnf install` without pinned versions",
  DL3042: "`pip install` without `--no-cache-dir`",
  DL3043: "ONBUILD of ONBUILD, FROM or MAINTAINER",
  DL3044: "ENV refers to a variable it defines itself",
  DL3045: "COPY to a relative destination with no WORKDIR",
  DL3046: "`useradd` with a high UID and no `-l`",
  DL3047: "`wget` without `--progress`",
  DL3048: "Invalid label key",
  DL3049: "A label the schema requires is missing",
  DL3050: "A label the schema does not list (strict labels)",
  DL3051: "Empty label value",
  DL3052: "Label value is not a URL",
  DL3053: "Label value is not an RFC 3339 time",
  DL3054: "Label value is not an SPDX license identifier",
  DL3055: "Label value is not a git hash",
  DL3056: "Label value is not a semantic version",
  DL3057: "No HEALTHCHECK",
  DL3058: "Label value is not an email address",
  DL3059: "Consecutive RUN instructions",
  DL3060: "`yarn cache clean` missing",
  DL3061: "An instruction other than ARG before the first FROM",
  DL3062: "`go install` without `@version`",
  DL3063: "No USER instruction",
  DL3064: "Sensitive data in ARG or ENV",
  DL3065: "FROM `--platform=$TARGETPLATFORM`, which is the default",
  DL3066: "USER with a name, not a numeric id",
  DL3067: "COPY --from of a whole filesystem (`/` to `/`)",
  DL4000: "MAINTAINER is deprecated",
  DL4001: "Both `wget` and `curl` used",
  DL4002: "(hadolint has no rule with this code)",
  DL4003: "More than one CMD",
  DL4004: "More than one ENTRYPOINT",
  DL4005: "`ln` replacing `/bin/sh` instead of SHELL",
  DL4006: "A pipe without `set -o pipefail`",
};

const CONFIG_ORDER = ["recommended", "strict"];

/** hadolint's wiki page for a DL code. */
export function hadolintWikiUrl(code) {
  return `https://github.com/hadolint/hadolint/wiki/${code}`;
}

function configOf(rule) {
  const docs = rule.meta?.docs ?? {};
  const config = docs.recommended ? "recommended" : docs.strict ? "strict" : "all";
  return CONFIG_ORDER.includes(config) ? config : "all";
}

/** Rule names by the DL codes in their `docs.hadolint`, names sorted. */
export function rulesByHadolintCode(rules) {
  const byCode = new Map();
  for (const [name, rule] of Object.entries(rules).sort(([a], [b]) => a.localeCompare(b))) {
    for (const code of rule.meta?.docs?.hadolint ?? []) {
      if (!code.startsWith("DL")) continue;
      if (!byCode.has(code)) byCode.set(code, []);
      byCode.get(code).push(name);
    }
  }
  return byCode;
}

/**
 * What is wrong with the inputs of the table: a code with neither rule nor reason, a reason for
 * a code that has a rule now, a reason for an unknown code. Empty when the table is sound.
 */
export function migrationProblems(rules, gaps) {
  const byCode = rulesByHadolintCode(rules);
  const problems = [];
  for (const code of Object.keys(HADOLINT_CODES)) {
    if (!byCode.has(code) && !gaps[code]) {
      problems.push(`${code} has no rule: add a rule with "${code}" in docs.hadolint, or say why there is none in ${GAPS_PATH}.`);
    }
  }
  for (const code of Object.keys(gaps)) {
    if (!(code in HADOLINT_CODES)) problems.push(`${GAPS_PATH} names ${code}, which is not a hadolint DL code of the table.`);
    else if (byCode.has(code)) problems.push(`${code} has a rule now (${byCode.get(code).join(", ")}): delete its entry from ${GAPS_PATH}.`);
  }
  return problems;
}

function escapeCell(text) {
  return String(text).replaceAll("|", "\\|").replace(/\s+/gu, " ").trim();
}

/**
 * The Markdown between the markers: one row per DL code, in code order. A code without a rule
 * shows its reason from docs/hadolint-gaps.json in the Rule column.
 */
export function renderMigrationTable(rules, gaps) {
  const byCode = rulesByHadolintCode(rules);
  const codes = [...new Set([...Object.keys(HADOLINT_CODES), ...byCode.keys()])].sort();
  const header = ["hadolint", "What it checks", "Rule", "Config"];
  const rows = codes.map((code) => {
    const names = byCode.get(code) ?? [];
    const ruleCell = names.length
      ? names.map((name) => `[${name}](rules/${name}.md)`).join(", ")
      : escapeCell(gaps[code] ?? "No rule yet.");
    const configCell = names.length ? names.map((name) => `\`${configOf(rules[name])}\``).join(", ") : "-";
    return [`[${code}](${hadolintWikiUrl(code)})`, escapeCell(HADOLINT_CODES[code] ?? "(a newer hadolint code)"), ruleCell, configCell];
  });
  return [header, header.map(() => "---"), ...rows].map((cells) => `| ${cells.join(" | ")} |`).join("\n");
}

/** The page with everything between the markers replaced by `table`. */
export function replaceMigrationTable(page, table) {
  const begin = page.indexOf(BEGIN_MARKER);
  const end = page.indexOf(END_MARKER);
  if (begin === -1 || end === -1 || end < begin) {
    throw new Error(`${PAGE_PATH} must contain ${BEGIN_MARKER} followed by ${END_MARKER}.`);
  }
  return `${page.slice(0, begin + BEGIN_MARKER.length)}\n\n${table}\n\n${page.slice(end)}`;
}

async function main() {
  const pagePath = fileURLToPath(new URL(`../${PAGE_PATH}`, import.meta.url));
  const gaps = JSON.parse(readFileSync(new URL(`../${GAPS_PATH}`, import.meta.url), "utf8"));
  let plugin;
  try {
    plugin = (await import(new URL("../dist/index.js", import.meta.url).href)).default;
  } catch (error) {
    console.error(`Cannot load dist/index.js (${error.message}). Run \`npm run build\` first.`);
    process.exitCode = 2;
    return;
  }
  for (const problem of migrationProblems(plugin.rules, gaps)) console.warn(`warning: ${problem}`);
  const page = readFileSync(pagePath, "utf8");
  const updated = replaceMigrationTable(page, renderMigrationTable(plugin.rules, gaps));
  if (process.argv.includes("--check")) {
    if (updated !== page) {
      console.error(`${PAGE_PATH} is out of date. Regenerate it with: ${REGENERATE_COMMAND}`);
      process.exitCode = 1;
    }
    return;
  }
  if (updated !== page) writeFileSync(pagePath, updated);
  console.log(updated === page ? `${PAGE_PATH} is up to date.` : `${PAGE_PATH} updated.`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main();
}
