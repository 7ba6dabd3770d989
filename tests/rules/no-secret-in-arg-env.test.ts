import rule from "../../rules/no-secret-in-arg-env.js";
import { lines, runRuleTests } from "../rule-tester.js";

const FROM = "FROM node:22-slim";

runRuleTests("no-secret-in-arg-env", rule, {
  valid: [
    lines(FROM, "ARG NODE_VERSION=22", "ENV NODE_ENV=production PORT=8080"),
    // The secret word must be a whole part of the name.
    lines(FROM, "ARG MONKEY=1", "ENV KEYBOARD_LAYOUT=us", "ENV TOKENIZER=bpe", "ARG PASSWORDLESS=true"),
    // BuildKit's exclusions and ours: where a secret is, or what is public.
    lines(FROM, "ENV SSH_PUBLIC_KEY=ssh-ed25519", "ARG TOKEN_FILE=/run/secrets/token", "ENV API_KEY_VERSION=2", "ENV AUTH_URL=https://auth.example.com"),
    lines(FROM, "ENV KEY_PATH=keys/app.pem", "ENV SECRETS_DIR=secrets", "ARG SECRET_NAME=prod/db"),
    // A path value points at a mounted file.
    lines(FROM, "ENV GOOGLE_APPLICATION_CREDENTIALS=/run/secrets/gcp.json"),
    // Clearing a variable stores nothing.
    lines(FROM, 'ENV NPM_TOKEN=""', "ENV GITHUB_TOKEN="),
    // An ARG without value before FROM only reaches FROM lines.
    lines("ARG REGISTRY_TOKEN", FROM),
    // The secret mount itself.
    lines(FROM, "RUN --mount=type=secret,id=npm_token,env=NPM_TOKEN npm ci"),
    // Options.
    { code: lines(FROM, "ARG CACHE_KEY=v1"), options: [{ allow: ["CACHE_KEY"] }] },
    { code: lines(FROM, "ENV SENTRY_DSN=https://x@sentry.io/1"), options: [{ extraTokens: ["passphrase"] }] },
  ],
  invalid: [
    {
      code: lines(FROM, "ARG NPM_TOKEN", "RUN npm ci"),
      errors: [{ messageId: "secretInArg", line: 2, column: 5, endLine: 2, endColumn: 14, data: { name: "NPM_TOKEN" } }],
    },
    {
      code: lines(FROM, "ENV DB_PASSWORD=hunter2 PORT=8080 API_KEY=abc"),
      errors: [
        { messageId: "secretInEnv", line: 2, column: 5, endColumn: 24, data: { name: "DB_PASSWORD" } },
        { messageId: "secretInEnv", line: 2, column: 35, data: { name: "API_KEY" } },
      ],
    },
    {
      code: lines(FROM, "ENV AWS_SECRET_ACCESS_KEY wJalrXUtnFEMI"),
      errors: [{ messageId: "secretInEnv", column: 5 }],
    },
    {
      code: lines("ARG GITHUB_TOKEN=ghp_x", FROM, "ARG GITHUB_TOKEN", "ENV GITHUB_TOKEN=${GITHUB_TOKEN}"),
      errors: [
        { messageId: "secretInArg", line: 1 },
        { messageId: "secretInArg", line: 3 },
        { messageId: "secretInEnv", line: 4 },
      ],
    },
    {
      code: lines(FROM, "ARG auth", "ARG Api_Key=", "ARG SECRET_KEY_BASE=x", "ARG PWORD", "ARG DB_PASSWD", "ARG GCP_CREDENTIALS"),
      errors: [
        { messageId: "secretInArg", line: 2 },
        { messageId: "secretInArg", line: 3 },
        { messageId: "secretInArg", line: 4 },
        { messageId: "secretInArg", line: 5 },
        { messageId: "secretInArg", line: 6 },
        { messageId: "secretInArg", line: 7 },
      ],
    },
    {
      code: lines(FROM, "ONBUILD ARG DEPLOY_KEY"),
      errors: [{ messageId: "secretInArg", column: 13 }],
    },
    {
      code: lines(FROM, "ENV SENTRY_DSN=https://x@sentry.io/1 SIGNING_PASSPHRASE=x CACHE_KEY=v1"),
      options: [{ extraTokens: ["dsn", "PASSPHRASE"], allow: ["CACHE_KEY"] }],
      errors: [{ messageId: "secretInEnv", data: { name: "SENTRY_DSN" } }, { messageId: "secretInEnv", data: { name: "SIGNING_PASSPHRASE" } }],
    },
  ],
});
