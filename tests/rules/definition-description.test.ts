import rule from "../../rules/definition-description.js";
import { lines, runRuleTests } from "../rule-tester.js";

runRuleTests("definition-description", rule, {
  valid: [
    lines("# base is a stage for compiling source", "FROM scratch AS base", "# VERSION This is the version number.", "ARG VERSION=1"),
    lines("# a non-descriptive comment", "", "FROM scratch AS base", "# another non-descriptive comment", "", "ARG VERSION=1"),
    // A FROM without a stage name has nothing to describe.
    lines("# the runtime image", "FROM alpine:3.20"),
    // Any line of the comment block may start with the name.
    lines("# Build arguments:", "# VERSION is the release to package", "ARG VERSION=1"),
    // With several ARGs, any of their names.
    lines("FROM alpine:3.20", "# GID of the app user", "ARG UID=1000 GID=1000"),
    // Tool directives are not descriptions.
    lines("FROM alpine:3.20", "# eslint-disable-next-line dockerfile/no-secret-in-arg-env", "ARG TOKEN", "# hadolint ignore=DL3006", "FROM base AS app"),
  ],
  invalid: [
    {
      code: lines("# a non-descriptive comment", "FROM scratch AS base"),
      errors: [
        {
          messageId: "notDescription",
          data: { instruction: "FROM", name: "base" },
          line: 1,
          column: 1,
          suggestions: [{ messageId: "separate", output: lines("# a non-descriptive comment", "", "FROM scratch AS base") }],
        },
      ],
    },
    {
      code: "FROM alpine:3.20\r\n# the version\r\nARG VERSION=1 MODE\r\n",
      errors: [
        {
          messageId: "notDescription",
          data: { instruction: "ARG", name: 'VERSION" or "MODE' },
          line: 2,
          suggestions: [{ messageId: "separate", output: "FROM alpine:3.20\r\n# the version\r\n\r\nARG VERSION=1 MODE\r\n" }],
        },
      ],
    },
  ],
});
