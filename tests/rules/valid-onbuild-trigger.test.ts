import rule from "../../rules/valid-onbuild-trigger.js";
import { lines, runRuleTests } from "../rule-tester.js";

runRuleTests("valid-onbuild-trigger", rule, {
  valid: [
    lines("FROM python:3.12-slim", "ONBUILD COPY . /app", "ONBUILD RUN pip install -r /app/requirements.txt"),
    lines("FROM node:20", "ONBUILD ADD . /src"),
    lines("FROM node:20", "ONBUILD LABEL maintainer=someone"),
    lines("FROM node:20", "# ONBUILD ONBUILD is refused", "RUN echo onbuild from"),
  ],
  invalid: [
    {
      code: lines("FROM node:20", "ONBUILD ONBUILD RUN make"),
      errors: [{ messageId: "refusedTrigger", data: { keyword: "ONBUILD" }, line: 2, column: 9, endColumn: 25 }],
    },
    {
      code: lines("FROM node:20", "onbuild from alpine:3.20"),
      errors: [{ messageId: "refusedTrigger", data: { keyword: "FROM" }, line: 2, column: 9 }],
    },
    {
      code: lines("FROM node:20", "ONBUILD MAINTAINER someone@example.com"),
      errors: [{ messageId: "refusedTrigger", data: { keyword: "MAINTAINER" } }],
    },
  ],
});
