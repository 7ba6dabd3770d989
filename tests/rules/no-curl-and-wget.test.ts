import rule from "../../rules/no-curl-and-wget.js";
import { lines, runRuleTests } from "../rule-tester.js";

const FROM = "FROM debian:12.7";

runRuleTests("no-curl-and-wget", rule, {
  valid: [
    lines(FROM, "RUN curl -fsSLO https://example.com/a.tgz && curl -fsSLO https://example.com/b.tgz"),
    lines(FROM, "RUN wget -q https://example.com/a.tgz", "RUN wget -q https://example.com/b.tgz"),
    // Different stages are different images.
    lines("FROM debian:12.7 AS fetch", "RUN curl -fsSLO https://example.com/a.tgz", FROM, "RUN wget -q https://example.com/b.tgz"),
    // Installing or naming a tool is not using it.
    lines(FROM, "RUN apt-get install -y curl wget && echo wget"),
    lines(FROM, 'RUN ["wget", "-q", "https://example.com/a"]', "RUN curl -fsSLO https://example.com/b"),
  ],
  invalid: [
    {
      code: lines(FROM, "RUN curl -fsSLO https://example.com/a.tgz", "RUN wget -q https://example.com/b.tgz"),
      errors: [{ messageId: "bothTools", line: 3, column: 5, endColumn: 9, data: { first: "curl", second: "wget", line: "2" } }],
    },
    {
      code: lines(FROM, "RUN wget -qO- https://example.com/a | tar -xz && sudo curl -fsSLO https://example.com/b \\", "    && curl -fsSLO https://example.com/c"),
      errors: [
        { messageId: "bothTools", line: 2, column: 55, data: { first: "wget", second: "curl", line: "2" } },
        { messageId: "bothTools", line: 3, column: 8 },
      ],
    },
    {
      code: lines(FROM, "RUN <<EOF", "curl -fsSLO https://example.com/a", "EOF", 'RUN ["sh", "-c", "wget -q https://example.com/b"]'),
      errors: [{ messageId: "bothTools", line: 5, column: 19 }],
    },
  ],
});
