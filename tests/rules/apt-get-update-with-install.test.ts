import rule from "../../rules/apt-get-update-with-install.js";
import { lines, runRuleTests } from "../rule-tester.js";

const DEBIAN = "FROM debian:bookworm-slim";
const INSTALL = "RUN apt-get install -y --no-install-recommends curl";

runRuleTests("apt-get-update-with-install", rule, {
  valid: [
    lines(DEBIAN, "RUN apt-get update && apt-get install -y curl"),
    lines(DEBIAN, "RUN apt-get update && apt-get -y upgrade", INSTALL),
    lines(DEBIAN, "RUN <<EOF", "apt-get update", "apt-get install -y curl", "EOF"),
    // No later install to go stale.
    lines(DEBIAN, "RUN apt-get update", "RUN pip install flask"),
    // The install runs in a stage that does not build on this one.
    lines(`${DEBIAN} AS a`, "RUN apt-get update", `${DEBIAN} AS b`, INSTALL),
    lines(DEBIAN, "RUN echo apt-get update", INSTALL),
  ],
  invalid: [
    {
      code: lines(DEBIAN, "RUN apt-get update", INSTALL),
      errors: [{ messageId: "updateAlone", line: 2, column: 5, endLine: 2, endColumn: 19, data: { command: "apt-get update", line: "3" } }],
    },
    {
      code: lines(DEBIAN, "RUN sudo apt update -q && echo done", "RUN apt install -y curl"),
      errors: [{ messageId: "updateAlone", column: 10, data: { command: "apt update", line: "3" } }],
    },
    {
      code: lines(`${DEBIAN} AS base`, 'RUN ["sh", "-c", "apt-get update"]', "FROM base", "RUN <<EOF", "apt-get install -y curl", "EOF"),
      errors: [{ messageId: "updateAlone", line: 2, data: { command: "apt-get update", line: "5" } }],
    },
    {
      code: lines(DEBIAN, "RUN <<EOF bash", "apt-get update", "EOF", INSTALL),
      errors: [{ messageId: "updateAlone", line: 3 }],
    },
  ],
});
