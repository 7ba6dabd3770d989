import rule from "../../rules/from-first.js";
import { lines, runRuleTests } from "../rule-tester.js";

runRuleTests("from-first", rule, {
  valid: [
    lines("FROM python:3.12-slim", "RUN pip install flask"),
    lines("# syntax=docker/dockerfile:1", "# A comment", "", "ARG PYTHON=3.12", "ARG VARIANT=slim", "FROM python:${PYTHON}-${VARIANT}"),
    // A fragment without FROM (a README example) is not a whole Dockerfile.
    lines("RUN pip install flask", "COPY . /app"),
  ],
  invalid: [
    {
      code: lines("LABEL maintainer=me", "FROM python:3.12-slim"),
      errors: [{ messageId: "beforeFrom", data: { keyword: "LABEL" }, line: 1, column: 1, endColumn: 20 }],
    },
    {
      code: lines("ARG BASE=python:3.12-slim", "env A=1", "RUN echo $A", "FROM $BASE"),
      errors: [
        { messageId: "beforeFrom", data: { keyword: "ENV" }, line: 2 },
        { messageId: "beforeFrom", data: { keyword: "RUN" }, line: 3 },
      ],
    },
  ],
});
