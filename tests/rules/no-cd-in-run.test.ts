import rule from "../../rules/no-cd-in-run.js";
import { lines, runRuleTests } from "../rule-tester.js";

const FROM = "FROM debian:12-slim";
const STRICT = [{ allowScoped: false }];

runRuleTests("no-cd-in-run", rule, {
  valid: [
    lines(FROM, "WORKDIR /src", "RUN make && make install"),
    // A cd that governs one command, or a pipeline, is scoped.
    lines(FROM, "RUN cd /src && make"),
    lines(FROM, "RUN cd /src; make"),
    lines(FROM, "RUN cd /tmp && curl -fsSL https://example.com/x.tgz | tar xz"),
    lines(FROM, "RUN cd /src && make VERSION=$(cat VERSION)"),
    // Each cd governs the commands up to the next one; `cd -` goes back.
    lines(FROM, "RUN cd /a && make && cd /b && make"),
    lines(FROM, "RUN cd build && make && cd - && rm -rf build"),
    // Subshells and sh -c strings end with their cd.
    lines(FROM, "RUN (cd /src && ./configure && make) && make -C /src install"),
    lines(FROM, "RUN echo $(cd /src && pwd && ls)"),
    lines(FROM, `RUN sh -c "cd /src && make && make install"`),
    lines(FROM, `RUN ["sh", "-c", "cd /src && make"]`),
    // Not cd, or not run by a shell.
    lines(FROM, "RUN echo cd /src && make && make install"),
    lines(FROM, "RUN make -C /src && make -C /src install"),
    lines(FROM, `RUN ["cd", "/src"]`),
    lines("FROM mcr.microsoft.com/windows/servercore:ltsc2022", `SHELL ["powershell", "-Command"]`, "RUN cd C:\\src; make; make install"),
    lines(FROM, "RUN python3 <<EOF", "import os", "os.chdir('/src')", "EOF"),
    // strict reports cd -, only what it ends.
    { code: lines(FROM, "RUN cd -"), options: STRICT },
  ],
  invalid: [
    {
      code: lines(FROM, "RUN cd /src && make && make install"),
      errors: [{ messageId: "cdInRun", line: 2, column: 5, endLine: 2, endColumn: 12 }],
    },
    {
      // cd does not outlive its RUN: it is the WORKDIR misunderstanding.
      code: lines(FROM, "RUN cd /app", "RUN make"),
      errors: [{ messageId: "cdInRun", line: 2, column: 5, endColumn: 12 }],
    },
    {
      code: lines(FROM, "RUN make && cd /app"),
      errors: [{ messageId: "cdInRun", column: 13 }],
    },
    {
      code: lines(FROM, "RUN set -eux; \\", "    cd /usr/src/app; \\", "    ./configure; \\", "    make"),
      errors: [{ messageId: "cdInRun", line: 3, column: 5, endLine: 3, endColumn: 20 }],
    },
    {
      code: lines(FROM, "RUN <<EOF", "set -e", "cd /src", "make", "make install", "EOF"),
      errors: [{ messageId: "cdInRun", line: 4, column: 1, endColumn: 8 }],
    },
    {
      code: lines(FROM, "RUN cd $(mktemp -d) && curl -fsSLO https://example.com/x.tgz && tar xzf x.tgz"),
      errors: [{ messageId: "cdInRun", column: 5 }],
    },
    {
      code: lines(FROM, `RUN ["/bin/sh", "-c", "cd /src && make && make install"]`),
      errors: [{ messageId: "cdInRun", line: 2, column: 24, endColumn: 31 }],
    },
    {
      code: lines(FROM, "RUN builtin cd /src && make && make test"),
      errors: [{ messageId: "cdInRun", column: 5 }],
    },
    {
      code: lines(FROM, "ONBUILD RUN cd /src && make && make install"),
      errors: [{ messageId: "cdInRun", column: 13 }],
    },
    // strict: every cd.
    { code: lines(FROM, "RUN cd /src && make"), options: STRICT, errors: [{ messageId: "cdInRun", column: 5 }] },
    { code: lines(FROM, "RUN (cd /src && make) && make install"), options: STRICT, errors: [{ messageId: "cdInRun", column: 6 }] },
    { code: lines(FROM, `RUN sh -c "cd /src && make"`), options: STRICT, errors: [{ messageId: "cdInRun", column: 12 }] },
    {
      code: lines(FROM, "RUN cd build && make && cd - && rm -rf build"),
      options: STRICT,
      errors: [{ messageId: "cdInRun", column: 5 }],
    },
  ],
});
