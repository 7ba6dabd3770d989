import rule from "../../rules/no-maintainer.js";
import { lines, runRuleTests } from "../rule-tester.js";

runRuleTests("no-maintainer", rule, {
  valid: [
    lines("FROM alpine:3.20", 'LABEL org.opencontainers.image.authors="jane@example.com"'),
    // A label named maintainer is fine.
    lines("FROM alpine:3.20", 'LABEL maintainer="jane@example.com"'),
  ],
  invalid: [
    {
      code: lines("FROM alpine:3.20", "MAINTAINER Jane Doe <jane@example.com>", "RUN echo hi"),
      output: lines("FROM alpine:3.20", 'LABEL org.opencontainers.image.authors="Jane Doe <jane@example.com>"', "RUN echo hi"),
      errors: [{ messageId: "deprecated", line: 2, column: 1, endColumn: 39 }],
    },
    {
      code: lines("from alpine:3.20", "maintainer jane@example.com"),
      output: lines("from alpine:3.20", 'label org.opencontainers.image.authors="jane@example.com"'),
      errors: [{ messageId: "deprecated" }],
    },
    // Quotes, variables and continuations would change meaning inside the label's quotes: no fix.
    ...['MAINTAINER "Jane Doe"', "MAINTAINER $AUTHOR", "MAINTAINER Jane \\\n  Doe"].map((instruction) => ({
      code: lines("FROM alpine:3.20", instruction),
      output: null,
      errors: [{ messageId: "deprecated" as const }],
    })),
  ],
});
