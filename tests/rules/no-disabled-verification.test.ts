import rule from "../../rules/no-disabled-verification.js";
import { lines, runRuleTests } from "../rule-tester.js";

const FROM = "FROM debian:12.7";
const TLS = "turns off the TLS certificate check";
const SIGNATURES = "turns off the package signature check";

runRuleTests("no-disabled-verification", rule, {
  valid: [
    lines(FROM, "RUN curl -fsSLO https://example.com/a.tgz && wget -q https://example.com/b.tgz"),
    lines(FROM, "RUN curl -K /etc/curlrc https://example.com && curl -o k https://example.com"),
    lines("FROM alpine:3.20", "RUN apk add --no-cache curl"),
    lines(FROM, "RUN apt-get install -y --no-install-recommends curl && apt-get -o Acquire::Retries=3 update"),
    lines(FROM, "RUN pip install --index-url https://pypi.example.com/simple flask"),
    lines(FROM, "RUN npm config set strict-ssl true && npm install --strict-ssl=true"),
    lines(FROM, "RUN git -c http.sslVerify=true clone https://example.com/r.git && git config --global http.sslVerify true"),
    lines(FROM, "RUN dnf install -y --setopt=install_weak_deps=False curl"),
    lines(FROM, "RUN echo --insecure -k --no-check-certificate"),
    lines(FROM, 'RUN ["curl", "-k", "https://example.com"]'),
    lines(FROM, "RUN curl -- -k"),
  ],
  invalid: [
    {
      code: lines(FROM, "RUN curl -fsSLk https://example.com/a.tgz && curl --insecure -O https://example.com/b"),
      errors: [
        { messageId: "verificationOff", line: 2, column: 10, endColumn: 16, data: { flag: "-fsSLk", what: TLS } },
        { messageId: "verificationOff", column: 51, endColumn: 61, data: { flag: "--insecure", what: TLS } },
      ],
    },
    {
      code: lines(FROM, "RUN sudo wget --no-check-certificate https://example.com/a"),
      errors: [{ messageId: "verificationOff", column: 15, data: { flag: "--no-check-certificate", what: TLS } }],
    },
    {
      code: lines("FROM alpine:3.20", "RUN apk add --no-cache --allow-untrusted /tmp/pkg.apk"),
      errors: [{ messageId: "verificationOff", column: 24, data: { flag: "--allow-untrusted", what: SIGNATURES } }],
    },
    {
      code: lines(FROM, "RUN apt-get -o Acquire::AllowInsecureRepositories=true update \\", "    # then install", "    && apt-get install -y --allow-unauthenticated foo"),
      errors: [
        { messageId: "verificationOff", line: 2, column: 16, data: { flag: "Acquire::AllowInsecureRepositories=true", what: SIGNATURES } },
        { messageId: "verificationOff", line: 4, column: 27, data: { flag: "--allow-unauthenticated", what: SIGNATURES } },
      ],
    },
    {
      code: lines("FROM fedora:40", "RUN dnf install -y --nogpgcheck foo && zypper --no-gpg-checks in bar"),
      errors: [{ messageId: "verificationOff", column: 20 }, { messageId: "verificationOff", column: 47 }],
    },
    {
      code: lines("FROM python:3.12-slim", "RUN pip install --trusted-host=pypi.example.com flask"),
      errors: [{ messageId: "verificationOff", column: 17, data: { flag: "--trusted-host=pypi.example.com", what: "lets pip download from that host without a valid TLS certificate" } }],
    },
    {
      code: lines("FROM node:22", "RUN npm config set strict-ssl false && npm install --strict-ssl=false && yarn config set strict-ssl=false"),
      errors: [
        { messageId: "verificationOff", column: 20, data: { flag: "strict-ssl", what: TLS } },
        { messageId: "verificationOff", column: 52 },
        { messageId: "verificationOff", column: 90 },
      ],
    },
    {
      code: lines(FROM, "RUN <<EOF", "git -c http.sslVerify=false clone https://example.com/r.git", "git config --global http.sslverify false", "GIT_SSL_NO_VERIFY=1 git pull", "EOF"),
      errors: [
        { messageId: "verificationOff", line: 3, column: 8 },
        { messageId: "verificationOff", line: 4, column: 21 },
        { messageId: "verificationOff", line: 5, column: 1, data: { flag: "GIT_SSL_NO_VERIFY", what: "turns off git's TLS certificate check" } },
      ],
    },
    {
      code: lines(FROM, 'RUN ["sh", "-c", "curl -k https://example.com"]'),
      errors: [{ messageId: "verificationOff", column: 24 }],
    },
    {
      code: lines(FROM, "ONBUILD RUN wget --no-check-certificate https://example.com"),
      errors: [{ messageId: "verificationOff", column: 18 }],
    },
  ],
});
