/**
 * EXPOSE records the ports the container listens on: `port[/protocol]`, a port (or range) within
 * 0-65535 and tcp, udp or sctp. Host ports and addresses belong to `docker run -p`; Docker ignores
 * them in EXPOSE today and BuildKit warns that they will become an error.
 */
import type { RuleFixer } from "@eslint/core";
import type { Argument, ExposeInstruction } from "../lib/dockerfile/ast.js";
import { parsePortSpec, portProblems, type PortProblem } from "../lib/analysis/port-spec.js";
import { createDockerfileRule } from "../lib/rule.js";

export default createDockerfileRule<{ MessageIds: PortProblem }>("valid-expose", {
  meta: {
    type: "problem",
    docs: {
      description: "Require EXPOSE to name valid container ports and protocols",
      recommended: true,
      strict: true,
      hadolint: ["DL3011"],
      buildkit: ["ExposeInvalidFormat", "ExposeProtoCasing"],
    },
    fixable: "code",
    schema: [],
    defaultOptions: [],
    messages: {
      hostMapping:
        "EXPOSE {{spec}} maps a host port or address, which EXPOSE ignores: it only records the container port, and publishing belongs to \"docker run -p\". Expose \"{{port}}\".",
      protocolCase: 'EXPOSE {{spec}}: write the protocol "{{protocol}}" in lower case ("{{lower}}").',
      unknownProtocol: 'EXPOSE {{spec}}: "{{protocol}}" is not a protocol Docker knows, and the build fails. Use tcp, udp or sctp.',
      invalidPort: "EXPOSE {{spec}}: \"{{port}}\" is not a valid port, and the build fails. Use a port from 0 to 65535, or a range such as 8000-8010.",
    },
  },
  create(context) {
    const { sourceCode } = context;
    const { analysis } = sourceCode;

    function checkWord(node: ExposeInstruction, argument: Argument): void {
      // Single quotes keep `$` literal; such words are rare enough to leave alone.
      if (argument.value.includes("'")) return;
      const raw = argument.value.replaceAll('"', "");
      if (raw.includes("$")) {
        const expansion = analysis.expand(raw, node);
        if (expansion.value === null || expansion.undeclared.length > 0) return;
        for (const word of expansion.value.split(/\s+/u).filter(Boolean)) report(argument, word, `"${raw}" (= "${word}")`, false);
        return;
      }
      report(argument, raw, `"${raw}"`, sourceCode.text.slice(...argument.range) === raw);
    }

    function report(argument: Argument, word: string, spec: string, fixable: boolean): void {
      const parsed = parsePortSpec(word);
      const start = argument.range[0];
      for (const problem of portProblems(parsed)) {
        const protocol = parsed.protocol ?? "";
        let fix: RuleFixer | null = null;
        if (fixable && problem === "hostMapping") {
          fix = (fixer) => fixer.removeRange([start, start + parsed.hostPart.length]);
        } else if (fixable && problem === "protocolCase") {
          const protocolStart = start + parsed.protocolStart;
          fix = (fixer) => fixer.replaceTextRange([protocolStart, protocolStart + protocol.length], protocol.toLowerCase());
        }
        const port = `${parsed.port}${parsed.protocol === null ? "" : `/${parsed.protocol}`}`;
        context.report({
          node: argument,
          messageId: problem,
          data: { spec, port: problem === "invalidPort" ? parsed.port : port, protocol, lower: protocol.toLowerCase() },
          fix,
        });
      }
    }

    return {
      EXPOSE(node) {
        for (const argument of node.arguments) checkWord(node, argument);
      },
    };
  },
});
