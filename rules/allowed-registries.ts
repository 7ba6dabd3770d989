/**
 * Organisations often allow images only from registries they trust or mirror (their own, a
 * vendor's). Base images and `COPY --from=<image>` both pull from a registry; this rule checks
 * both against a list of allowed registries, with globs (`*.azurecr.io`).
 */
import { minimatch } from "minimatch";
import { parseImageReference } from "../lib/analysis/image-reference.js";
import type { DockerfileNode } from "../lib/dockerfile/ast.js";
import { createDockerfileRule } from "../lib/rule.js";
import { stringListOption } from "../lib/rule-options.js";

type Options = [{ allowedRegistries: string[] }];

/** Names of Docker Hub, where images without a registry come from. */
const DOCKER_HUB = new Set(["docker.io", "index.docker.io", "registry-1.docker.io"]);

export default createDockerfileRule<{ RuleOptions: Options; MessageIds: "notAllowed" }>("allowed-registries", {
  meta: {
    type: "problem",
    docs: {
      description: "Require images to come from allowed registries",
      recommended: false,
      strict: true,
      hadolint: ["DL3026"],
      buildkit: [],
    },
    schema: [
      {
        type: "object",
        properties: {
          allowedRegistries: stringListOption('Registry hosts images may come from, globs allowed (e.g. "docker.io", "ghcr.io", "*.dkr.ecr.*.amazonaws.com"). Images without a registry come from "docker.io". Empty: every registry is allowed.'),
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ allowedRegistries: [] }],
    messages: {
      notAllowed: '{{what}} "{{image}}" comes from the registry "{{registry}}", which is not one of the allowed registries ({{allowed}}). Use an image from an allowed registry.',
    },
  },
  create(context) {
    const { analysis } = context.sourceCode;
    const allowed = context.options[0].allowedRegistries;

    function isAllowed(registry: string): boolean {
      return allowed.some((pattern) => minimatch(registry, pattern.toLowerCase(), { nocase: true }));
    }

    function check(node: DockerfileNode, what: string, image: string): void {
      const reference = parseImageReference(image);
      if (!reference) return;
      const host = reference.registry?.toLowerCase() ?? "docker.io";
      const registry = DOCKER_HUB.has(host) ? "docker.io" : host;
      if (isAllowed(registry) || (registry !== host && isAllowed(host))) return;
      context.report({ node, messageId: "notAllowed", data: { what, image, registry, allowed: allowed.map((entry) => `"${entry}"`).join(", ") } });
    }

    return {
      Dockerfile() {
        if (allowed.length === 0) return;
        for (const stage of analysis.stages.stages) {
          if (stage.base.kind === "image" && stage.from.image) check(stage.from.image, "Base image", stage.baseName ?? stage.base.reference.raw);
        }
        for (const operation of analysis.copies.all) {
          const flag = operation.flags.get("from");
          if (flag && operation.origin.kind === "image") check(flag, "COPY --from image", operation.origin.name);
        }
      },
    };
  },
});
