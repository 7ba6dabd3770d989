/**
 * Rules reach the build context through the source code's analysis; embedded blocks have none.
 */
import path from "node:path";
import { Linter } from "eslint";
import { describe, expect, it } from "vitest";
import plugin from "../../../index.js";
import type { DockerfileRuleDefinition } from "../../../lib/rule.js";

const project = path.resolve("tests/fixtures/build-context/project");

/** Reports which ignore file is in effect, relative to the project. */
const probe: DockerfileRuleDefinition = {
  meta: { type: "problem", docs: { description: "test", recommended: false, strict: false, hadolint: [], buildkit: [] }, messages: { context: "{{ignoreFile}}" }, schema: [] },
  create(context) {
    return {
      Dockerfile(node) {
        const buildContext = context.sourceCode.analysis.buildContext(context);
        const ignoreFile = buildContext === null ? "no context" : buildContext.ignoreFile === null ? "(none)" : path.relative(project, buildContext.ignoreFile);
        context.report({ node, messageId: "context", data: { ignoreFile } });
      },
    };
  },
};

function ignoreFileFor(filename: string, settings: Record<string, unknown> = {}): string {
  const linter = new Linter({ configType: "flat", cwd: project });
  const config = {
    files: ["**/*Dockerfile", "**/*.dockerfile"],
    plugins: { dockerfile: { ...plugin, rules: { probe } } as never },
    language: "dockerfile/dockerfile",
    rules: { "dockerfile/probe": "error" as const },
    settings,
  };
  const messages = linter.verify("FROM alpine:3.20\n", [config], path.join(project, filename));
  expect(messages).toHaveLength(1);
  return messages[0]!.message;
}

describe("build context on the source code", () => {
  it("uses <Dockerfile name>.dockerignore beside the Dockerfile first", () => {
    expect(ignoreFileFor("api.Dockerfile")).toBe("api.Dockerfile.dockerignore");
  });

  it("falls back to .dockerignore at the context root", () => {
    expect(ignoreFileFor("Dockerfile")).toBe(".dockerignore");
  });

  it("takes the context from settings.dockerfile.contexts", () => {
    expect(ignoreFileFor("docker/worker.Dockerfile")).toBe("(none)");
    expect(ignoreFileFor("docker/worker.Dockerfile", { dockerfile: { contexts: { "docker/worker.Dockerfile": "." } } })).toBe(".dockerignore");
  });

  it("has no build context for a block embedded in another file", () => {
    const linter = new Linter({ configType: "flat", cwd: project });
    const messages = linter.verify(
      "FROM alpine:3.20\n",
      [
        {
          files: ["**/*.dockerfile"],
          plugins: { dockerfile: { ...plugin, rules: { probe } } as never },
          language: "dockerfile/dockerfile",
          rules: { "dockerfile/probe": "error" },
        },
      ],
      { filename: path.join(project, "README.md/0.dockerfile"), physicalFilename: path.join(project, "README.md") } as never,
    );
    expect(messages.map((m) => m.message)).toEqual(["no context"]);
  });
});
