import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import {
  clearBuildContextCache,
  resolveBuildContext,
  toContextPath,
  type BuildContext,
} from "../../../lib/analysis/build-context.js";

const fixtures = fileURLToPath(new URL("../../fixtures/build-context/", import.meta.url));
const project = path.join(fixtures, "project");

function contextOf(dockerfile: string, cwd = project, settings?: { contexts?: Record<string, string> }): BuildContext {
  const context = resolveBuildContext({ dockerfilePath: path.join(cwd, dockerfile), cwd, settings });
  if (!context) throw new Error(`no build context for ${dockerfile}`);
  return context;
}

afterEach(() => {
  clearBuildContextCache();
  vi.restoreAllMocks();
});

describe("which ignore file applies", () => {
  it("uses .dockerignore at the root of the context", () => {
    const context = contextOf("Dockerfile");
    expect(context.root).toBe(project);
    expect(context.dockerfile).toBe(path.join(project, "Dockerfile"));
    expect(context.ignoreFile).toBe(path.join(project, ".dockerignore"));
    expect(context.ignoreFileError).toBeNull();
    expect(context.ignorePatterns).toEqual([
      { value: "*.md", negated: false, line: 2 },
      { value: "README.md", negated: true, line: 3 },
      { value: "secrets", negated: false, line: 4 },
    ]);
    expect(context.ignoreFileName).toBe(".dockerignore");
  });

  it("prefers <Dockerfile name>.dockerignore beside the Dockerfile", () => {
    const context = contextOf("api.Dockerfile");
    expect(context.ignoreFile).toBe(path.join(project, "api.Dockerfile.dockerignore"));
    expect(context.isIgnored("README.md")).toBe(true);
    expect(context.isIgnored("src/app.js")).toBe(false);
  });

  it("finds the Dockerfile's own ignore file beside it even when the context is elsewhere", () => {
    const context = contextOf("docker/web.Dockerfile", project, { contexts: { "docker/web.Dockerfile": "." } });
    expect(context.root).toBe(project);
    expect(context.ignoreFile).toBe(path.join(project, "docker", "web.Dockerfile.dockerignore"));
    expect(context.isIgnored("docs/guide.md")).toBe(true);
    expect(context.isIgnored("CHANGELOG.md")).toBe(false);
    vi.restoreAllMocks();
    expect(contextOf("Dockerfile").ignoreFileError).toBeNull();
  });

  it("reports no ignore file when there is none", () => {
    const context = contextOf("Dockerfile", path.join(fixtures, "no-ignore"));
    expect(context.ignoreFile).toBeNull();
    expect(context.ignoreFileError).toBeNull();
    expect(context.ignorePatterns).toEqual([]);
    expect(context.isIgnored("file.txt")).toBe(false);
    expect(context.exists("file.txt")).toBe(true);
  });

  it("does not look for .dockerignore beside a Dockerfile outside the context root", () => {
    const context = contextOf("docker/worker.Dockerfile");
    expect(context.root).toBe(path.join(project, "docker"));
    expect(context.ignoreFile).toBeNull();
  });

  it("falls back to Podman's .containerignore when Docker would find nothing", () => {
    const context = contextOf("Containerfile", path.join(fixtures, "podman"));
    expect(context.ignoreFile).toBe(path.join(fixtures, "podman", ".containerignore"));
    expect(context.isIgnored("build.log")).toBe(true);
  });

  it("prefers .dockerignore to .containerignore, as Docker does", () => {
    const context = contextOf("Dockerfile", path.join(fixtures, "both"));
    expect(context.ignoreFile).toBe(path.join(fixtures, "both", ".dockerignore"));
    expect(context.isIgnored("x.tmp")).toBe(true);
    expect(context.isIgnored("x.log")).toBe(false);
  });

  it("passes over a folder named .dockerignore", () => {
    expect(contextOf("Dockerfile", path.join(fixtures, "ignore-folder")).ignoreFile).toBeNull();
  });
});

