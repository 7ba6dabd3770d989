/**
 * Docker's guidelines for label keys: namespaced in reverse DNS notation, lower-case letters,
 * digits, `.` and `-`, starting with a letter, no `..` or `--`, and never in the namespaces Docker
 * keeps for itself (`com.docker.*`, `io.docker.*`, `org.dockerproject.*`). Tools that read labels
 * (OCI annotations, registries, scanners) rely on them.
 */
import { createDockerfileRule } from "../lib/rule.js";

const RESERVED = ["com.docker.", "io.docker.", "org.dockerproject."];
const VALID_KEY = /^[a-z](?:[a-z0-9]|[.-](?=[a-z0-9]))*$/u;

export default createDockerfileRule<{ MessageIds: "reservedNamespace" | "invalidKey" | "renameKey" }>("valid-label-key", {
  meta: {
    type: "suggestion",
    docs: {
      description: "Require label keys to follow Docker's key format and stay out of its reserved namespaces",
      recommended: false,
      strict: true,
      hadolint: ["DL3048"],
      buildkit: [],
    },
    hasSuggestions: true,
    schema: [],
    defaultOptions: [],
    messages: {
      reservedNamespace: 'The label key "{{key}}" is in the namespace "{{namespace}}", which Docker reserves for its own use. Use your own reverse-DNS namespace (e.g. "com.example.{{rest}}").',
      invalidKey:
        'The label key "{{key}}" does not follow Docker\'s format: lower-case letters, digits, "." and "-", starting with a letter, without ".." or "--" and not ending with "." or "-".',
      renameKey: 'Rename the label to "{{lower}}".',
    },
  },
  create(context) {
    return {
      LABEL(node) {
        for (const pair of node.pairs) {
          const { key } = pair;
          if (key.includes("$")) continue;
          const namespace = RESERVED.find((prefix) => key.toLowerCase().startsWith(prefix));
          if (namespace) {
            context.report({ node: pair, messageId: "reservedNamespace", data: { key, namespace: `${namespace}*`, rest: key.slice(namespace.length) } });
            continue;
          }
          if (VALID_KEY.test(key)) continue;
          const lower = key.toLowerCase();
          const written = context.sourceCode.text.slice(...pair.keyRange);
          const range = pair.keyRange;
          context.report({
            node: pair,
            messageId: "invalidKey",
            data: { key },
            // Only a case change can be offered, and only as a suggestion: readers of the label look up its exact key.
            suggest: VALID_KEY.test(lower) && written === key ? [{ messageId: "renameKey", data: { lower }, fix: (fixer) => fixer.replaceTextRange(range, lower) }] : [],
          });
        }
      },
    };
  },
});
