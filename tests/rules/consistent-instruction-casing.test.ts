import rule from "../../rules/consistent-instruction-casing.js";
import { lines, runRuleTests } from "../rule-tester.js";

runRuleTests("consistent-instruction-casing", rule, {
  valid: [
    lines("FROM alpine:3.20", "RUN echo hello > /greeting.txt", 'ENTRYPOINT ["cat", "/greeting.txt"]'),
    lines("from alpine:3.20", "run echo hello > /greeting.txt", "onbuild run echo"),
    // HEALTHCHECK's CMD is not an instruction keyword.
    lines("FROM alpine:3.20", "HEALTHCHECK cmd true"),
  ],
  invalid: [
    {
      code: lines("From alpine:3.20", "Run echo hello > /greeting.txt", 'EntRYpOiNT ["cat", "/greeting.txt"]'),
      output: lines("FROM alpine:3.20", "RUN echo hello > /greeting.txt", 'ENTRYPOINT ["cat", "/greeting.txt"]'),
      errors: [
        { messageId: "inconsistent", data: { keyword: "From", casing: "upper", expected: "FROM" }, line: 1, column: 1, endColumn: 5 },
        { messageId: "inconsistent", line: 2 },
        { messageId: "inconsistent", line: 3 },
      ],
    },
    {
      // The majority is lower case.
      code: lines("from alpine:3.20", "run echo", "COPY . /app", "ONBUILD run echo"),
      output: lines("from alpine:3.20", "run echo", "copy . /app", "onbuild run echo"),
      errors: [
        { messageId: "inconsistent", data: { keyword: "COPY", casing: "lower", expected: "copy" }, line: 3 },
        { messageId: "inconsistent", line: 4 },
      ],
    },
    {
      // A tie goes to upper case.
      code: lines("FROM alpine:3.20", "run echo"),
      output: lines("FROM alpine:3.20", "RUN echo"),
      errors: [{ messageId: "inconsistent", line: 2 }],
    },
  ],
});
