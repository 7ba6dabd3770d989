import rule from "../../rules/apt-lists-cleanup.js";
import { lines, runRuleTests } from "../rule-tester.js";

const DEBIAN = "FROM debian:bookworm-slim";
const INSTALL = "apt-get install -y --no-install-recommends curl";

runRuleTests("apt-lists-cleanup", rule, {
  valid: [
    lines(DEBIAN, `RUN apt-get update && ${INSTALL} && rm -rf /var/lib/apt/lists/*`),
    lines(DEBIAN, `RUN apt-get update && ${INSTALL} && rm -r /var/lib/apt/lists`, `RUN apt update && rm -fr /var/lib/apt/lists/`),
    lines(DEBIAN, `RUN apt-get update && ${INSTALL} && apt-get clean && rm -rf /var/lib/apt/lists/* /tmp/*`),
    lines(DEBIAN, "RUN <<EOF", "apt-get update", INSTALL, "rm -rf /var/lib/apt/lists/*", "EOF"),
    // The lists never reach the layer.
    lines(DEBIAN, `RUN --mount=type=cache,target=/var/lib/apt/lists apt-get update && ${INSTALL}`),
    lines(DEBIAN, `RUN --mount=type=cache,target=/var/lib/apt,sharing=locked apt-get update && ${INSTALL}`),
    lines(DEBIAN, `RUN --mount=type=tmpfs,target=/var/lib/apt/lists apt-get update && ${INSTALL}`),
    // A build stage that neither the final stage nor its bases build FROM.
    lines(`${DEBIAN} AS build`, `RUN apt-get update && ${INSTALL}`, "RUN curl -o /app https://example.com/app", DEBIAN, "COPY --from=build /app /app"),
    // No update: nothing downloaded the lists.
    lines(DEBIAN, `RUN ${INSTALL}`, "RUN echo apt-get update", 'RUN ["apt-get", "update"]'),
    lines(DEBIAN, 'SHELL ["pwsh", "-Command"]', "RUN apt-get update"),
  ],
  invalid: [
    {
      code: lines(DEBIAN, `RUN apt-get update && ${INSTALL}`),
      output: lines(DEBIAN, `RUN apt-get update && ${INSTALL} && rm -rf /var/lib/apt/lists/*`),
      errors: [{ messageId: "listsLeft", line: 2, column: 5, endLine: 2, endColumn: 19, data: { command: "apt-get update" } }],
    },
    {
      code: lines(DEBIAN, `RUN set -eux; sudo apt-get update; env DEBIAN_FRONTEND=noninteractive ${INSTALL};`),
      output: lines(DEBIAN, `RUN set -eux; sudo apt-get update; env DEBIAN_FRONTEND=noninteractive ${INSTALL} && rm -rf /var/lib/apt/lists/*;`),
      errors: [{ messageId: "listsLeft", column: 20 }],
    },
    {
      // Continuations with a comment line; the fix goes after the last command.
      code: lines(DEBIAN, "RUN apt-get update \\", "    # tools", `    && ${INSTALL} \\`, "       wget"),
      output: lines(DEBIAN, "RUN apt-get update \\", "    # tools", `    && ${INSTALL} \\`, "       wget && rm -rf /var/lib/apt/lists/*"),
      errors: [{ messageId: "listsLeft", line: 2 }],
    },
    {
      code: lines("# escape=`", DEBIAN, "RUN apt-get update && `", `    ${INSTALL}`),
      output: lines("# escape=`", DEBIAN, "RUN apt-get update && `", `    ${INSTALL} && rm -rf /var/lib/apt/lists/*`),
      errors: [{ messageId: "listsLeft", line: 3 }],
    },
    {
      code: lines(DEBIAN, `RUN ["sh", "-c", "apt-get update && ${INSTALL}"]`),
      output: lines(DEBIAN, `RUN ["sh", "-c", "apt-get update && ${INSTALL} && rm -rf /var/lib/apt/lists/*"]`),
      errors: [{ messageId: "listsLeft", column: 19 }],
    },
    {
      code: lines(DEBIAN, "RUN <<EOF", "set -e", "apt-get update", INSTALL, "EOF"),
      output: lines(DEBIAN, "RUN <<EOF", "set -e", "apt-get update", INSTALL, "rm -rf /var/lib/apt/lists/*", "EOF"),
      errors: [{ messageId: "listsLeft", line: 4, column: 1 }],
    },
    {
      // Without set -e, an appended last line would decide the RUN's status and hide a failed install.
      code: lines(DEBIAN, "RUN <<EOF bash", "apt-get update", INSTALL, "EOF"),
      output: null,
      errors: [{ messageId: "listsLeft", line: 3 }],
    },
    {
      code: lines(DEBIAN, "ONBUILD RUN apt update && apt install -y curl"),
      output: lines(DEBIAN, "ONBUILD RUN apt update && apt install -y curl && rm -rf /var/lib/apt/lists/*"),
      errors: [{ messageId: "listsLeft", column: 13, data: { command: "apt update" } }],
    },
    {
      // Shapes a fix cannot safely extend: reported without a fix.
      code: lines(DEBIAN, `RUN if [ -n "$X" ]; then apt-get update && ${INSTALL}; fi`),
      output: null,
      errors: [{ messageId: "listsLeft" }],
    },
    {
      code: lines(DEBIAN, `RUN apt-get update && ${INSTALL} | tee /log || true`),
      output: null,
      errors: [{ messageId: "listsLeft" }],
    },
    {
      code: lines(DEBIAN, `RUN (apt-get update && ${INSTALL})`),
      output: null,
      errors: [{ messageId: "listsLeft" }],
    },
    {
      // A trailing comment stays last.
      code: lines(DEBIAN, `RUN apt-get update && ${INSTALL} # done`),
      output: lines(DEBIAN, `RUN apt-get update && ${INSTALL} && rm -rf /var/lib/apt/lists/* # done`),
      errors: [{ messageId: "listsLeft" }],
    },
    {
      // A cache mount on another folder does not keep the lists out.
      code: lines(DEBIAN, `RUN --mount=type=cache,target=/var/cache/apt apt-get update && ${INSTALL}`),
      output: lines(DEBIAN, `RUN --mount=type=cache,target=/var/cache/apt apt-get update && ${INSTALL} && rm -rf /var/lib/apt/lists/*`),
      errors: [{ messageId: "listsLeft" }],
    },
    {
      // The final stage builds FROM this stage, so its files are in the image.
      code: lines(`${DEBIAN} AS base`, "RUN apt-get update && apt-get install -y curl", "FROM base"),
      output: lines(`${DEBIAN} AS base`, "RUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*", "FROM base"),
      errors: [{ messageId: "listsLeft", line: 2 }],
    },
  ],
});
