import rule from "../../rules/stage-name-casing.js";
import { lines, runRuleTests } from "../rule-tester.js";

runRuleTests("stage-name-casing", rule, {
  valid: [
    lines("FROM alpine:3.20 AS builder-base", "FROM builder-base"),
    lines("FROM alpine:3.20"),
    // The image name is not a stage name.
    lines("FROM Alpine:3.20 AS build"),
  ],
  invalid: [
    {
      code: lines("FROM alpine:3.20 AS BuilderBase", "RUN echo hi"),
      output: lines("FROM alpine:3.20 AS builderbase", "RUN echo hi"),
      errors: [{ messageId: "notLowerCase", data: { name: "BuilderBase", lower: "builderbase" }, line: 1, column: 21, endColumn: 32 }],
    },
    {
      // Every literal reference is renamed: FROM <stage>, COPY --from, RUN --mount from.
      code: lines(
        "FROM golang:1.22 AS Build",
        "RUN go build -o /app .",
        "FROM Build AS Test",
        "FROM alpine:3.20",
        "COPY --from=BUILD /app /app",
        "COPY --from=build /app /app2",
        "RUN --mount=type=bind,from=Build,target=/src ls /src",
        "ONBUILD COPY --from=Build /a /b",
      ),
      output: lines(
        "FROM golang:1.22 AS build",
        "RUN go build -o /app .",
        // The second stage's rename overlaps the first's and waits for the next --fix pass.
        "FROM build AS Test",
        "FROM alpine:3.20",
        "COPY --from=build /app /app",
        "COPY --from=build /app /app2",
        "RUN --mount=type=bind,from=build,target=/src ls /src",
        "ONBUILD COPY --from=Build /a /b",
      ),
      errors: [
        { messageId: "notLowerCase", line: 1 },
        { messageId: "notLowerCase", line: 3 },
      ],
    },
  ],
});
