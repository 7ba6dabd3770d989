import rule from "../../rules/package-cache-cleanup.js";
import { lines, runRuleTests } from "../rule-tester.js";

const FEDORA = "FROM fedora:40";
const SUSE = "FROM opensuse/leap:15.6";

runRuleTests("package-cache-cleanup", rule, {
  valid: [
    lines("FROM centos:7", "RUN yum install -y httpd && yum clean all"),
    lines("FROM centos:7", "RUN yum install -y httpd && rm -rf /var/cache/yum"),
    lines(FEDORA, "RUN dnf install -y httpd && dnf clean all", "RUN dnf -y upgrade && rm -rf /var/cache/dnf/*"),
    lines("FROM registry.access.redhat.com/ubi9/ubi-minimal", "RUN microdnf install -y tar && microdnf clean all"),
    lines(SUSE, "RUN zypper -n install curl && zypper clean", "RUN zypper -n in curl && zypper cc -a"),
    lines(SUSE, "RUN <<EOF", "zypper -n install curl", "zypper clean --all", "EOF"),
    // The cache never reaches the layer.
    lines(FEDORA, "RUN --mount=type=cache,target=/var/cache/dnf dnf install -y httpd"),
    lines("FROM centos:7", "RUN --mount=type=tmpfs,target=/var/cache yum install -y httpd"),
    lines(SUSE, "RUN --mount=type=cache,target=/var/cache/zypp zypper -n install curl"),
    // Nothing downloaded.
    lines(FEDORA, "RUN dnf remove -y httpd", "RUN dnf repolist", "RUN echo dnf install x", 'RUN ["dnf", "install", "-y", "x"]'),
    // apt-get and apk have rules of their own.
    lines("FROM debian:bookworm-slim", "RUN apt-get install -y curl"),
  ],
  invalid: [
    {
      code: lines("FROM centos:7", "RUN yum install -y httpd"),
      output: lines("FROM centos:7", "RUN yum install -y httpd && yum clean all"),
      errors: [{ messageId: "cacheLeft", line: 2, column: 5, endLine: 2, endColumn: 16, data: { command: "yum install", folder: "/var/cache/yum", clean: "yum clean all" } }],
    },
    {
      // `dnf clean packages` keeps the metadata.
      code: lines(FEDORA, "RUN dnf -y install httpd && dnf clean packages"),
      output: lines(FEDORA, "RUN dnf -y install httpd && dnf clean packages && dnf clean all"),
      errors: [{ messageId: "cacheLeft", column: 5, endColumn: 19 }],
    },
    {
      // One report per manager and RUN; the fix goes after the last command.
      code: lines(FEDORA, "RUN sudo dnf install -y httpd; dnf -y group install 'Development Tools'; dnf -y upgrade"),
      output: lines(FEDORA, "RUN sudo dnf install -y httpd; dnf -y group install 'Development Tools'; dnf -y upgrade && dnf clean all"),
      errors: [{ messageId: "cacheLeft", column: 10 }],
    },
    {
      code: lines("FROM registry.access.redhat.com/ubi9/ubi-minimal", "RUN microdnf install -y tar \\", "    # and gzip", "    gzip"),
      output: lines("FROM registry.access.redhat.com/ubi9/ubi-minimal", "RUN microdnf install -y tar \\", "    # and gzip", "    gzip && microdnf clean all"),
      errors: [{ messageId: "cacheLeft", data: { command: "microdnf install", folder: "/var/cache/yum", clean: "microdnf clean all" } }],
    },
    {
      code: lines(SUSE, "RUN zypper refresh && env X=1 zypper -n in curl"),
      output: lines(SUSE, "RUN zypper refresh && env X=1 zypper -n in curl && zypper clean"),
      errors: [{ messageId: "cacheLeft", column: 31, endColumn: 43 }],
    },
    {
      code: lines(SUSE, 'RUN ["sh", "-c", "zypper -n dup"]'),
      output: lines(SUSE, 'RUN ["sh", "-c", "zypper -n dup && zypper clean"]'),
      errors: [{ messageId: "cacheLeft" }],
    },
    {
      // Without set -e, an appended last line would decide the RUN's status and hide a failed install.
      code: lines(FEDORA, "RUN <<EOF", "dnf install -y httpd", "EOF"),
      output: null,
      errors: [{ messageId: "cacheLeft", line: 3, column: 1 }],
    },
    {
      code: lines(FEDORA, "RUN <<EOF bash", "set -e", "dnf install -y httpd", "EOF"),
      output: lines(FEDORA, "RUN <<EOF bash", "set -e", "dnf install -y httpd", "dnf clean all", "EOF"),
      errors: [{ messageId: "cacheLeft", line: 4 }],
    },
    {
      code: lines("# escape=`", FEDORA, "RUN dnf install -y `", "    httpd"),
      output: lines("# escape=`", FEDORA, "RUN dnf install -y `", "    httpd && dnf clean all"),
      errors: [{ messageId: "cacheLeft", line: 3 }],
    },
    {
      code: lines(FEDORA, "ONBUILD RUN dnf install -y httpd"),
      output: lines(FEDORA, "ONBUILD RUN dnf install -y httpd && dnf clean all"),
      errors: [{ messageId: "cacheLeft" }],
    },
    {
      code: lines(FEDORA, "RUN for p in a b; do dnf install -y $p; done"),
      output: null,
      errors: [{ messageId: "cacheLeft" }],
    },
    {
      code: lines(FEDORA, "RUN --mount=type=cache,target=/root/.cache dnf install -y httpd || true"),
      output: null,
      errors: [{ messageId: "cacheLeft" }],
    },
  ],
});
