/**
 * CMD and ENTRYPOINT in shell form run under `/bin/sh -c`, so the application is not PID 1 and
 * never receives SIGTERM from `docker stop`. The JSON (exec) form runs it directly.
 */
import type { CmdInstruction, EntrypointInstruction } from "../lib/dockerfile/ast.js";
import { createDockerfileRule } from "../lib/rule.js";

/** Words made only of these characters mean the same to a shell and to exec: no quoting, no expansion. */
const PLAIN_WORD = /^[A-Za-z0-9_./:=,@%+-]+$/u;

export default createDockerfileRule("exec-form-command", {
  meta: {
    type: "problem",
    docs: {
      description: "Require CMD and ENTRYPOINT to use the exec (JSON array) form",
      recommended: true,
      strict: true,
      hadolint: ["DL3025"],
      buildkit: ["JSONArgsRecommended"],
    },
    fixable: "code",
    schema: [],
    defaultOptions: [],
    messages: {
      shellForm:
        "{{instruction}} in shell form runs under /bin/sh -c: the process is not PID 1 and does not receive stop signals. Use the exec form: {{instruction}} [\"executable\", \"arg\"].",
    },
  },
  create(context) {
    const text = context.sourceCode.text;

    function check(node: CmdInstruction | EntrypointInstruction): void {
      if (node.form !== "shell" || !node.argumentsRange) return;
      const words = node.arguments.map((argument) => argument.value);
      const command = text.slice(...node.argumentsRange);
      const convertible = words.every((word) => PLAIN_WORD.test(word)) && /^[^\r\n]*$/u.test(command);
      context.report({
        node,
        messageId: "shellForm",
        data: { instruction: node.type },
        fix: convertible ? (fixer) => fixer.replaceTextRange(node.argumentsRange!, JSON.stringify(words).replaceAll('","', '", "')) : null,
      });
    }

    return { CMD: check, ENTRYPOINT: check };
  },
});
