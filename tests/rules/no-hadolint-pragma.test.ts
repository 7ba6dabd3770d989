import rule from "../../rules/no-hadolint-pragma.js";
import { lines, runRuleTests } from "../rule-tester.js";

runRuleTests("no-hadolint-pragma", rule, {
  valid: [
    lines("FROM python:3.12-slim", "# install hadolint in CI", "RUN pip install flask"),
    lines("# hadolint is run by the pipeline", "FROM python:3.12-slim"),
    lines("FROM python:3.12-slim", "# eslint-disable-next-line dockerfile/no-cd-in-run -- legacy script", "RUN cd /app && make"),
    lines("FROM python:3.12-slim", "RUN echo '# hadolint ignore=DL3008'"),
  ],
  invalid: [
    {
      code: lines("FROM debian:12", "# hadolint ignore=DL3008,DL3015", "RUN apt-get install -y curl"),
      errors: [
        {
          messageId: "pragma",
          data: { pragma: "hadolint ignore=DL3008,DL3015" },
          line: 2,
          column: 1,
          suggestions: [{ messageId: "removePragma", output: lines("FROM debian:12", "RUN apt-get install -y curl") }],
        },
      ],
    },
    {
      code: lines("# hadolint global ignore=DL3006", "FROM debian", "  # Hadolint shell=bash", "RUN echo hi"),
      errors: [
        { messageId: "pragma", line: 1, suggestions: [{ messageId: "removePragma", output: lines("FROM debian", "  # Hadolint shell=bash", "RUN echo hi") }] },
        { messageId: "pragma", line: 3, column: 3, suggestions: [{ messageId: "removePragma", output: lines("# hadolint global ignore=DL3006", "FROM debian", "RUN echo hi") }] },
      ],
    },
    {
      code: "FROM debian:12\r\n#hadolint ignore=DL3007\r\nFROM debian:latest",
      errors: [{ messageId: "pragma", suggestions: [{ messageId: "removePragma", output: "FROM debian:12\r\nFROM debian:latest" }] }],
    },
  ],
});
