import rule from "../../rules/pin-os-package-versions.js";
import { lines, runRuleTests } from "../rule-tester.js";

const DEBIAN = "FROM debian:bookworm-slim";
const ALPINE = "FROM alpine:3.20";
const FEDORA = "FROM fedora:40";

runRuleTests("pin-os-package-versions", rule, {
  valid: [
    lines(DEBIAN, "RUN apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u5 'ca-certificates=2023*'"),
    lines(DEBIAN, "RUN apt-get install -y ./app.deb /tmp/tool.deb", "RUN apt-get install -y -t bookworm-backports curl=8.5.0-2"),
    lines(DEBIAN, "ARG CURL_VERSION=7.88.1-10", "RUN apt-get install -y curl=${CURL_VERSION}"),
    lines(DEBIAN, 'ARG PACKAGES="curl=7.88.1-10 wget=1.21.3-1"', "RUN apt-get install -y $PACKAGES"),
    // Not known from the file: not reported.
    lines(DEBIAN, "RUN apt-get install -y $PACKAGES", 'RUN apt-get install -y "curl=$V" $(cat packages.txt)'),
    lines(ALPINE, "RUN apk add --no-cache curl=8.9.1-r1 git~=2.45 'bash>5' --virtual .deps"),
    lines(FEDORA, "RUN dnf install -y httpd-2.4.62 @nodejs:20 https://example.com/x.rpm", "RUN yum install -y nginx-1.20.1-1.el8"),
    lines(FEDORA, "RUN dnf group install -y 'Development Tools'", "RUN dnf remove -y httpd", "RUN dnf upgrade -y"),
    lines("FROM opensuse/leap:15.6", "RUN zypper -n install curl=8.0.1 'git>=2.43' wget-1.21"),
    lines(DEBIAN, "RUN apt-get remove -y curl && apt-get update", "RUN echo apt-get install curl", 'RUN ["apt-get", "install", "curl"]'),
  ],
  invalid: [
    {
      code: lines(DEBIAN, "RUN apt-get update && apt-get install -y --no-install-recommends curl wget=1.21.3-1"),
      errors: [{ messageId: "unpinned", line: 2, column: 66, endLine: 2, endColumn: 70, data: { name: "curl", example: "curl=<version>" } }],
    },
    {
      code: lines(DEBIAN, "RUN sudo apt install -y -o Dpkg::Options::=--force-confold curl \\", "    # more", "    git"),
      errors: [{ messageId: "unpinned", line: 2 }, { messageId: "unpinned", line: 4, column: 5 }],
    },
    {
      code: lines(DEBIAN, 'ARG PACKAGES="curl wget=1.21.3-1"', "RUN apt-get install -y $PACKAGES"),
      errors: [{ messageId: "unpinned", line: 3, column: 24, endColumn: 33, data: { name: "curl", example: "curl=<version>" } }],
    },
    {
      code: lines(ALPINE, "RUN apk add --no-cache --virtual .build-deps gcc musl-dev=1.2.5-r0"),
      errors: [{ messageId: "unpinned", column: 46, data: { name: "gcc", example: "gcc=<version> (or gcc~=<major.minor>)" } }],
    },
    {
      code: lines(FEDORA, "RUN yum install -y httpd && env X=1 dnf -y install nginx && microdnf install -y tar"),
      errors: [
        { messageId: "unpinned", data: { name: "httpd", example: "httpd-<version>" } },
        { messageId: "unpinned", data: { name: "nginx", example: "nginx-<version>" } },
        { messageId: "unpinned", data: { name: "tar", example: "tar-<version>" } },
      ],
    },
    {
      code: lines("FROM opensuse/leap:15.6", "RUN zypper -n in curl"),
      errors: [{ messageId: "unpinned", data: { name: "curl", example: "curl=<version> (or curl>=<version>)" } }],
    },
    {
      code: lines(DEBIAN, 'RUN ["sh", "-c", "apt-get install -y curl"]'),
      errors: [{ messageId: "unpinned", column: 38, endColumn: 42 }],
    },
    {
      code: lines(DEBIAN, "RUN <<EOF bash", "apt-get install -y curl", "EOF"),
      errors: [{ messageId: "unpinned", line: 3, column: 20 }],
    },
    {
      code: lines(DEBIAN, "ONBUILD RUN if true; then apt-get install -y curl; fi"),
      errors: [{ messageId: "unpinned" }],
    },
    {
      code: lines("# escape=`", ALPINE, "RUN apk add --no-cache `", "    curl"),
      errors: [{ messageId: "unpinned", line: 4, column: 5 }],
    },
  ],
});
