import rule from "../../rules/no-multiple-instructions.js";
import { lines, runRuleTests } from "../rule-tester.js";

runRuleTests("no-multiple-instructions", rule, {
  valid: [
    lines("FROM python:3.12-alpine", "HEALTHCHECK --interval=5s CMD wget -q -O- http://localhost:8080", 'CMD ["python", "-m", "http.server", "8080"]'),
    // One per stage: a later stage may set its own.
    lines("FROM alpine:3.20 AS base", 'CMD ["sh"]', "FROM base", 'CMD ["ash"]'),
    // ONBUILD triggers run in another build.
    lines("FROM alpine:3.20", 'ONBUILD CMD ["a"]', 'CMD ["b"]'),
    lines("FROM alpine:3.20", 'ENTRYPOINT ["tini", "--"]', 'CMD ["app"]'),
  ],
  invalid: [
    {
      code: lines("FROM alpine:3.20", 'CMD ["echo", "Norway"]', 'CMD ["echo", "Sweden"]'),
      errors: [
        {
          messageId: "overridden",
          data: { instruction: "CMD", line: "3" },
          line: 2,
          column: 1,
          suggestions: [{ messageId: "remove", data: { instruction: "CMD", line: "3" }, output: lines("FROM alpine:3.20", 'CMD ["echo", "Sweden"]') }],
        },
      ],
    },
    {
      code: lines("FROM alpine:3.20", "HEALTHCHECK NONE", 'ENTRYPOINT ["a"]', "HEALTHCHECK CMD true", 'ENTRYPOINT ["b"]', 'ENTRYPOINT ["c"]'),
      errors: [
        { messageId: "overridden", data: { instruction: "HEALTHCHECK", line: "4" }, line: 2, suggestions: 1 },
        { messageId: "overridden", data: { instruction: "ENTRYPOINT", line: "6" }, line: 3, suggestions: 1 },
        { messageId: "overridden", data: { instruction: "ENTRYPOINT", line: "6" }, line: 5, suggestions: 1 },
      ],
    },
  ],
});
