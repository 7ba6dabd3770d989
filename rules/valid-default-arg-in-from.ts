/**
 * A plain `docker build`, with no --build-arg, must produce a valid base image name: with only the
 * ARG defaults, `ARG TAG` + `FROM busybox:${TAG}` asks for `busybox:`, which fails. BuildKit's
 * InvalidDefaultArgInFrom. Platform ARGs stand for a real platform; undeclared names are
 * no-undefined-arg-in-from's business.
 */
import { parseImageReference } from "../lib/analysis/image-reference.js";
import { expandVariables } from "../lib/analysis/variable-expansion.js";
import { createDockerfileRule } from "../lib/rule.js";

/** What BuildKit gives the platform ARGs on a typical machine; only validity matters here. */
const PLATFORM_SAMPLE: Record<string, string> = {
  TARGETPLATFORM: "linux/amd64",
  TARGETOS: "linux",
  TARGETARCH: "amd64",
  TARGETVARIANT: "",
  BUILDPLATFORM: "linux/amd64",
  BUILDOS: "linux",
  BUILDARCH: "amd64",
  BUILDVARIANT: "",
};

export default createDockerfileRule("valid-default-arg-in-from", {
  meta: {
    type: "problem",
    docs: {
      description: "Require FROM to name a valid image when build arguments keep their defaults",
      recommended: true,
      strict: true,
      hadolint: [],
      buildkit: ["InvalidDefaultArgInFrom"],
    },
    schema: [],
    defaultOptions: [],
    messages: {
      invalid:
        'With the ARG defaults, "{{written}}" becomes "{{expanded}}", which is not a valid image name, so a build without --build-arg fails. Give {{names}} a default, or a fallback such as ${{{first}}:-<value>}.',
    },
  },
  create(context) {
    const { stages, escapeCharacter } = context.sourceCode.analysis;
    // The global ARGs with only their defaults: no default is an empty string, as in a plain build.
    const defaults = new Map<string, string>(Object.entries(PLATFORM_SAMPLE));
    const lookup = (name: string): string | undefined => defaults.get(name) ?? (stages.globalScope.lookup(name) === null ? "" : undefined);
    for (const instruction of stages.globalInstructions) {
      if (instruction.type !== "ARG") continue;
      for (const pair of instruction.pairs) {
        defaults.set(pair.key, pair.value === null ? (defaults.get(pair.key) ?? "") : (expandVariables(pair.value, lookup, escapeCharacter).value ?? ""));
      }
    }
    const withoutDefault = new Set(
      stages.globalInstructions.flatMap((instruction) => (instruction.type === "ARG" ? instruction.pairs.filter((pair) => pair.value === null).map((pair) => pair.key) : [])),
    );
    return {
      FROM(node, parent) {
        if (parent?.type === "ONBUILD" || !node.image || !node.image.value.includes("$")) return;
        const written = node.image.value;
        const expansion = expandVariables(written, lookup, escapeCharacter);
        if (expansion.undeclared.length > 0 || expansion.value === null) return;
        if (parseImageReference(expansion.value) !== null) return;
        const empty = expansion.references.filter((name) => withoutDefault.has(name));
        const names = empty.length > 0 ? empty : expansion.references;
        context.report({
          node: node.image,
          messageId: "invalid",
          data: {
            written,
            expanded: expansion.value,
            names: names.map((name) => `ARG ${name}`).join(", "),
            first: names[0] ?? "NAME",
          },
        });
      },
    };
  },
});
