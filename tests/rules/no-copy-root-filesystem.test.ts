import rule from "../../rules/no-copy-root-filesystem.js";
import { lines, runRuleTests } from "../rule-tester.js";

runRuleTests("no-copy-root-filesystem", rule, {
  valid: [
    lines("FROM golang:1.23 AS build", "FROM debian:12-slim", "COPY --from=build /out /"),
    lines("FROM golang:1.23 AS build", "FROM debian:12-slim", "COPY --from=build / /opt/build/"),
    lines("FROM debian:12-slim", "COPY / /"),
    // Squashing a stage into one layer.
    lines("FROM debian:12-slim AS rootfs", "RUN apt-get update", "FROM scratch", "COPY --from=rootfs / /"),
    lines("FROM debian:12-slim", "ONBUILD COPY --from=x / /"),
  ],
  invalid: [
    {
      code: lines("FROM golang:1.23 AS build", "FROM debian:12-slim", "COPY --from=build / /"),
      errors: [{ messageId: "wholeFilesystem", data: { from: "build" }, line: 3, column: 1, endColumn: 22 }],
    },
    {
      code: lines("FROM debian:12-slim", 'COPY --from=docker.io/tonistiigi/xx:1.5 "/" "/."'),
      errors: [{ messageId: "wholeFilesystem", data: { from: "docker.io/tonistiigi/xx:1.5" } }],
    },
    {
      code: lines("FROM alpine:3.20", 'COPY --from=busybox:1.36 ["/", "//"]'),
      errors: [{ messageId: "wholeFilesystem" }],
    },
  ],
});
