import rule from "../../rules/no-empty-continuation.js";
import { lines, runRuleTests } from "../rule-tester.js";

runRuleTests("no-empty-continuation", rule, {
  valid: [
    lines("FROM alpine:3.20", "RUN apk add \\", "    curl \\", "    git"),
    // A comment line is not empty.
    lines("FROM alpine:3.20", "EXPOSE \\", "# Port", "80"),
    // Empty lines between instructions are fine.
    lines("FROM alpine:3.20", "", "RUN echo hi", ""),
    // Heredoc bodies are read verbatim.
    lines("FROM alpine:3.20", "RUN <<EOF", "echo a \\", "", "echo b", "EOF"),
  ],
  invalid: [
    {
      code: lines("FROM alpine:3.20", "RUN apk add \\", "", "    gnupg \\", "   ", "    curl"),
      output: lines("FROM alpine:3.20", "RUN apk add \\", "    gnupg \\", "    curl"),
      errors: [{ messageId: "emptyLine", data: { instruction: "RUN" }, line: 3, column: 1 }],
    },
    {
      code: "FROM alpine:3.20\r\nEXPOSE \\\r\n\r\n\r\n80\r\n",
      output: "FROM alpine:3.20\r\nEXPOSE \\\r\n80\r\n",
      errors: [{ messageId: "emptyLine", data: { instruction: "EXPOSE" }, line: 3 }],
    },
  ],
});
