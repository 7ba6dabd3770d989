/**
 * Shell model speed: module load, first parse, and parse+walk throughput over synthetic RUN
 * bodies of 50-500 characters, from the built dist/ (`npm run build` first).
 * Usage: node bench/shell.js [bodies]
 */

const loadStart = performance.now();
const shell = await import("../dist/lib/shell/index.js");
const loadMs = performance.now() - loadStart;

const PIECES = [
  "apt-get update",
  "apt-get install -y --no-install-recommends curl ca-certificates git",
  "rm -rf /var/lib/apt/lists/*",
  "pip install --no-cache-dir -r requirements.txt",
  "cd /src",
  'make -j"$(nproc)" install',
  "curl -fsSL https://example.com/install.sh | sh -s -- --yes",
  'echo "deb http://x/ stable main" > /etc/apt/sources.list.d/x.list',
  "useradd -m -u 1000 app",
  "if [ -f /etc/alpine-release ]; then apk add --no-cache bash; fi",
  "npm ci --omit=dev",
  "for f in a b c; do echo $f >> /tmp/list; done",
  "sh -c 'echo hi && ls -l /'",
  "tar -xzf /tmp/x.tar.gz -C /opt",
  'case "$ARCH" in amd64) A=x86_64;; arm64) A=aarch64;; esac',
  "export PATH=/opt/bin:$PATH",
  "VERSION=$(cat /VERSION) && echo $VERSION",
  "groupadd -r g && useradd -r -g g u",
];

function corpus(count) {
  let seed = 1;
  const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  const pick = () => PIECES[Math.floor(random() * PIECES.length)];
  const bodies = [];
  for (let i = 0; i < count; i++) {
    const target = 50 + Math.floor(random() * 450);
    let body = pick();
    while (body.length < target) {
      const next = (random() < 0.5 ? " \\\n    && " : " && ") + pick();
      if (body.length + next.length > 500) break;
      body += next;
    }
    bodies.push(body);
  }
  return bodies;
}

function parseBody(body) {
  const script = shell.parseShell(shell.shellFormSource(body, 0, "\\"));
  let words = 0;
  for (const cmd of script.commands) words += cmd.args.length + (shell.hasOption(cmd, "-y") ? 1 : 0);
  return words;
}

const count = Number(process.argv[2] ?? 10_000);
const bodies = corpus(count);
const firstStart = performance.now();
parseBody(bodies[0]);
const firstMs = performance.now() - firstStart;
const secondStart = performance.now();
parseBody(bodies[1]);
const secondMs = performance.now() - secondStart;

const batches = [];
let sink = 0;
const start = performance.now();
let batchStart = start;
for (let i = 0; i < bodies.length; i++) {
  sink += parseBody(bodies[i]);
  if ((i + 1) % 1000 === 0) {
    const now = performance.now();
    batches.push(Math.round(now - batchStart));
    batchStart = now;
  }
}
const totalMs = performance.now() - start;
const chars = bodies.reduce((sum, body) => sum + body.length, 0);

console.log(`module load (wasm init + grammar): ${loadMs.toFixed(1)} ms`);
console.log(`first parse: ${firstMs.toFixed(2)} ms, second: ${secondMs.toFixed(2)} ms`);
console.log(`${count} bodies (avg ${Math.round(chars / count)} chars): ${totalMs.toFixed(0)} ms, ${Math.round((count / totalMs) * 1000)} ops/s`);
console.log(`per 1000 (ms): ${batches.join(" ")}`);
console.log(`rss ${Math.round(process.memoryUsage().rss / 1e6)} MB (checksum ${sink})`);
