import rule from "../../rules/yarn-cache-clean.js";
import { lines, runRuleTests } from "../rule-tester.js";

const FROM = "FROM node:22-slim";

runRuleTests("yarn-cache-clean", rule, {
  valid: [
    lines(FROM, "RUN yarn install --frozen-lockfile && yarn cache clean"),
    lines(FROM, "RUN yarn global add serve@14.2.4 && yarn cache clean --all"),
    lines(FROM, "RUN yarn install --frozen-lockfile && rm -rf /usr/local/share/.cache/yarn"),
    lines(FROM, 'RUN yarn install && rm -rf "$(yarn cache dir)"'),
    // Cache mounts keep the cache out of the layer.
    lines(FROM, "RUN --mount=type=cache,target=/usr/local/share/.cache/yarn,id=yarn,sharing=locked yarn install --frozen-lockfile"),
    lines(FROM, "RUN --mount=type=cache,target=/home/node/.cache/yarn yarn install"),
    lines(FROM, "RUN --mount=type=cache,target=/root/.cache yarn install"),
    lines(FROM, "RUN --mount=type=cache,target=/root/.yarn/berry/cache yarn install --immutable"),
    lines(FROM, "ENV YARN_CACHE_FOLDER=/cache/yarn", "RUN --mount=type=cache,target=/cache yarn install"),
    lines(FROM, "RUN --mount=type=cache,target=/yc yarn install --cache-folder /yc && YARN_CACHE_FOLDER=/yc yarn add x"),
    // A stage the final image is not built FROM leaves its cache behind.
    lines("FROM node:22-slim AS build", "RUN yarn install && yarn build", FROM, "COPY --from=build /app/dist /app"),
    lines(FROM, "RUN yarn build && yarn test && yarn --version && yarn run install"),
    lines(FROM, 'RUN ["yarn", "install"]'),
  ],
  invalid: [
    {
      code: lines(FROM, "RUN yarn install --frozen-lockfile"),
      output: lines(FROM, "RUN yarn install --frozen-lockfile && yarn cache clean"),
      errors: [{ messageId: "missingCacheClean", line: 2, column: 5, endLine: 2, endColumn: 17 }],
    },
    {
      // Both installs are reported; the fix goes after the last command.
      code: lines(FROM, "RUN yarn && sudo yarn global add serve@14.2.4"),
      output: lines(FROM, "RUN yarn && sudo yarn global add serve@14.2.4 && yarn cache clean"),
      errors: [
        { messageId: "missingCacheClean", column: 5, endColumn: 9 },
        { messageId: "missingCacheClean", column: 18, endColumn: 33 },
      ],
    },
    {
      code: lines(FROM, "RUN yarn install; \\", "    # then build", "    yarn build"),
      output: lines(FROM, "RUN yarn install; \\", "    # then build", "    yarn build && yarn cache clean"),
      errors: [{ messageId: "missingCacheClean", line: 2 }],
    },
    {
      // `||`, pipelines and compound commands: no certain place to add it.
      code: lines(FROM, "RUN yarn install || exit 1"),
      output: null,
      errors: [{ messageId: "missingCacheClean" }],
    },
    {
      code: lines(FROM, "RUN if [ -f yarn.lock ]; then yarn install; fi"),
      output: null,
      errors: [{ messageId: "missingCacheClean", column: 31 }],
    },
    {
      code: lines(FROM, "RUN for dir in a b; do yarn --cwd $dir install; done"),
      output: null,
      errors: [{ messageId: "missingCacheClean", column: 24 }],
    },
    {
      code: lines(FROM, "RUN echo react | xargs yarn add"),
      output: null,
      errors: [{ messageId: "missingCacheClean", column: 24 }],
    },
    {
      code: lines(FROM, 'RUN ["sh", "-c", "yarn install"]'),
      output: lines(FROM, 'RUN ["sh", "-c", "yarn install && yarn cache clean"]'),
      errors: [{ messageId: "missingCacheClean", column: 19 }],
    },
    {
      code: lines(FROM, "RUN <<EOF", "set -eux", "yarn install", "EOF"),
      output: lines(FROM, "RUN <<EOF", "set -eux", "yarn install", "yarn cache clean", "EOF"),
      errors: [{ messageId: "missingCacheClean", line: 4, column: 1 }],
    },
    {
      code: lines(FROM, "RUN <<EOF bash", "set -o errexit", "yarn install", "EOF"),
      output: lines(FROM, "RUN <<EOF bash", "set -o errexit", "yarn install", "yarn cache clean", "EOF"),
      errors: [{ messageId: "missingCacheClean", line: 4 }],
    },
    {
      // Without set -e a last line would hide a failed install: no fix.
      code: lines(FROM, "RUN <<EOF", "yarn install", "EOF"),
      output: null,
      errors: [{ messageId: "missingCacheClean", line: 3 }],
    },
    {
      code: lines(FROM, "ONBUILD RUN yarn install"),
      output: lines(FROM, "ONBUILD RUN yarn install && yarn cache clean"),
      errors: [{ messageId: "missingCacheClean" }],
    },
    {
      code: lines("# escape=`", FROM, "RUN yarn install `", "    --frozen-lockfile"),
      output: lines("# escape=`", FROM, "RUN yarn install `", "    --frozen-lockfile && yarn cache clean"),
      errors: [{ messageId: "missingCacheClean", line: 3 }],
    },
    {
      // A mount elsewhere, or a bind mount, keeps nothing out.
      code: lines(FROM, "RUN --mount=type=cache,target=/root/.npm --mount=type=bind,target=/usr/local/share/.cache/yarn yarn install"),
      output: lines(FROM, "RUN --mount=type=cache,target=/root/.npm --mount=type=bind,target=/usr/local/share/.cache/yarn yarn install && yarn cache clean"),
      errors: [{ messageId: "missingCacheClean" }],
    },
    {
      // Cleaning in a later RUN does not shrink the earlier layer; the final stage's base counts.
      code: lines("FROM node:22-slim AS deps", "RUN yarn install", "RUN yarn cache clean", "FROM deps", "CMD [\"node\", \"index.js\"]"),
      output: lines("FROM node:22-slim AS deps", "RUN yarn install && yarn cache clean", "RUN yarn cache clean", "FROM deps", "CMD [\"node\", \"index.js\"]"),
      errors: [{ messageId: "missingCacheClean", line: 2 }],
    },
  ],
});
