import rule from "../../rules/no-consecutive-run.js";
import { lines, runRuleTests } from "../rule-tester.js";

const FROM = "FROM debian:12.7";

runRuleTests("no-consecutive-run", rule, {
  valid: [
    lines(FROM, "RUN apt-get update && apt-get install -y --no-install-recommends curl"),
    // Another instruction between them.
    lines(FROM, "RUN make", "WORKDIR /src", "RUN make install"),
    // Different flags.
    lines(FROM, "RUN --mount=type=cache,target=/root/.cache make", "RUN make install"),
    // More than two commands in one of them: a deliberate split.
    lines(FROM, "RUN a && b && c", "RUN d"),
    lines(FROM, "RUN a", "RUN b && c && d"),
    // Heredoc RUNs are scripts of their own.
    lines(FROM, "RUN <<EOF", "a", "EOF", "RUN b"),
    lines(FROM, "RUN a", "RUN <<EOF", "b", "EOF"),
    // Plain exec form and ONBUILD triggers.
    lines(FROM, 'RUN ["a"]', 'RUN ["b"]'),
    lines(FROM, "ONBUILD RUN a", "ONBUILD RUN b"),
    // Different stages.
    lines(FROM, "RUN a", FROM, "RUN b"),
  ],
  invalid: [
    {
      code: lines(FROM, "RUN apt-get update", "RUN apt-get install -y curl"),
      errors: [
        {
          messageId: "consecutiveRun",
          line: 3,
          column: 1,
          endColumn: 4,
          suggestions: [{ messageId: "merge", output: lines(FROM, "RUN apt-get update && \\", "    apt-get install -y curl") }],
        },
      ],
    },
    {
      code: lines(FROM, "RUN --mount=type=cache,target=/c a", "# comment", "RUN --mount=type=cache,target=/c b", "RUN --mount=type=cache,target=/c c"),
      errors: [
        // A comment between them would be lost: no suggestion.
        { messageId: "consecutiveRun", line: 4, suggestions: [] },
        { messageId: "consecutiveRun", line: 5, suggestions: [{ messageId: "merge", output: lines(FROM, "RUN --mount=type=cache,target=/c a", "# comment", "RUN --mount=type=cache,target=/c b && \\", "    c") }] },
      ],
    },
    {
      // cd, export and bare assignments would leak into the joined command; so would a pipeline
      // or list in the second RUN change when the first one's failure stops the build.
      code: lines(FROM, "RUN cd /src", "RUN make", "RUN X=1", "RUN make", "RUN a", "RUN b | c", "RUN d", "RUN e; f", "RUN g #x", "RUN h"),
      errors: [
        { messageId: "consecutiveRun", line: 3, suggestions: [] },
        { messageId: "consecutiveRun", line: 4, suggestions: 1 },
        { messageId: "consecutiveRun", line: 5, suggestions: [] },
        { messageId: "consecutiveRun", line: 6, suggestions: 1 },
        { messageId: "consecutiveRun", line: 7, suggestions: [] },
        { messageId: "consecutiveRun", line: 8, suggestions: 1 },
        { messageId: "consecutiveRun", line: 9, suggestions: [] },
        { messageId: "consecutiveRun", line: 10, suggestions: [] },
        { messageId: "consecutiveRun", line: 11, suggestions: [] },
      ],
    },
    {
      code: lines("# escape=`", FROM, "RUN a `", "    --flag", "RUN b"),
      errors: [{ messageId: "consecutiveRun", line: 5, suggestions: [{ messageId: "merge", output: lines("# escape=`", FROM, "RUN a `", "    --flag && `", "    b") }] }],
    },
    {
      code: lines(FROM, 'RUN ["sh", "-c", "a"]', "RUN b"),
      errors: [{ messageId: "consecutiveRun", line: 3, suggestions: [] }],
    },
  ],
});
