/**
 * Benchmark of the built plugin (dist/): `npm run bench` (after `npm run build`).
 *
 *  (a) lint time of one Dockerfile against its size (40 to 40,000 lines), to show linear growth;
 *  (b) per-file cost of 500 small Dockerfiles beside 500 JS files of the same size, through
 *      `lintFiles`, for ESLint 10 and 9;
 *  (c) import time of the plugin (and of the shell parser with its WebAssembly start-up), and the
 *      first file's cost against the steady state, each in a fresh Node process.
 *
 * Files are written under os.tmpdir() and removed at the end. Prints tables; asserts nothing.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath, pathToFileURL } from "node:url";
import { generateDockerfile, generateJsModule } from "./generate.js";

const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));
const DIST_INDEX = path.join(BENCH_DIR, "..", "dist", "index.js");
const SHELL_PARSER = path.join(BENCH_DIR, "..", "dist", "lib", "shell", "parser.js");
const SHELL_INDEX = path.join(BENCH_DIR, "..", "dist", "lib", "shell", "index.js");
const RUN_BODY = "apt-get update && apt-get install -y --no-install-recommends curl ca-certificates && rm -rf /var/lib/apt/lists/*";
const THIS_FILE = fileURLToPath(import.meta.url);

// ---- helpers --------------------------------------------------------------------------------

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function fmt(value, digits = 1) {
  return value.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

function table(headers, rows) {
  const cells = [headers, ...rows].map((row) => row.map(String));
  const widths = headers.map((_, column) => Math.max(...cells.map((row) => row[column].length)));
  const line = (row) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join("  ");
  console.log(line(cells[0]));
  console.log(widths.map((width) => "-".repeat(width)).join("  "));
  for (const row of cells.slice(1)) console.log(line(row));
  console.log();
}

/** Times `fn` up to `runs` times, stopping early (after at least one run) past a time budget. */
async function repeat(runs, fn, budgetMs = 5_000) {
  const times = [];
  const start = performance.now();
  while (times.length < runs && (times.length === 0 || performance.now() - start < budgetMs)) {
    times.push((await time(fn)).ms);
  }
  return times;
}

async function time(fn) {
  const start = performance.now();
  const value = await fn();
  return { ms: performance.now() - start, value };
}

function recommendedPlusJs(plugin) {
  return [
    ...plugin.configs.recommended,
    { files: ["**/*.js"], rules: { "no-unused-vars": "error", "no-undef": "error" } },
  ];
}

/** Relative imports reachable from dist/index.js: does loading the plugin start the shell parser? */
function pluginLoadsShellParser() {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    for (const [, spec] of readFileSync(file, "utf8").matchAll(/(?:from|import)\s*\(?\s*"(\.[^"]+)"/gu)) {
      visit(path.resolve(path.dirname(file), spec));
    }
  };
  visit(DIST_INDEX);
  return seen.has(SHELL_PARSER);
}

// ---- child processes for cold measurements ------------------------------------------------

/** Runs `node bench/run.js --child <mode>` and returns the JSON it prints. */
function child(mode) {
  const output = execFileSync(process.execPath, [THIS_FILE, "--child", mode], { encoding: "utf8" });
  return JSON.parse(output);
}

async function childMain(mode) {
  const result = {};
  if (mode === "import") {
    result.eslint = (await time(() => import("eslint"))).ms;
    result.plugin = (await time(() => import(pathToFileURL(DIST_INDEX).href))).ms;
  } else if (mode === "import-shell") {
    const entry = existsSync(SHELL_INDEX) ? SHELL_INDEX : SHELL_PARSER;
    const { ms, value: shell } = await time(() => import(pathToFileURL(entry).href));
    result.shell = ms;
    // Parsing through the shell module's public API, when it has one: the first parse pays for
    // V8 compiling the WebAssembly parser; later ones do not.
    if (typeof shell.parseShell === "function" && typeof shell.LinearSource === "function") {
      const parse = (body) => time(() => shell.parseShell(new shell.LinearSource(body, 0)));
      result.firstParse = (await parse(RUN_BODY)).ms;
      const later = [];
      for (let index = 0; index < 200; index++) later.push((await parse(`${RUN_BODY} && echo ${index}`)).ms);
      result.steadyParse = median(later.slice(100));
    }
  } else if (mode === "first-file") {
    const { ESLint } = await import("eslint");
    const { default: plugin } = await import(pathToFileURL(DIST_INDEX).href);
    const dir = mkdtempSync(path.join(os.tmpdir(), "eslint-plugin-dockerfile-bench-first-"));
    try {
      const eslint = new ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig: plugin.configs.recommended });
      const filePath = path.join(dir, "Dockerfile");
      const lint = (seed) => time(() => eslint.lintText(generateDockerfile(40, seed), { filePath }));
      result.first = (await lint(0)).ms;
      result.second = (await lint(1)).ms;
      const steady = [];
      for (let seed = 2; seed < 202; seed++) steady.push((await lint(seed)).ms);
      result.steady = median(steady.slice(100));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  process.stdout.write(JSON.stringify(result));
}

