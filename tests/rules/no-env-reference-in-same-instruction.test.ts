import rule from "../../rules/no-env-reference-in-same-instruction.js";
import { lines, runRuleTests } from "../rule-tester.js";

const stage = (...instructions: string[]) => lines("FROM python:3.12-slim", ...instructions);

runRuleTests("no-env-reference-in-same-instruction", rule, {
  valid: [
    stage("ENV APP_HOME=/app", "ENV APP_DATA=$APP_HOME/data"),
    stage("ENV PATH=/opt/venv/bin:$PATH"),
    stage("ENV VIRTUAL_ENV=/opt/venv PATH=/opt/venv/bin:$PATH"),
    // A later key does not matter: the reference reads the old value as written.
    stage("ENV B=$A A=1"),
    stage("ENV A=1 B='$A'"),
    stage("ENV A=1 B=\\$A"),
    stage("ENV A 1"),
    stage("ARG A=1", "ENV B=$A"),
  ],
  invalid: [
    {
      code: stage("ENV APP_HOME=/app APP_DATA=$APP_HOME/data"),
      errors: [
        {
          messageId: "sameInstruction",
          data: { key: "APP_DATA", name: "APP_HOME", before: "unset here, so empty unless the base image sets it" },
          line: 2,
          column: 29,
          endColumn: 37,
          suggestions: [{ messageId: "splitEnv", data: { key: "APP_DATA" }, output: stage("ENV APP_HOME=/app", "ENV APP_DATA=$APP_HOME/data") }],
        },
      ],
    },
    {
      code: stage("ENV A=old", "env A=new \\", '    B="${A:-x}/y"'),
      errors: [
        {
          messageId: "sameInstruction",
          data: { key: "B", name: "A", before: '"old"' },
          line: 4,
          suggestions: [{ messageId: "splitEnv", output: stage("ENV A=old", "env A=new", 'env B="${A:-x}/y"') }],
        },
      ],
    },
    {
      code: stage("ARG VERSION", "ENV VERSION=1 TAG=v$VERSION"),
      errors: [
        {
          messageId: "sameInstruction",
          data: { key: "TAG", name: "VERSION", before: "a value given at build time" },
          suggestions: [{ messageId: "splitEnv", output: stage("ARG VERSION", "ENV VERSION=1", "ENV TAG=v$VERSION") }],
        },
      ],
    },
  ],
});
