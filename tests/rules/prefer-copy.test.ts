import rule from "../../rules/prefer-copy.js";
import { lines, runRuleTests } from "../rule-tester.js";

const DIGEST = `sha256:${"0123456789abcdef".repeat(4)}`;
const stage = (...instructions: string[]) => lines("FROM alpine:3.20", ...instructions);

runRuleTests("prefer-copy", rule, {
  valid: [
    stage("COPY . /app"),
    stage("ADD https://example.com/tool.tar.gz /tmp/"),
    stage("ADD https://github.com/org/repo.git#v1.0 /src"),
    stage("ADD git@github.com:org/repo.git /src"),
    stage(`ADD --checksum=${DIGEST} https://example.com/app.jar /app/app.jar`),
    // Local archives that ADD unpacks (hadolint DL3010's business).
    stage("ADD rootfs.tar.gz /"),
    stage("ADD vendor.tgz deps.tar.xz /opt/"),
    stage("ADD app.TAR /opt/"),
    stage("ADD *.tar.gz /opt/"),
    // A URL beside a local file: ADD is needed anyway.
    stage("ADD https://example.com/a.txt b.txt /opt/"),
    // Unknown at lint time: could be an archive.
    stage("ARG FILE", "ADD $FILE /opt/"),
    stage("ARG PKG=dist.tar.gz", "ADD ${PKG} /opt/"),
  ],
  invalid: [
    {
      code: stage("ADD . /app"),
      output: stage("COPY . /app"),
      errors: [{ messageId: "preferCopy", line: 2, column: 1, endLine: 2, endColumn: 11 }],
    },
    {
      code: stage("add --chown=app:app requirements.txt run.py /app/"),
      output: stage("copy --chown=app:app requirements.txt run.py /app/"),
      errors: [{ messageId: "preferCopy" }],
    },
    {
      code: stage("Add --link --chmod=755 --exclude=*.md src/ /app/src/"),
      output: stage("Copy --link --chmod=755 --exclude=*.md src/ /app/src/"),
      errors: [{ messageId: "preferCopy" }],
    },
    {
      code: stage('ADD ["my app", "/app/"]'),
      output: stage('COPY ["my app", "/app/"]'),
      errors: [{ messageId: "preferCopy" }],
    },
    {
      code: stage("ADD <<EOF /etc/motd", "hello", "EOF"),
      output: stage("COPY <<EOF /etc/motd", "hello", "EOF"),
      errors: [{ messageId: "preferCopy" }],
    },
    {
      code: stage("ARG CONF=nginx.conf", "ADD ${CONF} /etc/nginx/"),
      output: stage("ARG CONF=nginx.conf", "COPY ${CONF} /etc/nginx/"),
      errors: [{ messageId: "preferCopy", line: 3 }],
    },
    {
      code: stage("ONBUILD ADD . /app"),
      output: stage("ONBUILD COPY . /app"),
      errors: [{ messageId: "preferCopy", line: 2, column: 9 }],
    },
    // Reported without a fix: a wildcard that may match an archive, or a flag only ADD has.
    ...[
      "ADD dist/* /app/",
      "ADD pkg-*z /opt/",
      "ADD --keep-git-dir=true src /src",
      "ADD --unpack=false bundle /opt/",
    ].map((instruction) => ({ code: stage(instruction), output: null, errors: [{ messageId: "preferCopy" as const }] })),
  ],
});
