import rule from "../../rules/no-legacy-key-value.js";
import { lines, runRuleTests } from "../rule-tester.js";

runRuleTests("no-legacy-key-value", rule, {
  valid: [
    lines("FROM alpine:3.20", "ENV A=1 B=2", 'LABEL org.opencontainers.image.title="app"'),
    // ARG has no legacy form: these are two ARGs.
    lines("FROM alpine:3.20", "ARG foo bar"),
    lines("FROM alpine:3.20", 'ENV DEPS="curl git"'),
  ],
  invalid: [
    {
      code: lines("FROM alpine:3.20", "ENV PYTHONUNBUFFERED 1"),
      output: lines("FROM alpine:3.20", "ENV PYTHONUNBUFFERED=1"),
      errors: [{ messageId: "legacy", data: { instruction: "ENV", key: "PYTHONUNBUFFERED" }, line: 2, column: 5, endColumn: 23 }],
    },
    {
      code: lines("FROM alpine:3.20", "ENV PATH /opt/app/bin:$PATH", "ENV GREETING hello   world"),
      output: lines("FROM alpine:3.20", "ENV PATH=/opt/app/bin:$PATH", 'ENV GREETING="hello   world"'),
      errors: [{ messageId: "legacy", line: 2 }, { messageId: "legacy", line: 3 }],
    },
    {
      code: lines("FROM alpine:3.20", 'LABEL description "a small image"', "LABEL version\t'1.0'"),
      output: lines("FROM alpine:3.20", 'LABEL description="a small image"', "LABEL version='1.0'"),
      errors: [{ messageId: "legacy", data: { instruction: "LABEL", key: "description" } }, { messageId: "legacy" }],
    },
    // Quotes inside, escapes and continued values: quoting could change the value, so no fix.
    ...['ENV A a "b c"', "ENV A a\\ b", "ENV DEPS \\\n    curl \\\n    git"].map((instruction) => ({
      code: lines("FROM alpine:3.20", instruction),
      output: null,
      errors: [{ messageId: "legacy" as const }],
    })),
  ],
});