describe("the contexts setting", () => {
  it("maps a Dockerfile to another context folder", () => {
    const context = contextOf("docker/worker.Dockerfile", project, { contexts: { "docker/worker.Dockerfile": "." } });
    expect(context.root).toBe(project);
    expect(context.ignoreFile).toBe(path.join(project, ".dockerignore"));
    expect(context.exists("src/app.js")).toBe(true);
  });

  it("matches globs the way ESLint does (dot files included) and lets the last match win", () => {
    const settings = { contexts: { "docker/*": "docker", "**/*.Dockerfile": ".", "./docker/web.*": "src" } };
    expect(contextOf("docker/worker.Dockerfile", project, settings).root).toBe(project);
    expect(contextOf("docker/web.Dockerfile", project, settings).root).toBe(path.join(project, "src"));
    expect(contextOf("Dockerfile", project, settings).root).toBe(project);
  });

  it("reads context folders relative to the working folder", () => {
    const context = contextOf("project/docker/worker.Dockerfile", fixtures, {
      contexts: { "project/docker/*.Dockerfile": "project" },
    });
    expect(context.root).toBe(project);
  });

  it("ignores malformed settings", () => {
    const settings = { contexts: { "**/*": 42 } } as unknown as { contexts: Record<string, string> };
    expect(contextOf("docker/worker.Dockerfile", project, settings).root).toBe(path.join(project, "docker"));
    expect(contextOf("Dockerfile", project, { contexts: null } as never).root).toBe(project);
  });

  it("gives no context when the folder set does not exist", () => {
    expect(
      resolveBuildContext({
        dockerfilePath: path.join(project, "Dockerfile"),
        cwd: project,
        settings: { contexts: { Dockerfile: "missing" } },
      }),
    ).toBeNull();
  });
});

describe("Dockerfiles that are not files", () => {
  it("gives no context for a code block's virtual path", () => {
    expect(resolveBuildContext({ dockerfilePath: path.join(project, "README.md", "0.dockerfile"), cwd: project })).toBeNull();
  });

  it("gives no context for a missing file or a folder", () => {
    expect(resolveBuildContext({ dockerfilePath: path.join(project, "Nope"), cwd: project })).toBeNull();
    expect(resolveBuildContext({ dockerfilePath: path.join(project, "src"), cwd: project })).toBeNull();
  });
});

describe("isIgnored and exists", () => {
  it("reads paths as COPY sources: relative to the root, `/` being the root", () => {
    const context = contextOf("Dockerfile");
    for (const source of ["CHANGELOG.md", "./CHANGELOG.md", "/CHANGELOG.md", "src/../CHANGELOG.md"]) {
      expect(context.isIgnored(source)).toBe(true);
      expect(context.exists(source)).toBe(true);
    }
    expect(context.isIgnored("README.md")).toBe(false);
    expect(context.isIgnored("secrets/key.txt")).toBe(true);
    expect(context.isIgnored("secrets/")).toBe(true);
    expect(context.exists("secrets/")).toBe(true);
  });

  it("never ignores the root itself", () => {
    const context = contextOf("api.Dockerfile");
    expect(context.isIgnored(".")).toBe(false);
    expect(context.isIgnored("/")).toBe(false);
    expect(context.exists(".")).toBe(true);
  });

  it("refuses paths that climb out of the root", () => {
    const context = contextOf("Dockerfile", path.join(fixtures, "no-ignore"));
    expect(fs.existsSync(path.join(fixtures, "project", "README.md"))).toBe(true);
    expect(context.exists("../project/README.md")).toBe(false);
    expect(context.exists("a/../../project/README.md")).toBe(false);
    expect(context.isIgnored("../project/README.md")).toBe(false);
    expect(toContextPath("../x")).toBeNull();
  });

  it("stops `..` at the root in a path starting with `/`", () => {
    expect(toContextPath("/../file.txt")).toBe("file.txt");
    expect(contextOf("Dockerfile", path.join(fixtures, "no-ignore")).exists("/../file.txt")).toBe(true);
  });

  it("says missing paths do not exist, and a file is no folder", () => {
    const context = contextOf("Dockerfile");
    expect(context.exists("nope.txt")).toBe(false);
    expect(context.exists("README.md/inner")).toBe(false);
  });
});

