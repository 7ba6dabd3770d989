import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll } from "vitest";
import rule from "../../rules/no-copy-secrets.js";
import { lines, runRuleTests } from "../rule-tester.js";

const fixtures = path.resolve("tests/fixtures/build-context");
// .dockerignore: `.env` (the root one only). Secrets: .env, app/.env, keys/server.pem (a private
// key), private/.npmrc (a token). Not secrets: .env.example, id_rsa.pub, certs/ca.pem (a
// certificate), .npmrc (no credentials), lib/credentials.py (code).
const SECRETS = path.join(fixtures, "secrets", "Dockerfile");
const FROM = "FROM python:3.12-slim";

// node_modules folders are not committed (the repository's .gitignore): made for the test.
const packageKey = path.join(fixtures, "secrets", "node_modules", "pkg", "test", "server.key");
beforeAll(() => {
  fs.mkdirSync(path.dirname(packageKey), { recursive: true });
  fs.writeFileSync(packageKey, "FAKE KEY OF A PACKAGE'S TESTS\n");
});
afterAll(() => {
  fs.rmSync(path.join(fixtures, "secrets", "node_modules"), { recursive: true, force: true });
});

const inSecrets = (...code: string[]) => ({ code: lines(FROM, ...code), filename: SECRETS });
const wide = (source: string, file: string, more: string, exclude: string, reason = ".dockerignore does not exclude it") => ({
  messageId: "wide",
  data: { keyword: "COPY", source, file, more, reason, exclude },
});

runRuleTests("no-copy-secrets", rule, {
  valid: [
    inSecrets("COPY src ./src", "COPY app/main.py requirements.txt /app/"),
    // Templates, public keys, certificates, an .npmrc without credentials, code named credentials.
    inSecrets("COPY .env.example .env", "COPY id_rsa.pub /root/.ssh/authorized_keys", "COPY certs/ca.pem /usr/local/share/ca-certificates/"),
    inSecrets("COPY certs/*.pem /usr/local/share/ca-certificates/", "COPY .npmrc package.json ./", "COPY lib/credentials.py /app/lib/"),
    // --exclude keeps the secret out of a wide copy.
    inSecrets("COPY --exclude=.env app ./app"),
    // Allowed by the option (Docker pattern syntax).
    { ...inSecrets("COPY app ./app", "COPY keys/server.pem /etc/ssl/private/"), options: [{ allow: ["app/.env", "keys"] }] },
    // Not read from the build context.
    inSecrets("COPY --from=build /app/.env /app/", "COPY <<EOF /app/.env", "A=1", "EOF", "ONBUILD COPY .env /app/"),
    inSecrets("ARG ENV_FILE", "COPY ${ENV_FILE} /app/"),
    // No build context: embedded blocks are not checked.
    { code: lines(FROM, "COPY .env /app/"), filename: path.join(fixtures, "secrets", "README.md", "0.dockerfile") },
    lines(FROM, "COPY .env /app/"),
    // A context without secrets.
    { code: lines(FROM, "COPY . /app"), filename: path.join(fixtures, "copy", "Dockerfile") },
  ],
  invalid: [
    {
      // Named directly: reported whether or not the ignore file lets it through, or it exists.
      ...inSecrets("COPY .env /app/", "COPY config/prod.key /etc/app/", "ADD .aws /root/.aws"),
      errors: [
        { messageId: "named", line: 2, column: 6, endLine: 2, endColumn: 10, data: { keyword: "COPY", source: ".env", pattern: ".env" } },
        { messageId: "named", line: 3, column: 6, data: { keyword: "COPY", source: "config/prod.key", pattern: "*.key" } },
        { messageId: "named", line: 4, column: 5, data: { keyword: "ADD", source: ".aws", pattern: ".aws/" } },
      ],
    },
    {
      // The seed's line: a wildcard written for env files, whether any exist or not.
      ...inSecrets("COPY --chown=appuser:appuser app/.env* ./", "COPY src/.env* ./", "COPY id_rsa* /root/.ssh/"),
      errors: [
        { messageId: "named", line: 2, column: 30, data: { keyword: "COPY", source: "app/.env*", pattern: ".env" } },
        { messageId: "named", line: 3, data: { keyword: "COPY", source: "src/.env*", pattern: ".env" } },
        { messageId: "named", line: 4, data: { keyword: "COPY", source: "id_rsa*", pattern: "id_rsa*" } },
      ],
    },
    {
      // Read before they are called secrets: a private key, an .npmrc with a token.
      ...inSecrets("COPY keys/server.pem /etc/ssl/private/", "COPY keys/*.pem /etc/ssl/private/", 'COPY ["private/.npmrc", "./"]'),
      errors: [
        { messageId: "named", line: 2, data: { keyword: "COPY", source: "keys/server.pem", pattern: "*.pem" } },
        { messageId: "named", line: 3, data: { keyword: "COPY", source: "keys/*.pem", pattern: "*.pem" } },
        { messageId: "named", line: 4, column: 7, data: { keyword: "COPY", source: "private/.npmrc", pattern: ".npmrc" } },
      ],
    },
    {
      // Wide copies take along what the ignore file lets through (`.env` in it is the root one only).
      ...inSecrets("COPY . /app", "COPY app ./app", "COPY src ./src"),
      errors: [
        { line: 2, column: 6, endColumn: 7, ...wide(".", "app/.env", " (and 2 more)", "**/.env") },
        { line: 3, column: 6, ...wide("app", "app/.env", "", "**/.env") },
      ],
    },
    {
      ...inSecrets("COPY * /app/"),
      errors: [wide("*", "app/.env", " (and 2 more)", "**/.env")],
    },
    {
      ...inSecrets("COPY ke* pri* /app/"),
      errors: [wide("ke*", "keys/server.pem", "", "**/*.pem"), wide("pri*", "private/.npmrc", "", "**/.npmrc")],
    },
    {
      code: lines(FROM, "COPY . /app"),
      filename: path.join(fixtures, "secrets-no-ignore", "Dockerfile"),
      errors: [wide(".", ".env", "", "**/.env", "the build context has no .dockerignore")],
    },
  ],
});
