/**
 * Deterministic generators of realistic Dockerfiles and JS modules for the benchmark.
 *
 * A Dockerfile is a chain of stages of exactly 40 lines each: FROM (some unpinned), ARG/ENV,
 * apt-get and pip RUNs with line continuations, COPY (also --from the previous stage), a RUN
 * heredoc and a COPY heredoc, LABEL/EXPOSE/USER/HEALTHCHECK and a CMD (some in shell form), so
 * the rules find something to report now and then, as in real projects.
 */

export const STAGE_LINES = 40;

const BASES = ["python:3.12-slim", "node:20.11-bookworm-slim", "debian:bookworm-slim", "python", "ubuntu:24.04"];
const APT_PACKAGES = ["build-essential", "curl", "ca-certificates", "git", "libpq-dev", "libffi-dev", "tzdata", "jq"];
const PIP_PACKAGES = ["flask==3.0.3", "gunicorn==22.0.0", "requests==2.32.3", "pydantic==2.8.2", "sqlalchemy==2.0.31"];

function pick(list, index, offset = 0) {
  return list[(index * 7 + offset) % list.length];
}

/** One stage; `seed` varies the content between files, `index` between stages of a file. */
function stage(index, seed) {
  const n = index + seed;
  const name = `stage${index}`;
  const lines = [
    index === 0 ? "# syntax=docker/dockerfile:1" : `# --- stage ${index}: service ${n} ---`,
    index === 0 ? "ARG APP_VERSION=1.0.0" : `# built from ${pick(BASES, n)}`,
    `FROM ${pick(BASES, n)} AS ${name}`,
    `ARG APP_ENV=production`,
    `ENV APP_HOME=/srv/app${n} \\`,
    `    PYTHONDONTWRITEBYTECODE=1 \\`,
    `    PYTHONUNBUFFERED=1`,
    `WORKDIR $APP_HOME`,
    `RUN apt-get update \\`,
    `    && apt-get install -y --no-install-recommends \\`,
    `       ${pick(APT_PACKAGES, n)} \\`,
    `       ${pick(APT_PACKAGES, n, 3)} \\`,
    `       ${pick(APT_PACKAGES, n, 5)} \\`,
    `    && rm -rf /var/lib/apt/lists/*`,
    `COPY requirements-${n}.txt ./requirements.txt`,
    n % 4 === 0
      ? `RUN pip install -r requirements.txt`
      : `RUN pip install --no-cache-dir -r requirements.txt`,
    `RUN python -m pip install --no-cache-dir ${pick(PIP_PACKAGES, n)} ${pick(PIP_PACKAGES, n, 2)}`,
    index === 0 ? `COPY src/ ./src/` : `COPY --from=stage${index - 1} /srv /srv`,
    `RUN <<EOF`,
    `set -eux`,
    `python -m compileall -q src/`,
    `find . -name '*.pyc' -delete`,
    `echo "stage ${index} built for \${APP_ENV}" > /etc/build-info`,
    `EOF`,
    `COPY <<EOF /etc/app/config-${n}.ini`,
    `[server]`,
    `port = ${8000 + (n % 1000)}`,
    `workers = ${1 + (n % 8)}`,
    `EOF`,
    `LABEL org.opencontainers.image.title="service-${n}" \\`,
    `      org.opencontainers.image.version="1.${n % 10}.0"`,
    `EXPOSE ${8000 + (n % 1000)}`,
    `RUN groupadd --system app && useradd --system --gid app app`,
    `USER app`,
    `HEALTHCHECK --interval=30s --timeout=3s \\`,
    `  CMD curl -fsS http://localhost:${8000 + (n % 1000)}/health || exit 1`,
    `STOPSIGNAL SIGTERM`,
    n % 3 === 0
      ? `CMD gunicorn --bind 0.0.0.0:${8000 + (n % 1000)} app:app`
      : `CMD ["gunicorn", "--bind", "0.0.0.0:${8000 + (n % 1000)}", "app:app"]`,
    `ENTRYPOINT ["/usr/bin/tini", "--"]`,
    ``,
  ];
  if (lines.length !== STAGE_LINES) throw new Error(`stage has ${lines.length} lines, expected ${STAGE_LINES}`);
  return lines;
}

/** A Dockerfile of `lineCount` lines (a multiple of 40), ending in a newline. */
export function generateDockerfile(lineCount, seed = 0) {
  if (lineCount % STAGE_LINES !== 0) throw new Error(`line count must be a multiple of ${STAGE_LINES}`);
  const lines = [];
  for (let index = 0; index < lineCount / STAGE_LINES; index++) lines.push(...stage(index, seed));
  return lines.join("\n") + "\n";
}

/** A 40-line ES module with the usual mix of imports, functions, loops and exports. */
export function generateJsModule(seed = 0) {
  const lines = [
    `import { readFile } from "node:fs/promises";`,
    `import path from "node:path";`,
    ``,
    `const DEFAULT_PORT = ${8000 + (seed % 1000)};`,
    `const unusedLimit = ${seed};`,
    ``,
    `/** Reads the config of service ${seed}. */`,
    `export async function loadConfig${seed}(dir) {`,
    `  const file = path.join(dir, "config-${seed}.json");`,
    `  const text = await readFile(file, "utf8");`,
    `  const config = JSON.parse(text);`,
    `  return { port: DEFAULT_PORT, ...config };`,
    `}`,
    ``,
    `export function summarize(items) {`,
    `  let total = 0;`,
    `  const names = [];`,
    `  for (const item of items) {`,
    `    if (item.enabled === false) continue;`,
    `    total += item.size ?? 0;`,
    `    names.push(item.name.trim().toLowerCase());`,
    `  }`,
    `  return { total, names: names.sort(), count: names.length };`,
    `}`,
    ``,
    `export class Service${seed} {`,
    `  #started = false;`,
    `  constructor(name, options = {}) {`,
    `    this.name = name;`,
    `    this.options = { retries: 3, ...options };`,
    `  }`,
    `  start() {`,
    `    if (this.#started) throw new Error(\`\${this.name} already started\`);`,
    `    this.#started = true;`,
    `    return undeclaredLogger.info(\`started \${this.name}\`);`,
    `  }`,
    `}`,
    ``,
    `export default summarize;`,
    ``,
  ];
  if (lines.length !== 40) throw new Error(`JS module has ${lines.length} lines, expected 40`);
  return lines.join("\n") + "\n";
}
