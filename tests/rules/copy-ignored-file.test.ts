import path from "node:path";
import rule from "../../rules/copy-ignored-file.js";
import { lines, runRuleTests } from "../rule-tester.js";

const fixtures = path.resolve("tests/fixtures/build-context");
// .dockerignore: dist, build/*, !build/keep.txt, logs, !logs/important, *.tmp (lines 2-7).
const COPY_CONTEXT = path.join(fixtures, "copy", "Dockerfile");
const FROM = "FROM python:3.12-slim";

const inCopy = (...code: string[]) => ({ code: lines(FROM, ...code), filename: COPY_CONTEXT });

runRuleTests("copy-ignored-file", rule, {
  valid: [
    inCopy("COPY requirements.txt app.py /app/", "COPY src ./src", "COPY . /app"),
    // A folder left out whose files a `!` pattern puts back is in the context, with those files.
    inCopy("COPY logs /app/logs", "COPY logs/important/b.log /app/"),
    inCopy("COPY build/keep.txt /app/"),
    // `build/*` leaves out what is inside build/, not the folder itself.
    inCopy("COPY build /app/build"),
    // A wildcard with at least one match in the context copies something.
    inCopy("COPY *.py *.txt /app/"),
    // Some matches left out, some not: what is left is copied.
    inCopy("COPY build/* /app/build/"),
    // Not read from the build context.
    inCopy("COPY --from=builder /src/dist /app/dist", "COPY --from=nginx:1.27 /dist /dist"),
    inCopy("ONBUILD COPY dist /app/dist"),
    inCopy("COPY <<EOF /app/dist", "x", "EOF"),
    inCopy("ADD https://example.com/dist.tar.gz /app/"),
    // Variables whose value comes from outside the file.
    inCopy("ARG OUTPUT", "COPY ${OUTPUT} /app/"),
    // Paths that are not in the context at all are no-missing-copy-source's business.
    inCopy("COPY missing.txt /app/", "COPY *.nothing /app/"),
    // No ignore file, or no build context.
    { code: lines(FROM, "COPY file.txt /app/"), filename: path.join(fixtures, "no-ignore", "Dockerfile") },
    { code: lines(FROM, "COPY dist /app/dist"), filename: path.join(fixtures, "copy", "README.md", "0.dockerfile") },
    lines(FROM, "COPY dist /app/dist"),
  ],
  invalid: [
    {
      ...inCopy("COPY requirements.txt .", "COPY dist /app/dist"),
      errors: [
        {
          messageId: "ignored",
          line: 3,
          column: 6,
          endLine: 3,
          endColumn: 10,
          data: { keyword: "COPY", source: "dist", path: "dist", pattern: "dist", line: "2", ignoreFile: ".dockerignore" },
        },
      ],
    },
    {
      // A file inside a folder left out; written with ./ and as an ADD.
      ...inCopy("ADD ./dist/bundle.js /app/"),
      errors: [{ messageId: "ignored", column: 5, data: { keyword: "ADD", source: "./dist/bundle.js", path: "dist/bundle.js", pattern: "dist", line: "2", ignoreFile: ".dockerignore" } }],
    },
    {
      ...inCopy("COPY build/drop.txt logs/a.log /app/"),
      errors: [
        { messageId: "ignored", column: 6, data: { keyword: "COPY", source: "build/drop.txt", path: "build/drop.txt", pattern: "build/*", line: "3", ignoreFile: ".dockerignore" } },
        { messageId: "ignored", column: 21, data: { keyword: "COPY", source: "logs/a.log", path: "logs/a.log", pattern: "logs", line: "5", ignoreFile: ".dockerignore" } },
      ],
    },
    {
      // Every match of the wildcard is left out: it copies nothing.
      ...inCopy("COPY *.py *.tmp /app/"),
      errors: [{ messageId: "allIgnored", column: 11, data: { keyword: "COPY", source: "*.tmp", path: "data.tmp", pattern: "*.tmp", line: "7", ignoreFile: ".dockerignore" } }],
    },
    {
      // Reported even when the file does not exist (yet): it could never reach the build.
      ...inCopy("ARG OUT=dist", 'COPY ["${OUT}/report.html", "/srv/"]'),
      errors: [{ messageId: "ignored", line: 3, column: 7, data: { keyword: "COPY", source: "${OUT}/report.html", path: "dist/report.html", pattern: "dist", line: "2", ignoreFile: ".dockerignore" } }],
    },
    {
      // The Dockerfile's own ignore file beside it, and a context from settings.
      code: lines(FROM, "COPY docs/guide.md /app/"),
      filename: path.join(fixtures, "project", "docker", "web.Dockerfile"),
      settings: { dockerfile: { contexts: { "**/web.Dockerfile": "tests/fixtures/build-context/project" } } },
      errors: [{ messageId: "ignored", data: { keyword: "COPY", source: "docs/guide.md", path: "docs/guide.md", pattern: "docs", line: "1", ignoreFile: "docker/web.Dockerfile.dockerignore" } }],
    },
  ],
});
