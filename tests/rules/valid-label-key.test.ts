import rule from "../../rules/valid-label-key.js";
import { lines, runRuleTests } from "../rule-tester.js";

const stage = (...instructions: string[]) => lines("FROM python:3.12-slim", ...instructions);

runRuleTests("valid-label-key", rule, {
  valid: [
    stage('LABEL org.opencontainers.image.source="https://github.com/example/app" org.opencontainers.image.version=1.0'),
    stage("LABEL maintainer=team@example.com", "LABEL com.example.release-2024=yes", "LABEL com.example.v2=true"),
    stage('LABEL "com.example.vendor"="ACME"'),
    stage("LABEL $KEY=value"),
    stage("LABEL com.dockerhub.x=1"),
  ],
  invalid: [
    {
      code: stage("LABEL Version=1.0"),
      errors: [
        {
          messageId: "invalidKey",
          data: { key: "Version" },
          line: 2,
          column: 7,
          endColumn: 18,
          suggestions: [{ messageId: "renameKey", data: { lower: "version" }, output: stage("LABEL version=1.0") }],
        },
      ],
    },
    {
      code: stage("LABEL com.example..name=a com.example.name-=b 1abc=c com_example=d"),
      errors: [
        { messageId: "invalidKey", data: { key: "com.example..name" }, suggestions: [] },
        { messageId: "invalidKey", data: { key: "com.example.name-" }, suggestions: [] },
        { messageId: "invalidKey", data: { key: "1abc" }, suggestions: [] },
        { messageId: "invalidKey", data: { key: "com_example" }, suggestions: [] },
      ],
    },
    {
      code: stage("LABEL com.docker.compose.project=app io.docker.x=1 org.dockerproject.y=2"),
      errors: [
        { messageId: "reservedNamespace", data: { key: "com.docker.compose.project", namespace: "com.docker.*", rest: "compose.project" } },
        { messageId: "reservedNamespace", data: { key: "io.docker.x", namespace: "io.docker.*", rest: "x" } },
        { messageId: "reservedNamespace", data: { key: "org.dockerproject.y", namespace: "org.dockerproject.*", rest: "y" } },
      ],
    },
  ],
});
