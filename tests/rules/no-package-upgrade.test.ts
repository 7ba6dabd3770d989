import rule from "../../rules/no-package-upgrade.js";
import { lines, runRuleTests } from "../rule-tester.js";

const DEBIAN = "FROM debian:bookworm-slim";

runRuleTests("no-package-upgrade", rule, {
  valid: [
    lines(DEBIAN, "RUN apt-get update && apt-get install -y --only-upgrade openssl"),
    lines("FROM alpine:3.20", "RUN apk upgrade --no-cache openssl"),
    lines("FROM centos:7", "RUN yum update -y openssl && yum clean all"),
    lines("FROM opensuse/leap:15.6", "RUN zypper -n up openssl"),
    lines(DEBIAN, "RUN echo apt-get upgrade", 'RUN ["apt-get", "upgrade"]', "RUN pip install --upgrade pip"),
  ],
  invalid: [
    {
      code: lines(DEBIAN, "RUN apt-get update && apt-get -y upgrade"),
      errors: [{ messageId: "upgradeAll", line: 2, column: 23, endLine: 2, endColumn: 41, data: { command: "apt-get upgrade" } }],
    },
    {
      code: lines(DEBIAN, "RUN sudo apt-get dist-upgrade -y && apt full-upgrade -y"),
      errors: [{ messageId: "upgradeAll", column: 10 }, { messageId: "upgradeAll", data: { command: "apt full-upgrade" } }],
    },
    {
      code: lines("FROM alpine:3.20", "RUN apk upgrade --no-cache"),
      errors: [{ messageId: "upgradeAll", data: { command: "apk upgrade" } }],
    },
    {
      code: lines("FROM centos:7", "RUN yum -y update && dnf -y distro-sync && microdnf upgrade -y"),
      errors: [{ messageId: "upgradeAll" }, { messageId: "upgradeAll" }, { messageId: "upgradeAll" }],
    },
    {
      code: lines("FROM opensuse/leap:15.6", "RUN zypper -n dup", "RUN zypper --non-interactive dist-upgrade && zypper -n up"),
      errors: [{ messageId: "upgradeAll", line: 2 }, { messageId: "upgradeAll", line: 3 }, { messageId: "upgradeAll", line: 3 }],
    },
    {
      code: lines(DEBIAN, 'RUN ["sh", "-c", "apt-get -y upgrade"]', "RUN <<EOF", "apt-get -y upgrade", "EOF", "ONBUILD RUN apt-get -y upgrade"),
      errors: [{ messageId: "upgradeAll", line: 2 }, { messageId: "upgradeAll", line: 4 }, { messageId: "upgradeAll", line: 6 }],
    },
  ],
});
