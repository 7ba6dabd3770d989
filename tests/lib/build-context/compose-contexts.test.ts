import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it, vi } from "vitest";
import { clearBuildContextCache, resolveBuildContext, type BuildContextSettings } from "../../../lib/analysis/build-context.js";
import { buildsIn, composeContextOf, composeFilesFor } from "../../../lib/analysis/compose-contexts.js";

const fixtures = fileURLToPath(new URL("../../fixtures/build-context/", import.meta.url));

function contextOf(cwd: string, dockerfile: string, settings?: BuildContextSettings) {
  const context = resolveBuildContext({ dockerfilePath: path.join(cwd, dockerfile), cwd, settings });
  if (!context) throw new Error(`no build context for ${dockerfile}`);
  return context;
}

afterEach(() => {
  clearBuildContextCache();
  vi.restoreAllMocks();
  vi.doUnmock("../../../lib/processors/optional-peer.js");
  vi.resetModules();
});

describe("the context a compose file gives a Dockerfile", () => {
  const root = path.join(fixtures, "compose-root");

  it("builds docker/api.Dockerfile with the root context, so the root .dockerignore applies", () => {
    const context = contextOf(root, "docker/api.Dockerfile");
    expect(context.root).toBe(root);
    expect(context.ignoreFile).toBe(path.join(root, ".dockerignore"));
    expect(context.ignoreFileName).toBe(".dockerignore");
    expect(context.isIgnored("README.md")).toBe(true);
    expect(context.exists("src/app.js")).toBe(true);
  });

  it("reads the short syntax (`build: worker`) as the context with its Dockerfile", () => {
    expect(composeContextOf(path.join(root, "worker", "Dockerfile"), root)).toBe(path.join(root, "worker"));
  });

  it("skips inline Dockerfiles, remote and interpolated contexts, and contexts that do not exist", () => {
    const builds = buildsIn(path.join(root, "compose.yaml"));
    expect(builds).toEqual([
      { context: root, dockerfile: path.join(root, "docker", "api.Dockerfile") },
      { context: path.join(root, "worker"), dockerfile: path.join(root, "worker", "Dockerfile") },
    ]);
  });

  it("gives nothing to a Dockerfile no service builds", () => {
    expect(composeContextOf(path.join(fixtures, "project", "Dockerfile"), path.join(fixtures, "project"))).toBeNull();
  });

  it("keeps the Dockerfile's folder when services build it with different contexts", () => {
    const cwd = path.join(fixtures, "compose-conflict");
    expect(composeContextOf(path.join(cwd, "app", "Dockerfile"), cwd)).toBeNull();
    const context = contextOf(cwd, "app/Dockerfile");
    expect(context.root).toBe(path.join(cwd, "app"));
    expect(context.ignoreFile).toBe(path.join(cwd, "app", ".dockerignore"));
  });

  it("uses the context that compose.yaml and its override agree on (default context `.`)", () => {
    const cwd = path.join(fixtures, "compose-agree");
    expect(composeFilesFor(path.join(cwd, "docker", "api.Dockerfile"), cwd)).toEqual([
      path.join(cwd, "compose.override.yml"),
      path.join(cwd, "compose.yaml"),
    ]);
    expect(contextOf(cwd, "docker/api.Dockerfile").ignoreFile).toBe(path.join(cwd, ".dockerignore"));
  });

  it("finds compose files in parent folders (`docker-compose.<env>.yml`), never above the working folder", () => {
    const cwd = path.join(fixtures, "compose-nested");
    const dockerfile = "services/web/web.Dockerfile";
    expect(composeFilesFor(path.join(cwd, dockerfile), cwd)).toEqual([path.join(cwd, "docker-compose.prod.yml")]);
    expect(contextOf(cwd, dockerfile).ignoreFile).toBe(path.join(cwd, "services", ".dockerignore"));
    const below = path.join(cwd, "services");
    expect(composeFilesFor(path.join(cwd, dockerfile), below)).toEqual([]);
    expect(contextOf(below, "web/web.Dockerfile").root).toBe(path.join(below, "web"));
    expect(composeFilesFor(path.join(cwd, dockerfile), path.join(fixtures, "compose-root"))).toEqual([]);
  });
});

