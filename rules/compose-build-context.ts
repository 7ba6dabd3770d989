/**
 * `docker compose build` fails when a service's `build.context` folder or its `build.dockerfile`
 * does not exist. Paths are checked on disk, but only inside the compose file's folder tree:
 * contexts elsewhere, URLs (Git, HTTP) and values with `${...}` interpolation are not checked.
 */
import fs from "node:fs";
import path from "node:path";
import { createComposeRule } from "../lib/rule.js";
import { asString, composeServices, valueOf } from "../lib/analysis/compose-file.js";

type Kind = "folder" | "file";

const REMOTE_CONTEXT = /^(?:[a-z][a-z0-9+.-]*:\/\/|git@|github\.com\/)/iu;

/** What is at `target`: a folder, a file, or nothing; null when it lies outside `root` (not looked at). */
function entryAt(root: string, target: string): Kind | "missing" | null {
  const relative = path.relative(root, target);
  if (relative.startsWith("..") || path.isAbsolute(relative)) return null;
  try {
    const real = fs.realpathSync.native(target);
    const realRelative = path.relative(fs.realpathSync.native(root), real);
    if (realRelative.startsWith("..") || path.isAbsolute(realRelative)) return null;
    return fs.statSync(real).isDirectory() ? "folder" : "file";
  } catch {
    return "missing";
  }
}

export default createComposeRule<{ MessageIds: "missingContext" | "missingDockerfile" | "missingDefaultDockerfile" }>("compose-build-context", {
  meta: {
    type: "problem",
    docs: {
      description: "Require compose build contexts and Dockerfiles to exist",
      recommended: true,
      strict: true,
      hadolint: [],
      buildkit: [],
    },
    schema: [],
    defaultOptions: [],
    messages: {
      missingContext: 'Service "{{service}}" builds from context "{{context}}", which is not a folder beside the compose file. Fix the path, or create the folder.',
      missingDockerfile: 'Service "{{service}}" builds with Dockerfile "{{dockerfile}}", which does not exist in its context "{{context}}". Fix the path (it is relative to the context), or create the file.',
      missingDefaultDockerfile: 'Service "{{service}}" builds from context "{{context}}", which has no Dockerfile. Add one there, or name it with "dockerfile:" (relative to the context) or "dockerfile_inline:".',
    },
  },
  create(context) {
    return {
      Program(program) {
        const composeFile = context.physicalFilename;
        if (!path.isAbsolute(composeFile) || entryAt(path.dirname(composeFile), composeFile) !== "file") return;
        const root = path.dirname(composeFile);
        for (const service of composeServices(program)) {
          if (!service.build && !service.buildContext) continue;
          const contextNode = service.buildContext ?? asString(valueOf(service.build, "context"));
          const contextValue = contextNode?.value ?? ".";
          if (contextValue.includes("$") || REMOTE_CONTEXT.test(contextValue)) continue;
          const folder = path.resolve(root, contextValue);
          const found = entryAt(root, folder);
          const data = { service: service.name, context: contextValue };
          if (found === null) continue;
          if (found !== "folder") {
            if (contextNode) context.report({ node: contextNode, messageId: "missingContext", data });
            continue;
          }
          if (service.dockerfileInline) continue;
          const dockerfileNode = asString(valueOf(service.build, "dockerfile"));
          if (dockerfileNode) {
            if (dockerfileNode.value.includes("$")) continue;
            const kind = entryAt(root, path.resolve(folder, dockerfileNode.value));
            if (kind !== null && kind !== "file") {
              context.report({ node: dockerfileNode, messageId: "missingDockerfile", data: { ...data, dockerfile: dockerfileNode.value } });
            }
            continue;
          }
          const defaults = ["Dockerfile", "Containerfile"].map((name) => entryAt(root, path.join(folder, name)));
          if (defaults.every((kind) => kind === "missing" || kind === "folder")) {
            context.report({ node: contextNode ?? service.key, messageId: "missingDefaultDockerfile", data });
          }
        }
      },
    };
  },
});