// ---- the benchmark ----------------------------------------------------------------------------

async function main() {
  if (!existsSync(DIST_INDEX)) {
    console.error("dist/index.js is missing: run `npm run build` first.");
    process.exitCode = 1;
    return;
  }
  const { ESLint } = await import("eslint");
  const { ESLint: ESLint9 } = await import("eslint9");
  const { default: plugin } = await import(pathToFileURL(DIST_INDEX).href);
  const workDir = mkdtempSync(path.join(os.tmpdir(), "eslint-plugin-dockerfile-bench-"));

  console.log(`eslint-plugin-dockerfile ${plugin.meta.version} benchmark`);
  console.log(`Node ${process.version}, ESLint ${ESLint.version} and ${ESLint9.version}, ${os.cpus().length} CPU(s) ${os.cpus()[0]?.model ?? ""}`);
  console.log(`Rules in recommended: ${Object.keys(plugin.configs.recommended[0].rules).join(", ")}`);
  console.log();

  try {
    await sizeScaling(ESLint, plugin, workDir);
    await manyFiles([["ESLint " + ESLint.version, ESLint], ["ESLint " + ESLint9.version, ESLint9]], plugin, workDir);
    startUp();
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

/** (a) One Dockerfile of growing size through lintText. */
async function sizeScaling(ESLint, plugin, workDir) {
  const dir = path.join(workDir, "size");
  mkdirSync(dir);
  writeFileSync(path.join(dir, ".dockerignore"), "node_modules\n.git\n*.log\n");
  const filePath = path.join(dir, "Dockerfile");
  const eslint = new ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig: plugin.configs.recommended });
  const language = plugin.languages.dockerfile;

  const rows = [];
  const perThousand = [];
  for (const [lines, runs] of [[40, 30], [400, 15], [4_000, 7], [40_000, 5]]) {
    const text = generateDockerfile(lines);
    writeFileSync(filePath, text);
    const warmUp = await eslint.lintText(text, { filePath });
    if (warmUp[0].fatalErrorCount) throw new Error(`generated ${lines}-line Dockerfile does not parse: ${warmUp[0].messages[0].message}`);
    const problems = warmUp[0].messages.length;
    const lintTimes = await repeat(runs, () => eslint.lintText(text, { filePath }));
    const parseTimes = await repeat(runs, () => language.parse({ body: text, path: filePath, physicalPath: filePath }));
    const lint = median(lintTimes);
    const parse = median(parseTimes);
    perThousand.push([lines, (lint / lines) * 1000]);
    rows.push([
      lines.toLocaleString("en-US"),
      fmt(text.length / 1024),
      problems,
      lintTimes.length,
      fmt(parse, 2),
      fmt(lint, 2),
      fmt(Math.min(...lintTimes), 2),
      fmt((lint / lines) * 1000, 2),
    ]);
  }
  console.log(`(a) One Dockerfile through ESLint ${ESLint.version} lintText, recommended config (median of runs, after a warm-up)`);
  table(["lines", "KiB", "problems", "runs", "parse ms", "lint ms", "min ms", "lint ms / 1k lines"], rows);
  const [middleLines, middle] = perThousand.at(-2);
  const [largestLines, largest] = perThousand.at(-1);
  const growth = largest / middle;
  console.log(
    growth > 2
      ? `NOT LINEAR: per-line cost grows ${fmt(growth)}x from ${middleLines.toLocaleString("en-US")} to ${largestLines.toLocaleString("en-US")} lines (parse ms vs lint ms shows where).`
      : `Linear: per-line cost at ${largestLines.toLocaleString("en-US")} lines is ${fmt(growth, 2)}x that at ${middleLines.toLocaleString("en-US")} lines.`,
  );
  console.log();
}