describe("precedence", () => {
  const root = path.join(fixtures, "compose-root");

  it("lets settings.dockerfile.contexts win over compose", () => {
    const context = contextOf(root, "docker/api.Dockerfile", { contexts: { "docker/*.Dockerfile": "docker" } });
    expect(context.root).toBe(path.join(root, "docker"));
    expect(context.ignoreFile).toBe(path.join(root, "docker", ".dockerignore"));
  });

  it("turns the lookup off with composeContexts: false", () => {
    const context = contextOf(root, "docker/api.Dockerfile", { composeContexts: false });
    expect(context.root).toBe(path.join(root, "docker"));
  });
});

describe("reading compose files", () => {
  it("parses a compose file once while its mtime and size stay, and again when it changes", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "compose-contexts-"));
    try {
      fs.mkdirSync(path.join(dir, "docker"));
      fs.writeFileSync(path.join(dir, "docker", "api.Dockerfile"), "FROM alpine:3.20\n");
      const compose = path.join(dir, "compose.yaml");
      fs.writeFileSync(compose, "services:\n  api:\n    build: { context: ., dockerfile: docker/api.Dockerfile }\n");
      const reads = vi.spyOn(fs, "readFileSync");
      const dockerfile = path.join(dir, "docker", "api.Dockerfile");
      expect(composeContextOf(dockerfile, dir)).toBe(dir);
      expect(composeContextOf(dockerfile, dir)).toBe(dir);
      expect(reads.mock.calls.filter(([file]) => file === compose)).toHaveLength(1);
      fs.writeFileSync(compose, "services:\n  api:\n    build: { context: docker, dockerfile: api.Dockerfile }\n");
      expect(composeContextOf(dockerfile, dir)).toBe(path.join(dir, "docker"));
      expect(reads.mock.calls.filter(([file]) => file === compose)).toHaveLength(2);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("matches the Dockerfile through symbolic links", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "compose-contexts-"));
    try {
      fs.mkdirSync(path.join(dir, "docker"));
      fs.writeFileSync(path.join(dir, "docker", "api.Dockerfile"), "FROM alpine:3.20\n");
      fs.symlinkSync("docker", path.join(dir, "linked"));
      fs.writeFileSync(path.join(dir, "compose.yaml"), "services:\n  api:\n    build: { context: ., dockerfile: linked/api.Dockerfile }\n");
      expect(composeContextOf(path.join(dir, "docker", "api.Dockerfile"), dir)).toBe(dir);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("finds nothing in a compose file that does not parse", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "compose-contexts-"));
    try {
      fs.writeFileSync(path.join(dir, "Dockerfile"), "FROM alpine:3.20\n");
      fs.writeFileSync(path.join(dir, "compose.yaml"), "services: [\n  api: {\n");
      expect(buildsIn(path.join(dir, "compose.yaml"))).toEqual([]);
      expect(composeContextOf(path.join(dir, "Dockerfile"), dir)).toBeNull();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("skips compose files silently when eslint-plugin-yml is not installed", async () => {
    vi.resetModules();
    vi.doMock("../../../lib/processors/optional-peer.js", async (importOriginal) => {
      const original = await importOriginal<typeof import("../../../lib/processors/optional-peer.js")>();
      return {
        ...original,
        loadPeer: (name: string, feature: string) => {
          throw new original.MissingPeerError(name, feature, new Error("not installed"));
        },
      };
    });
    const { composeContextOf: withoutYaml } = await import("../../../lib/analysis/compose-contexts.js");
    const { resolveBuildContext: resolveWithoutYaml } = await import("../../../lib/analysis/build-context.js");
    const root = path.join(fixtures, "compose-root");
    expect(withoutYaml(path.join(root, "docker", "api.Dockerfile"), root)).toBeNull();
    const context = resolveWithoutYaml({ dockerfilePath: path.join(root, "docker", "api.Dockerfile"), cwd: root });
    expect(context?.root).toBe(path.join(root, "docker"));
  });
});
