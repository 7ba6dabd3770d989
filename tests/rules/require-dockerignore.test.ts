import path from "node:path";
import rule from "../../rules/require-dockerignore.js";
import { lines, runRuleTests } from "../rule-tester.js";

const fixtures = path.resolve("tests/fixtures/build-context");
const NO_IGNORE = path.join(fixtures, "no-ignore", "Dockerfile");
const FROM = "FROM python:3.12-slim";

runRuleTests("require-dockerignore", rule, {
  valid: [
    // An ignore file in effect: .dockerignore, <Dockerfile>.dockerignore, Podman's .containerignore.
    { code: lines(FROM, "COPY . /app"), filename: path.join(fixtures, "project", "Dockerfile") },
    { code: lines(FROM, "COPY . /app"), filename: path.join(fixtures, "project", "api.Dockerfile") },
    { code: lines(FROM, "COPY . /app"), filename: path.join(fixtures, "podman", "Containerfile") },
    // Nothing read from the build context.
    { code: lines(FROM, "RUN echo hello"), filename: NO_IGNORE },
    { code: lines(FROM, "COPY --from=build /app /app", "COPY --from=nginx:1.27 /etc/nginx /etc/nginx"), filename: NO_IGNORE },
    { code: lines(FROM, "COPY <<EOF /etc/app.conf", "key=value", "EOF"), filename: NO_IGNORE },
    { code: lines(FROM, "ADD https://example.com/archive.tar.gz /tmp/"), filename: NO_IGNORE },
    // ONBUILD runs in a later build, with that build's context.
    { code: lines(FROM, "ONBUILD COPY . /app"), filename: NO_IGNORE },
    // No build context: a code block in another file, or a path that is no file.
    { code: lines(FROM, "COPY . /app"), filename: path.join(fixtures, "no-ignore", "README.md", "0.dockerfile") },
    lines(FROM, "COPY . /app"),
  ],
  invalid: [
    {
      code: lines(FROM, "WORKDIR /app", "COPY requirements.txt .", "COPY . ."),
      filename: NO_IGNORE,
      errors: [
        {
          messageId: "missing",
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 5,
          data: { keyword: "COPY", root: "tests/fixtures/build-context/no-ignore", own: "Dockerfile.dockerignore" },
        },
      ],
    },
    {
      code: lines(FROM, "COPY --from=build /x /x", "add file.txt /app/"),
      filename: NO_IGNORE,
      errors: [{ messageId: "missing", line: 3, column: 1, data: { keyword: "ADD", root: "tests/fixtures/build-context/no-ignore", own: "Dockerfile.dockerignore" } }],
    },
    {
      // A context set in settings: the Dockerfile's folder has an ignore file, the context has none.
      code: lines(FROM, "COPY file.txt /app/"),
      filename: path.join(fixtures, "project", "docker", "worker.Dockerfile"),
      settings: { dockerfile: { contexts: { "**/worker.Dockerfile": "tests/fixtures/build-context/no-ignore" } } },
      errors: [{ messageId: "missing", line: 2, data: { keyword: "COPY", root: "tests/fixtures/build-context/no-ignore", own: "worker.Dockerfile.dockerignore" } }],
    },
  ],
});
