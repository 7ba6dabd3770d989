/**
 * Non-negotiables over many inputs: no rule throws, a fix never makes a file parse worse, and a
 * second --fix pass changes nothing. Inputs are real-looking Dockerfiles cut at every line and
 * mangled deterministically.
 */
import { Linter } from "eslint";
import { describe, expect, it } from "vitest";
import plugin from "../index.js";

const SAMPLES = [
  [
    "# syntax=docker/dockerfile:1",
    "ARG BASE=python:3.12",
    "FROM ${BASE} AS build",
    "RUN --mount=type=cache,target=/root/.cache/pip pip install -r req.txt && \\",
    "  # comment inside",
    "  pip3 install flask",
    "RUN <<EOF bash",
    "set -e",
    "pip install x | tee log",
    "EOF",
    'RUN ["sh", "-c", "pip install \\"y\\""]',
    "COPY --from=build --chown=app:app . /app",
    "ONBUILD RUN pip install z",
    "ENV A=1 B=\"two words\"",
    "HEALTHCHECK --interval=5s CMD curl -f http://localhost/ || exit 1",
    "CMD python run.py",
    "ENTRYPOINT gunicorn app:app",
    "",
  ].join("\n"),
  ["# escape=`", "FROM mcr.microsoft.com/windows/servercore", 'SHELL ["powershell", "-Command"]', "RUN pip install `", "  x", "CMD run.exe", ""].join("\r\n"),
  ["FROM alpine", "RUN apk add curl\rCMD sh -c 'echo $HOME'", "FROM scratch", "COPY --from=0 / /", ""].join("\n"),
];

const MANGLERS: ((text: string, at: number) => string)[] = [
  (text, at) => text.slice(0, at),
  (text, at) => text.slice(0, at) + "\\\n" + text.slice(at),
  (text, at) => text.slice(0, at) + '"' + text.slice(at),
  (text, at) => text.slice(0, at) + "<<" + text.slice(at),
  (text, at) => text.slice(0, at) + "\r" + text.slice(at),
  (text, at) => text.slice(0, at) + "$" + "{" + text.slice(at),
  (text, at) => text.slice(0, at) + "[" + text.slice(at),
  (text, at) => text.slice(0, at) + text.slice(at + 3),
];

function inputs(): string[] {
  const result = new Set<string>();
  for (const sample of SAMPLES) {
    result.add(sample);
    for (let at = 0; at <= sample.length; at += 7) {
      for (const mangle of MANGLERS) result.add(mangle(sample, at));
    }
  }
  return [...result];
}

const config = [{ ...plugin.configs.all[0], files: ["**/Dockerfile"] }] as Linter.Config[];

function lint(linter: Linter, text: string): Linter.LintMessage[] {
  return linter.verify(text, config, "Dockerfile");
}

const isFatal = (messages: Linter.LintMessage[]) => messages.some((message) => message.fatal);

describe("robustness", () => {
  const all = inputs();

  it(`lints ${all.length} mangled Dockerfiles without a rule throwing`, () => {
    const linter = new Linter({ configType: "flat" });
    for (const text of all) expect(() => lint(linter, text), JSON.stringify(text)).not.toThrow();
  });

  it("never fixes a file into one that parses worse, and a second --fix changes nothing", () => {
    const linter = new Linter({ configType: "flat" });
    let fixed = 0;
    for (const text of all) {
      const before = isFatal(lint(linter, text));
      const first = linter.verifyAndFix(text, config, "Dockerfile");
      if (!first.fixed) continue;
      fixed++;
      if (!before) expect(isFatal(lint(linter, first.output)), JSON.stringify(text)).toBe(false);
      const second = linter.verifyAndFix(first.output, config, "Dockerfile");
      expect(second.output, JSON.stringify(text)).toBe(first.output);
    }
    expect(fixed).toBeGreaterThan(50);
  });
});
