import rule from "../../rules/no-pipe-to-shell.js";
import { lines, runRuleTests } from "../rule-tester.js";

const FROM = "FROM debian:12.7";

runRuleTests("no-pipe-to-shell", rule, {
  valid: [
    lines(FROM, "RUN curl -fsSLo /tmp/install.sh https://example.com/install.sh \\", "    && echo \"$SUM  /tmp/install.sh\" | sha256sum -c - \\", "    && sh /tmp/install.sh"),
    lines(FROM, "RUN curl -fsSL https://example.com/a.tgz | tar -xz"),
    // The shell runs a -c script or a file, not its standard input.
    lines(FROM, "RUN curl -fsSL https://example.com/a | sh -c 'cat > /tmp/a'"),
    lines(FROM, "RUN curl -fsSL https://example.com/a | bash /opt/consume.sh"),
    // A shell before the download in the pipeline does not run it.
    lines(FROM, "RUN sh -c 'echo hi' | curl -d @- https://example.com"),
    lines(FROM, "RUN cat /tmp/install.sh | sh"),
    lines(FROM, 'RUN ["sh", "-c", "echo ok"]'),
  ],
  invalid: [
    {
      code: lines(FROM, "RUN curl -fsSL https://example.com/install.sh | sh"),
      errors: [{ messageId: "pipeToShell", line: 2, column: 49, endColumn: 51, data: { shell: "sh", tool: "curl" } }],
    },
    {
      code: lines(FROM, "RUN wget -qO- https://example.com/install.sh | sudo -E bash -s -- --yes"),
      errors: [{ messageId: "pipeToShell", column: 56, data: { shell: "bash", tool: "wget" } }],
    },
    {
      code: lines(FROM, "RUN set -e; \\", "    # install", "    curl -fsSL https://example.com/i.sh | tee /tmp/log | /bin/bash -"),
      errors: [{ messageId: "pipeToShell", line: 4, column: 58 }],
    },
    {
      code: lines(FROM, 'RUN sh -c "$(curl -fsSL https://example.com/install.sh)"'),
      errors: [{ messageId: "substitutionToShell", column: 5, data: { shell: "sh", tool: "curl" } }],
    },
    {
      code: lines(FROM, "RUN <<EOF", "if true; then bash <(wget -qO- https://example.com/i.sh); fi", "EOF"),
      errors: [{ messageId: "substitutionToShell", line: 3, column: 15 }],
    },
    {
      code: lines(FROM, 'RUN ["/bin/sh", "-c", "curl -fsSL https://example.com/i.sh | sh"]'),
      errors: [{ messageId: "pipeToShell", column: 62 }],
    },
    {
      code: lines(FROM, "ONBUILD RUN curl -fsSL https://example.com/i.sh | sh"),
      errors: [{ messageId: "pipeToShell", column: 51 }],
    },
  ],
});
