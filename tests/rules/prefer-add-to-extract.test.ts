import rule from "../../rules/prefer-add-to-extract.js";
import { lines, runRuleTests } from "../rule-tester.js";

const stage = (...instructions: string[]) => lines("FROM debian:12-slim", ...instructions);

runRuleTests("prefer-add-to-extract", rule, {
  valid: [
    stage("ADD app.tar.gz /opt/app/"),
    // Copied but never unpacked (an installer may read it as it is).
    stage("COPY app.tar.gz /tmp/", "RUN install-from /tmp/app.tar.gz"),
    // Unpacked selectively: ADD cannot strip components or pick members.
    stage("COPY app.tar.gz /tmp/", "RUN tar -xzf /tmp/app.tar.gz --strip-components=1 -C /opt/app"),
    stage("COPY app.tar.gz /tmp/", "RUN tar -xzf /tmp/app.tar.gz app/bin -C /opt"),
    // Another file of the same name (hadolint compares names only).
    stage("COPY app.tar.gz /tmp/", "RUN curl -fsSLO https://example.com/app.tar.gz && tar -xzf app.tar.gz"),
    stage("COPY app.tar.gz /tmp/", "WORKDIR /srv", "RUN tar -xzf app.tar.gz"),
    // In another stage the file is not there.
    lines("FROM debian:12-slim AS a", "COPY app.tar /tmp/", "FROM debian:12-slim", "RUN tar -xf /tmp/app.tar"),
    stage("COPY app.zip /tmp/", "RUN unzip /tmp/app.zip"),
    stage("COPY --from=build /out/app.tar /tmp/", "RUN tar -xf /tmp/app.tar"),
    stage("COPY dist/*.tar /tmp/", "RUN tar -xf /tmp/app.tar"),
  ],
  invalid: [
    {
      code: stage("COPY app.tar.gz /tmp/", "RUN tar -xzf /tmp/app.tar.gz -C /opt && rm /tmp/app.tar.gz"),
      errors: [{ messageId: "copyThenExtract", data: { source: "app.tar.gz", line: "3" }, line: 2, column: 6, endColumn: 16 }],
    },
    {
      code: stage("WORKDIR /build", "COPY vendor/app.tgz .", "RUN mkdir -p /opt/app \\", "  && cd /opt/app && tar xzf /build/app.tgz"),
      errors: [{ messageId: "copyThenExtract", data: { source: "vendor/app.tgz", line: "4" }, line: 3 }],
    },
    {
      code: stage("COPY app.tar /tmp/release.tar", "WORKDIR /tmp", "RUN tar --extract --file release.tar"),
      errors: [{ messageId: "copyThenExtract", data: { source: "app.tar", line: "4" } }],
    },
  ],
});
