import rule from "../../rules/npm-pin-versions.js";
import { lines, runRuleTests } from "../rule-tester.js";

const FROM = "FROM node:22-slim";

runRuleTests("npm-pin-versions", rule, {
  valid: [
    // Installs from package.json and the lock file name no package.
    lines(FROM, "RUN npm ci && npm install && npm install --omit=dev && npm ci --prefix /app"),
    lines(FROM, "RUN npm install -g typescript@5.6.3 @angular/cli@^18.2 'semver@>=7 <8'"),
    lines(FROM, "RUN npm install ./packages/shared /opt/lib.tgz git+https://github.com/org/repo.git#v1.0.0 org/repo#abc1234"),
    lines(FROM, "ARG TS_VERSION=5.6.3", 'RUN npm install -g "typescript@${TS_VERSION}"'),
    lines(FROM, "ARG TOOL", "RUN npm install -g $TOOL"),
    lines(FROM, "RUN npm run install && npm uninstall left-pad && npm --loglevel warn install"),
    lines(FROM, 'RUN ["npm", "install", "-g", "typescript"]'),
    // The packages come from standard input: nothing on the command line to check.
    lines(FROM, "RUN cat tools.txt | xargs npm install -g"),
    // yarn and pnpm installs are not npm's.
    lines(FROM, "RUN yarn add react && pnpm add vitest"),
  ],
  invalid: [
    {
      code: lines(FROM, "RUN npm install -g typescript"),
      errors: [{ messageId: "unpinned", data: { spec: "typescript", name: "typescript" }, line: 2, column: 20, endLine: 2, endColumn: 30 }],
    },
    {
      code: lines(FROM, "RUN npm i -g pnpm@latest @scope/tool && sudo npm install --registry https://r.example.com serve@next"),
      errors: [
        { messageId: "unpinned", data: { spec: "pnpm@latest", name: "pnpm" }, column: 14, endColumn: 25 },
        { messageId: "unpinned", data: { spec: "@scope/tool", name: "@scope/tool" }, column: 26 },
        { messageId: "unpinned", data: { spec: "serve@next", name: "serve" }, column: 91 },
      ],
    },
    {
      code: lines(FROM, "RUN npm install git+ssh://git@github.com:org/repo.git"),
      errors: [{ messageId: "unpinnedSource", column: 17 }],
    },
    {
      code: lines(FROM, "RUN npm ci; \\", "    # global tools", "    npm install --global nodemon || true"),
      errors: [{ messageId: "unpinned", line: 4, column: 26 }],
    },
    {
      code: lines(FROM, "RUN for t in a b; do npm install -g eslint; done"),
      errors: [{ messageId: "unpinned", column: 37 }],
    },
    {
      code: lines(FROM, "RUN <<EOF bash", "npm install -g nodemon", "EOF"),
      errors: [{ messageId: "unpinned", line: 3, column: 16 }],
    },
    {
      code: lines(FROM, "RUN <<EOF", "npm install -g nodemon", "EOF"),
      errors: [{ messageId: "unpinned", line: 3, column: 16 }],
    },
    {
      code: lines(FROM, 'RUN ["sh", "-c", "npm install -g nodemon"]'),
      errors: [{ messageId: "unpinned", line: 2, column: 34 }],
    },
    {
      code: lines(FROM, "ONBUILD RUN npm install nodemon"),
      errors: [{ messageId: "unpinned", column: 25 }],
    },
    {
      code: lines("# escape=`", FROM, "RUN npm install -g `", "    nodemon"),
      errors: [{ messageId: "unpinned", line: 4, column: 5 }],
    },
    {
      code: lines(FROM, "RUN --mount=type=cache,target=/root/.npm,id=npm,sharing=locked npm install -g nodemon"),
      errors: [{ messageId: "unpinned", column: 79 }],
    },
  ],
});
