/**
 * The README's rule table, built from rule metadata (`meta.docs`, `fixable`, `hasSuggestions`),
 * so it is never edited by hand.
 *
 *   node scripts/rule-table.mjs          rewrite README.md between the markers (needs `npm run build`)
 *   node scripts/rule-table.mjs --check  exit 1 if README.md is out of date
 *
 * The functions are plain: tests/docs/readme.test.ts calls them with the rules from source.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";

export const BEGIN_MARKER = "<!-- begin rules -->";
export const END_MARKER = "<!-- end rules -->";
export const REGENERATE_COMMAND = "npm run docs:rules";

const CONFIG_ORDER = ["recommended", "strict"];

/** Sections of the table, one per language, in this order. */
const LANGUAGE_SECTIONS = [
  { language: "dockerfile/dockerfile", heading: "Dockerfile rules" },
  { language: "dockerfile/dockerignore", heading: ".dockerignore rules" },
  { language: "yml/yaml", heading: "Compose rules" },
];

/** Docker's build check pages use the check name in kebab case: JSONArgsRecommended -> json-args-recommended. */
export function buildkitCheckUrl(name) {
  const slug = name
    .replace(/([a-z0-9])([A-Z])/gu, "$1-$2")
    .replace(/([A-Z]+)([A-Z][a-z])/gu, "$1-$2")
    .toLowerCase();
  return `https://docs.docker.com/reference/build-checks/${slug}/`;
}

/** hadolint's own rules (DLxxxx) have wiki pages; the ShellCheck rules it runs (SCxxxx) have ShellCheck's. */
export function hadolintRuleUrl(code) {
  return code.startsWith("SC")
    ? `https://www.shellcheck.net/wiki/${code}`
    : `https://github.com/hadolint/hadolint/wiki/${code}`;
}

function escapeCell(text) {
  return String(text).replaceAll("|", "\\|").replace(/\s+/gu, " ").trim();
}

function links(codes, url) {
  return (codes ?? []).map((code) => `[${code}](${url(code)})`).join(", ");
}

function configCell(config) {
  return CONFIG_ORDER.includes(config) ? `\`${config}\`` : "`all`";
}

/** Compose rules are in the `compose` config when recommended, else in `compose-strict`. */
function composeConfigCell(docs) {
  return docs.recommended ? "`compose`" : "`compose-strict`";
}

function row(name, rule) {
  const meta = rule.meta ?? {};
  const docs = meta.docs ?? {};
  return [
    `[${name}](docs/rules/${name}.md)`,
    escapeCell(docs.description ?? ""),
    meta.languages?.[0] === "yml/yaml"
      ? composeConfigCell(docs)
      : configCell(docs.recommended ? "recommended" : docs.strict ? "strict" : "all"),
    meta.fixable ? "🔧" : "",
    meta.hasSuggestions ? "💡" : "",
    links(docs.hadolint, hadolintRuleUrl),
    links(docs.buildkit, buildkitCheckUrl),
  ];
}

function table(rows) {
  const header = ["Rule", "Description", "Config", "🔧", "💡", "hadolint", "BuildKit"];
  const lines = [header, header.map(() => "---"), ...rows].map((cells) => `| ${cells.join(" | ")} |`);
  return lines.join("\n");
}

/**
 * The Markdown between the markers: a legend, then one table per language that has rules, rows
 * sorted by rule name.
 */
export function renderRuleTable(rules) {
  const entries = Object.entries(rules).sort(([a], [b]) => a.localeCompare(b));
  const languageOf = (rule) => rule.meta?.languages?.[0] ?? "dockerfile/dockerfile";
  const sections = LANGUAGE_SECTIONS.map(({ language, heading }) => ({
    heading,
    rows: entries.filter(([, rule]) => languageOf(rule) === language).map(([name, rule]) => row(name, rule)),
  })).filter((section) => section.rows.length > 0);

  const legend = [
    "Config: the smallest shipped config that turns the rule on (`strict` includes `recommended`; `all` includes every Dockerfile and .dockerignore rule; compose rules are in `compose`, or only in `compose-strict`).",
    "🔧 fixable with `--fix`. 💡 offers editor suggestions. hadolint / BuildKit: the equivalent rules of those tools.",
  ].join("\n\n");
  const body = sections.map(({ heading, rows }) => `### ${heading}\n\n${table(rows)}`).join("\n\n");
  return `${legend}\n\n${body}`;
}

/** The README with everything between the markers replaced by `table`. */
export function replaceRuleTable(readme, tableText) {
  const begin = readme.indexOf(BEGIN_MARKER);
  const end = readme.indexOf(END_MARKER);
  if (begin === -1 || end === -1 || end < begin) {
    throw new Error(`README.md must contain ${BEGIN_MARKER} followed by ${END_MARKER}.`);
  }
  return `${readme.slice(0, begin + BEGIN_MARKER.length)}\n\n${tableText}\n\n${readme.slice(end)}`;
}

async function main() {
  const readmePath = fileURLToPath(new URL("../README.md", import.meta.url));
  let plugin;
  try {
    plugin = (await import(new URL("../dist/index.js", import.meta.url).href)).default;
  } catch (error) {
    console.error(`Cannot load dist/index.js (${error.message}). Run \`npm run build\` first.`);
    process.exitCode = 2;
    return;
  }
  const readme = readFileSync(readmePath, "utf8");
  const updated = replaceRuleTable(readme, renderRuleTable(plugin.rules));
  if (process.argv.includes("--check")) {
    if (updated !== readme) {
      console.error(`README.md rule table is out of date. Regenerate it with: ${REGENERATE_COMMAND}`);
      process.exitCode = 1;
    }
    return;
  }
  if (updated !== readme) writeFileSync(readmePath, updated);
  console.log(updated === readme ? "README.md rule table is up to date." : "README.md rule table updated.");
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main();
}
