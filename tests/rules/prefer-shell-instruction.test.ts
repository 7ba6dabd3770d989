import rule from "../../rules/prefer-shell-instruction.js";
import { lines, runRuleTests } from "../rule-tester.js";

const FROM = "FROM debian:12.7";

runRuleTests("prefer-shell-instruction", rule, {
  valid: [
    lines(FROM, 'SHELL ["/bin/bash", "-c"]'),
    // /bin/sh as the link's source, or another link name.
    lines(FROM, "RUN ln -s /bin/sh /usr/local/bin/sh"),
    // One operand: a link named sh in the working directory.
    lines(FROM, "RUN ln -s /bin/sh"),
    lines(FROM, "RUN ln -sf /bin/bash /usr/local/bin/bash"),
    lines(FROM, "RUN echo ln -sf /bin/bash /bin/sh"),
    lines(FROM, 'RUN ["ln", "-sf", "/bin/bash", "/bin/sh"]'),
  ],
  invalid: [
    {
      code: lines(FROM, "RUN ln -sf /bin/bash /bin/sh"),
      errors: [{ messageId: "useShell", line: 2, column: 22, endColumn: 29 }],
    },
    {
      code: lines(FROM, "RUN rm /bin/sh && sudo ln -s bash /bin/sh"),
      errors: [{ messageId: "useShell", column: 35 }],
    },
    {
      code: lines(FROM, "RUN <<EOF", "ln -sfT /bin/bash /bin/sh", "EOF"),
      errors: [{ messageId: "useShell", line: 3, column: 19 }],
    },
    {
      code: lines(FROM, 'RUN ["sh", "-c", "ln -sf /bin/bash /bin/sh"]'),
      errors: [{ messageId: "useShell", column: 36 }],
    },
  ],
});
