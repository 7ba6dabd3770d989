import path from "node:path";
import rule from "../../rules/no-missing-copy-source.js";
import { lines, runRuleTests } from "../rule-tester.js";

const fixtures = path.resolve("tests/fixtures/build-context");
const COPY_CONTEXT = path.join(fixtures, "copy", "Dockerfile");
const ROOT = "tests/fixtures/build-context/copy";
const FROM = "FROM python:3.12-slim";

const inCopy = (...code: string[]) => ({ code: lines(FROM, ...code), filename: COPY_CONTEXT });

runRuleTests("no-missing-copy-source", rule, {
  valid: [
    inCopy("COPY requirements.txt app.py /app/", "COPY src ./src", "COPY ./src/main.py /app/", "COPY . /app"),
    inCopy('COPY ["src", "/app/src"]'),
    inCopy("ARG SRC=src", "COPY ${SRC}/main.py /app/"),
    // A wildcard may match nothing when another source copies something: optional files.
    inCopy("COPY requirements.txt poetry.lock* /app/"),
    inCopy("COPY *.py /app/"),
    // Left out by the ignore file: copy-ignored-file reports it.
    inCopy("COPY dist/bundle.js /app/", "COPY dist/missing.js /app/"),
    // Values only known at build time, and sources that are not in the context.
    inCopy("ARG SRC", "COPY ${SRC} /app/", "COPY $SRC/*.cfg /app/"),
    inCopy("ARG SRC", "COPY *.cfg ${SRC} /app/"),
    inCopy("COPY --from=builder /missing /app/", "COPY --from=nginx:1.27 /missing /x"),
    inCopy("COPY <<EOF /app/missing", "x", "EOF"),
    inCopy("ADD https://example.com/missing.tar.gz /tmp/", "ADD git@github.com:org/missing.git /src"),
    inCopy("ONBUILD COPY missing.txt /app/"),
    // Windows Dockerfiles: with the ` escape character, \ separates folders.
    { code: ["# escape=`", "FROM mcr.microsoft.com/windows/servercore:ltsc2022", "COPY src\\main.py C:\\app\\", ""].join("\n"), filename: COPY_CONTEXT },
    // No build context.
    { code: lines(FROM, "COPY missing.txt /app/"), filename: path.join(fixtures, "copy", "README.md", "0.dockerfile") },
    lines(FROM, "COPY missing.txt /app/"),
  ],
  invalid: [
    {
      ...inCopy("COPY requirments.txt /app/"),
      errors: [{ messageId: "missing", line: 2, column: 6, endLine: 2, endColumn: 21, data: { keyword: "COPY", source: "requirments.txt", root: ROOT, inside: "" } }],
    },
    {
      ...inCopy("ARG SRC=source", "ADD --chown=app ${SRC}/main.py /app/"),
      errors: [{ messageId: "missing", line: 3, column: 17, data: { keyword: "ADD", source: "${SRC}/main.py", root: ROOT, inside: "" } }],
    },
    {
      // A path through a file is no path.
      ...inCopy('COPY ["app.py/x", "src/missing/", "/app/"]'),
      errors: [
        { messageId: "missing", column: 7, data: { keyword: "COPY", source: "app.py/x", root: ROOT, inside: "" } },
        { messageId: "missing", column: 19, data: { keyword: "COPY", source: "src/missing/", root: ROOT, inside: "" } },
      ],
    },
    {
      ...inCopy("COPY ../shared/config.yml /app/"),
      errors: [{ messageId: "outside", column: 6, data: { keyword: "COPY", source: "../shared/config.yml", root: ROOT, inside: "shared/config.yml" } }],
    },
    {
      // No source copies anything.
      ...inCopy("COPY *.cfg *.ini /app/"),
      errors: [
        { messageId: "matchesNothing", column: 6, data: { keyword: "COPY", source: "*.cfg", root: ROOT, inside: "" } },
        { messageId: "matchesNothing", column: 12, data: { keyword: "COPY", source: "*.ini", root: ROOT, inside: "" } },
      ],
    },
    {
      // The literal is reported; the empty wildcard beside it is not.
      ...inCopy("COPY requirements-dev.txt poetry.lock* /app/"),
      errors: [{ messageId: "missing", column: 6, data: { keyword: "COPY", source: "requirements-dev.txt", root: ROOT, inside: "" } }],
    },
  ],
});
