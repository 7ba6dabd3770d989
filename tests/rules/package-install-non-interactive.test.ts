import rule from "../../rules/package-install-non-interactive.js";
import { lines, runRuleTests } from "../rule-tester.js";

const DEBIAN = "FROM debian:bookworm-slim";
const FEDORA = "FROM fedora:40";

runRuleTests("package-install-non-interactive", rule, {
  valid: [
    lines(DEBIAN, "RUN apt-get update && apt-get install -y curl"),
    lines(DEBIAN, "RUN apt-get install --yes curl", "RUN apt-get install --assume-yes curl"),
    lines(DEBIAN, "RUN apt-get -qq install curl", "RUN apt-get install -qy curl", "RUN apt-get -yq install curl"),
    lines(DEBIAN, "RUN apt-get -o APT::Get::Assume-Yes=true install curl", "RUN apt-get -q=2 install curl"),
    lines(DEBIAN, "RUN apt-get remove -y curl && apt-get autoremove -y", "RUN apt-get -y dist-upgrade"),
    // Subcommands that never ask.
    lines(DEBIAN, "RUN apt-get update && apt-get clean", "RUN apt-get source curl", "RUN apt-get download curl"),
    // apk never asks.
    lines("FROM alpine:3.20", "RUN apk add --no-cache curl"),
    lines(FEDORA, "RUN yum install -y httpd && yum clean all", "RUN dnf -y install httpd", "RUN microdnf install --assumeyes httpd"),
    lines(FEDORA, "RUN dnf --assumeyes group install 'Development Tools'"),
    lines("FROM opensuse/leap:15.6", "RUN zypper -n install curl", "RUN zypper --non-interactive in curl", "RUN zypper install -y curl"),
    lines("FROM opensuse/leap:15.6", "RUN zypper install --no-confirm curl"),
    // Not the package manager, or not run by a shell.
    lines(DEBIAN, "RUN echo apt-get install curl", 'RUN ["apt-get", "install", "curl"]'),
    lines(DEBIAN, "RUN cat <<EOF > /setup.sh", "apt-get install curl", "EOF"),
    lines(DEBIAN, 'SHELL ["pwsh", "-Command"]', "RUN apt-get install curl"),
  ],
  invalid: [
    {
      code: lines(DEBIAN, "RUN apt-get update && apt-get install curl"),
      output: lines(DEBIAN, "RUN apt-get update && apt-get install -y curl"),
      errors: [{ messageId: "missingYes", line: 2, column: 23, endLine: 2, endColumn: 38 }],
    },
    {
      code: lines(DEBIAN, "RUN apt-get -q install curl && apt-get -q remove wget"),
      output: lines(DEBIAN, "RUN apt-get -q install -y curl && apt-get -q remove -y wget"),
      errors: [{ messageId: "missingYes", column: 5 }, { messageId: "missingYes", column: 32 }],
    },
    {
      code: lines(DEBIAN, "RUN apt-get -o Dpkg::Options::=--force-confold install curl"),
      output: lines(DEBIAN, "RUN apt-get -o Dpkg::Options::=--force-confold install -y curl"),
      errors: [{ messageId: "missingYes", column: 5, endColumn: 55 }],
    },
    {
      code: lines(DEBIAN, "RUN sudo apt-get install curl", "RUN env DEBIAN_FRONTEND=noninteractive apt-get upgrade"),
      output: lines(DEBIAN, "RUN sudo apt-get install -y curl", "RUN env DEBIAN_FRONTEND=noninteractive apt-get upgrade -y"),
      errors: [{ messageId: "missingYes", line: 2, column: 10 }, { messageId: "missingYes", line: 3, column: 40 }],
    },
    {
      // Comment lines inside a continuation are dropped by Docker.
      code: lines(DEBIAN, "RUN apt-get update \\", "    # tools", "    && apt-get install \\", "       curl"),
      output: lines(DEBIAN, "RUN apt-get update \\", "    # tools", "    && apt-get install -y \\", "       curl"),
      errors: [{ messageId: "missingYes", line: 4, column: 8, endLine: 4, endColumn: 23 }],
    },
    {
      code: lines(DEBIAN, 'RUN ["sh", "-c", "apt-get update && apt-get install curl"]'),
      output: lines(DEBIAN, 'RUN ["sh", "-c", "apt-get update && apt-get install -y curl"]'),
      errors: [{ messageId: "missingYes" }],
    },
    {
      code: lines(DEBIAN, "RUN <<EOF", "set -e", "apt-get install curl", "EOF"),
      output: lines(DEBIAN, "RUN <<EOF", "set -e", "apt-get install -y curl", "EOF"),
      errors: [{ messageId: "missingYes", line: 4, column: 1 }],
    },
    {
      code: lines(DEBIAN, "RUN <<EOF bash", "apt-get install curl", "EOF"),
      output: lines(DEBIAN, "RUN <<EOF bash", "apt-get install -y curl", "EOF"),
      errors: [{ messageId: "missingYes", line: 3 }],
    },
    {
      code: lines(DEBIAN, "ONBUILD RUN apt-get install curl"),
      output: lines(DEBIAN, "ONBUILD RUN apt-get install -y curl"),
      errors: [{ messageId: "missingYes" }],
    },
    {
      code: lines(DEBIAN, "RUN if [ -n \"$X\" ]; then apt-get install curl; fi; for p in a b; do apt install $p; done"),
      output: lines(DEBIAN, "RUN if [ -n \"$X\" ]; then apt-get install -y curl; fi; for p in a b; do apt install -y $p; done"),
      errors: [{ messageId: "missingYes" }, { messageId: "missingYes" }],
    },
    {
      code: lines("# escape=`", DEBIAN, "RUN apt-get update; `", "    apt-get install curl || true"),
      output: lines("# escape=`", DEBIAN, "RUN apt-get update; `", "    apt-get install -y curl || true"),
      errors: [{ messageId: "missingYes", line: 4 }],
    },
    {
      code: lines(FEDORA, "RUN yum install httpd && dnf install nginx && microdnf install tar"),
      output: lines(FEDORA, "RUN yum install -y httpd && dnf install -y nginx && microdnf install -y tar"),
      errors: [
        { messageId: "missingYes", column: 5, endColumn: 16, data: { command: "yum install", option: "-y" } },
        { messageId: "missingYes", column: 26 },
        { messageId: "missingYes", column: 47 },
      ],
    },
    {
      code: lines(FEDORA, "RUN dnf group install 'Development Tools' && yum --enablerepo epel update"),
      output: lines(FEDORA, "RUN dnf group install -y 'Development Tools' && yum --enablerepo epel update -y"),
      errors: [{ messageId: "missingYes", column: 5, endColumn: 22 }, { messageId: "missingYes" }],
    },
    {
      code: lines("FROM opensuse/leap:15.6", "RUN zypper refresh && zypper in curl"),
      output: lines("FROM opensuse/leap:15.6", "RUN zypper refresh && zypper in -y curl"),
      errors: [{ messageId: "missingYes", column: 23, endColumn: 32, data: { command: "zypper in", option: "-y (or zypper -n)" } }],
    },
  ],
});
