import rule from "../../rules/useradd-no-log-init.js";
import { lines, runRuleTests } from "../rule-tester.js";

const FROM = "FROM debian:12.7";

runRuleTests("useradd-no-log-init", rule, {
  valid: [
    lines(FROM, "RUN useradd -l -u 123456 app"),
    lines(FROM, "RUN useradd --no-log-init --uid 123456 app"),
    lines(FROM, "RUN useradd -lmu 123456 app"),
    // Five digits or fewer: hadolint's threshold.
    lines(FROM, "RUN useradd -u 10001 app"),
    lines(FROM, "RUN useradd app"),
    // A UID that cannot be resolved is not reported.
    lines(FROM, "RUN useradd -u \"$APP_UID\" app"),
    lines(FROM, "RUN echo useradd -u 123456 app"),
    lines(FROM, 'RUN ["useradd", "-u", "123456", "app"]'),
  ],
  invalid: [
    {
      code: lines(FROM, "RUN useradd -u 123456 app"),
      output: lines(FROM, "RUN useradd -l -u 123456 app"),
      errors: [{ messageId: "missingNoLogInit", line: 2, column: 5, endColumn: 12, data: { uid: "123456" } }],
    },
    {
      code: lines(FROM, "RUN groupadd -g 1000000 app && sudo useradd --uid=1000000 -g app app"),
      output: lines(FROM, "RUN groupadd -g 1000000 app && sudo useradd -l --uid=1000000 -g app app"),
      errors: [{ messageId: "missingNoLogInit", column: 37, data: { uid: "1000000" } }],
    },
    {
      code: lines(FROM, "ARG APP_UID=200000", "RUN set -e; \\", "    # the app user", "    useradd -m -u ${APP_UID} app"),
      output: lines(FROM, "ARG APP_UID=200000", "RUN set -e; \\", "    # the app user", "    useradd -l -m -u ${APP_UID} app"),
      errors: [{ messageId: "missingNoLogInit", line: 5, column: 5, data: { uid: "200000" } }],
    },
    {
      code: lines(FROM, 'RUN ["sh", "-c", "useradd -u 123456 app"]'),
      output: lines(FROM, 'RUN ["sh", "-c", "useradd -l -u 123456 app"]'),
      errors: [{ messageId: "missingNoLogInit", column: 19 }],
    },
    {
      code: lines(FROM, "RUN <<EOF", "useradd -u 123456 app", "EOF"),
      output: lines(FROM, "RUN <<EOF", "useradd -l -u 123456 app", "EOF"),
      errors: [{ messageId: "missingNoLogInit", line: 3, column: 1 }],
    },
    {
      code: lines("# escape=`", FROM, "RUN if true; then `", "    env LANG=C useradd -u 123456 app; fi"),
      output: lines("# escape=`", FROM, "RUN if true; then `", "    env LANG=C useradd -l -u 123456 app; fi"),
      errors: [{ messageId: "missingNoLogInit", line: 4, column: 16 }],
    },
    {
      code: lines(FROM, "RUN (groupadd -r app) && for u in app; do useradd -r -u 999999 -g app $u; done"),
      output: lines(FROM, "RUN (groupadd -r app) && for u in app; do useradd -l -r -u 999999 -g app $u; done"),
      errors: [{ messageId: "missingNoLogInit", column: 43 }],
    },
    {
      code: lines(FROM, "ONBUILD RUN useradd -u123456 app"),
      output: lines(FROM, "ONBUILD RUN useradd -l -u123456 app"),
      errors: [{ messageId: "missingNoLogInit", column: 13 }],
    },
  ],
});