describe("expandSource", () => {
  it("gives a plain source that exists, cleaned", () => {
    const context = contextOf("Dockerfile");
    expect(context.expandSource("./src/app.js")).toEqual(["src/app.js"]);
    expect(context.expandSource("/src/")).toEqual(["src"]);
    expect(context.expandSource(".")).toEqual(["."]);
    expect(context.expandSource("nope.txt")).toEqual([]);
  });

  it("expands wildcards in any segment, sorted, ignored paths included", () => {
    const context = contextOf("Dockerfile");
    expect(context.expandSource("*.md")).toEqual(["CHANGELOG.md", "README.md"]);
    expect(context.expandSource("./*/*.md")).toEqual(["docs/guide.md"]);
    expect(context.expandSource("s*/*")).toEqual(["secrets/key.txt", "src/app.js"]);
    expect(context.expandSource("*.Dockerfile*")).toEqual(["api.Dockerfile", "api.Dockerfile.dockerignore"]);
    expect(context.expandSource("*.nothing")).toEqual([]);
  });

  it("finds dot files with `*`", () => {
    expect(contextOf("Dockerfile").expandSource(".docker*")).toEqual([".dockerignore"]);
  });

  it("lets rules drop what the ignore file leaves out", () => {
    const context = contextOf("Dockerfile");
    expect(context.expandSource("*.md").filter((source) => !context.isIgnored(source))).toEqual(["README.md"]);
  });

  it("expands nothing above the root, nor a pattern Go rejects", () => {
    const context = contextOf("Dockerfile", path.join(fixtures, "no-ignore"));
    expect(context.expandSource("../project/*")).toEqual([]);
    expect(context.expandSource("file[.txt")).toEqual([]);
  });
});

describe("reading the ignore file", () => {
  it("ignores nothing, and says why, when the file cannot be read", () => {
    const realRead = fs.readFileSync;
    vi.spyOn(fs, "readFileSync").mockImplementation(((file: fs.PathOrFileDescriptor, options?: unknown) => {
      if (String(file).endsWith(".dockerignore")) throw new Error("EACCES: permission denied");
      return realRead(file, options as BufferEncoding);
    }) as typeof fs.readFileSync);
    const context = contextOf("Dockerfile");
    expect(context.ignoreFile).toBe(path.join(project, ".dockerignore"));
    expect(context.ignoreFileError).toBe("EACCES: permission denied");
    expect(context.ignorePatterns).toEqual([]);
    expect(context.isIgnored("CHANGELOG.md")).toBe(false);
  });

  it("reads an ignore file once while it does not change", () => {
    const read = vi.spyOn(fs, "readFileSync");
    contextOf("Dockerfile");
    contextOf("Dockerfile");
    expect(read.mock.calls.filter(([file]) => String(file).endsWith(".dockerignore"))).toHaveLength(1);
  });
});