/** (b) 500 Dockerfiles against 500 JS files of 40 lines each, through lintFiles. */
async function manyFiles(versions, plugin, workDir) {
  const COUNT = 500;
  const RUNS = 3;
  const dir = path.join(workDir, "many");
  mkdirSync(path.join(dir, "docker"), { recursive: true });
  mkdirSync(path.join(dir, "js"), { recursive: true });
  for (let index = 0; index < COUNT; index++) {
    const name = String(index).padStart(3, "0");
    writeFileSync(path.join(dir, "docker", `${name}.Dockerfile`), generateDockerfile(40, index));
    writeFileSync(path.join(dir, "js", `${name}.js`), generateJsModule(index));
  }

  const rows = [];
  for (const [label, ESLintClass] of versions) {
    for (const [kind, pattern] of [["Dockerfile", "docker"], ["JS (2 core rules)", "js"]]) {
      const runOnce = async () => {
        const eslint = new ESLintClass({ cwd: dir, overrideConfigFile: true, overrideConfig: recommendedPlusJs(plugin) });
        return time(() => eslint.lintFiles([pattern]));
      };
      await runOnce(); // warm-up
      const times = [];
      let linted = 0;
      let problems = 0;
      for (let run = 0; run < RUNS; run++) {
        const { ms, value } = await runOnce();
        times.push(ms);
        linted = value.length;
        problems = value.reduce((sum, result) => sum + result.messages.length, 0);
      }
      if (linted !== COUNT) throw new Error(`${label} linted ${linted} ${kind} files, expected ${COUNT}`);
      const total = median(times);
      rows.push([label, kind, linted, problems, fmt(total, 0), fmt(total / COUNT, 2)]);
    }
  }
  console.log(`(b) ${COUNT} files of 40 lines through lintFiles, in-process (median of ${RUNS} runs, after a warm-up)`);
  table(["ESLint", "files", "count", "problems", "total ms", "ms / file"], rows);
}

/** (c) Cold start-up, each measured in fresh Node processes. */
function startUp() {
  const RUNS = 5;
  const imports = Array.from({ length: RUNS }, () => child("import"));
  const rows = [
    ["import eslint (reference)", fmt(median(imports.map((r) => r.eslint)), 1)],
    [`import dist/index.js (starts the shell parser: ${pluginLoadsShellParser() ? "yes" : "no"})`, fmt(median(imports.map((r) => r.plugin)), 1)],
  ];
  if (existsSync(SHELL_INDEX) || existsSync(SHELL_PARSER)) {
    const entry = existsSync(SHELL_INDEX) ? "index.js" : "parser.js";
    const shell = Array.from({ length: RUNS }, () => child("import-shell"));
    rows.push([`import dist/lib/shell/${entry} alone (WebAssembly start-up)`, fmt(median(shell.map((r) => r.shell)), 1)]);
    if (shell[0].firstParse !== undefined) {
      rows.push(
        ["first shell parse of a RUN body (parseShell)", fmt(median(shell.map((r) => r.firstParse)), 1)],
        ["steady-state shell parse of a RUN body", fmt(median(shell.map((r) => r.steadyParse)), 3)],
      );
    }
  } else {
    rows.push(["dist/lib/shell/", "not built"]);
  }
  const firsts = Array.from({ length: 3 }, () => child("first-file"));
  rows.push(
    ["first 40-line Dockerfile (config, first parse, JIT)", fmt(median(firsts.map((r) => r.first)), 1)],
    ["second file", fmt(median(firsts.map((r) => r.second)), 2)],
    ["steady state per file (median of files 102-201)", fmt(median(firsts.map((r) => r.steady)), 2)],
  );
  console.log(`(c) Start-up in a fresh Node process (median of ${RUNS} processes; file costs: 3 processes, lintText)`);
  table(["what", "ms"], rows);
}

const childIndex = process.argv.indexOf("--child");
if (childIndex !== -1) await childMain(process.argv[childIndex + 1]);
else await main();