describe("with files made for the test", () => {
  let temp: string;
  let root: string;

  beforeAll(() => {
    temp = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "build-context-")));
    root = path.join(temp, "context");
    fs.mkdirSync(path.join(root, "sub"), { recursive: true });
    fs.writeFileSync(path.join(temp, "secret.txt"), "outside");
    fs.writeFileSync(path.join(root, "Dockerfile"), "FROM scratch\n");
    fs.writeFileSync(path.join(root, "sub", "file.txt"), "inside");
    fs.symlinkSync("sub/file.txt", path.join(root, "inside"));
    fs.symlinkSync("sub", path.join(root, "folder-link"));
    fs.symlinkSync("../secret.txt", path.join(root, "outside"));
    fs.symlinkSync(path.join(temp, "secret.txt"), path.join(root, "absolute-outside"));
    fs.symlinkSync("/sub/file.txt", path.join(root, "absolute-inside"));
    fs.symlinkSync("..", path.join(root, "parent"));
    fs.symlinkSync("loop", path.join(root, "loop"));
    fs.symlinkSync("missing", path.join(root, "dangling"));
  });

  afterAll(() => {
    fs.rmSync(temp, { recursive: true, force: true });
  });

  function tempContext(): BuildContext {
    return resolveBuildContext({ dockerfilePath: path.join(root, "Dockerfile"), cwd: root })!;
  }

  it("follows links that stay inside the root", () => {
    const context = tempContext();
    expect(context.exists("inside")).toBe(true);
    expect(context.exists("folder-link/file.txt")).toBe(true);
  });

  it("never follows a link out of the root: targets are read inside it, as BuildKit does", () => {
    const context = tempContext();
    expect(context.exists("outside")).toBe(false);
    expect(context.exists("absolute-outside")).toBe(false);
    expect(context.exists("parent/secret.txt")).toBe(false);
    expect(context.exists("absolute-inside")).toBe(true);
    expect(context.exists("parent/sub/file.txt")).toBe(true);
  });

  it("lists folders through links inside the root only", () => {
    const context = tempContext();
    expect(context.expandSource("folder-link/*.txt")).toEqual(["folder-link/file.txt"]);
    expect(context.expandSource("parent/*.txt")).toEqual([]);
    expect(context.expandSource("parent/s*")).toEqual(["parent/sub"]);
  });

  it("gives up on loops and dangling links", () => {
    const context = tempContext();
    expect(context.exists("loop")).toBe(false);
    expect(context.exists("dangling")).toBe(false);
  });

  it("touches no path outside the root", () => {
    const lstat = vi.spyOn(fs, "lstatSync");
    const readlink = vi.spyOn(fs, "readlinkSync");
    const readdir = vi.spyOn(fs, "readdirSync");
    const context = tempContext();
    for (const source of ["outside", "absolute-outside", "parent/secret.txt", "loop", "../secret.txt", "parent/*"]) {
      context.exists(source);
      context.isIgnored(source);
      context.expandSource(source);
    }
    const touched = [...lstat.mock.calls, ...readlink.mock.calls, ...readdir.mock.calls].map(([file]) => String(file));
    expect(touched.length).toBeGreaterThan(0);
    for (const file of touched) expect(file.startsWith(root + path.sep) || file === root).toBe(true);
  });

  it("reads a Dockerfile's ignore file through a link inside its folder", () => {
    fs.writeFileSync(path.join(root, "sub", "shared.dockerignore"), "**/*.txt\n");
    fs.symlinkSync("sub/shared.dockerignore", path.join(root, "Dockerfile.dockerignore"));
    try {
      const context = tempContext();
      expect(context.ignoreFile).toBe(path.join(root, "Dockerfile.dockerignore"));
      expect(context.isIgnored("sub/file.txt")).toBe(true);
    } finally {
      fs.rmSync(path.join(root, "Dockerfile.dockerignore"));
    }
  });

  it("does not read an ignore file linked from outside the root", () => {
    fs.writeFileSync(path.join(temp, "outside.dockerignore"), "*\n");
    fs.symlinkSync("../outside.dockerignore", path.join(root, ".dockerignore"));
    try {
      expect(tempContext().ignoreFile).toBeNull();
    } finally {
      fs.rmSync(path.join(root, ".dockerignore"));
    }
  });

  it("sees an edited ignore file", () => {
    const file = path.join(root, ".dockerignore");
    fs.writeFileSync(file, "sub\n");
    try {
      expect(tempContext().isIgnored("sub/file.txt")).toBe(true);
      fs.writeFileSync(file, "other-name\n");
      fs.utimesSync(file, new Date(), new Date(Date.now() + 5_000));
      expect(tempContext().isIgnored("sub/file.txt")).toBe(false);
    } finally {
      fs.rmSync(file);
    }
  });

  it("strips a byte-order mark from the ignore file", () => {
    const file = path.join(root, ".dockerignore");
    fs.writeFileSync(file, "\ufeffsub\n");
    try {
      expect(tempContext().ignorePatterns).toEqual([{ value: "sub", negated: false, line: 1 }]);
    } finally {
      fs.rmSync(file);
    }
  });
});
