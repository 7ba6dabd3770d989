/**
 * What rules ask a build context beyond existence: folders, the pattern that excludes a path, the
 * files a COPY of a folder takes (ignore file and `!` lines honoured), and file text.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { clearBuildContextCache, folderName, resolveBuildContext, type BuildContext } from "../../../lib/analysis/build-context.js";

const fixtures = fileURLToPath(new URL("../../fixtures/build-context/", import.meta.url));

function contextOf(folder: string, dockerfile = "Dockerfile", settings?: { contexts?: Record<string, string> }): BuildContext {
  const cwd = path.join(fixtures, folder);
  const context = resolveBuildContext({ dockerfilePath: path.join(cwd, dockerfile), cwd, settings });
  if (!context) throw new Error(`no build context in ${folder}`);
  return context;
}

afterEach(() => {
  clearBuildContextCache();
  vi.restoreAllMocks();
});

// copy/.dockerignore: # build output, dist, build/*, !build/keep.txt, logs, !logs/important, *.tmp
describe("excludedBy", () => {
  it("names the last pattern that matches the path or a folder above it, with its line", () => {
    const context = contextOf("copy");
    expect(context.excludedBy("dist")).toEqual({ value: "dist", negated: false, line: 2 });
    expect(context.excludedBy("./dist/bundle.js")).toEqual({ value: "dist", negated: false, line: 2 });
    expect(context.excludedBy("build/drop.txt")).toEqual({ value: "build/*", negated: false, line: 3 });
    expect(context.excludedBy("logs/a.log")).toEqual({ value: "logs", negated: false, line: 5 });
    expect(context.excludedBy("data.tmp")).toEqual({ value: "*.tmp", negated: false, line: 7 });
  });

  it("is null for paths that are in the context", () => {
    const context = contextOf("copy");
    for (const kept of ["app.py", "build", "build/keep.txt", "logs/important/b.log", ".", "../x"]) {
      expect(context.excludedBy(kept), kept).toBeNull();
    }
    expect(contextOf("no-ignore").excludedBy("file.txt")).toBeNull();
  });
});

describe("filesIn", () => {
  it("lists what a COPY of the folder takes: ignored paths out, `!` lines honoured, sorted", () => {
    const context = contextOf("copy");
    expect(context.filesIn(".")).toEqual([
      ".dockerignore",
      "Dockerfile",
      "app.py",
      "build/keep.txt",
      "docs/README.md",
      "logs/important/b.log",
      "requirements.txt",
      "src/main.py",
    ]);
    expect(context.filesIn("build")).toEqual(["build/keep.txt"]);
    expect(context.filesIn("./logs/")).toEqual(["logs/important/b.log"]);
  });

  it("lists nothing for a folder left out with nothing put back, a file, or a missing path", () => {
    const context = contextOf("copy");
    expect(context.filesIn("dist")).toEqual([]);
    expect(context.filesIn("app.py")).toEqual([]);
    expect(context.filesIn("missing")).toEqual([]);
    expect(context.filesIn("../secrets")).toEqual([]);
  });

  it("skips folders by name", () => {
    expect(contextOf("secrets").filesIn("app", { skipFolders: ["app"] })).toEqual(["app/.env", "app/main.py"]);
    expect(contextOf("secrets").filesIn(".", { skipFolders: ["app", "certs", "keys", "lib", "node_modules", "private", "src"] })).toEqual([
      ".dockerignore",
      ".env.example",
      ".npmrc",
      "Dockerfile",
      "id_rsa.pub",
    ]);
  });

  it("does not search an ignored folder that no `!` line can reach", () => {
    const readdir = vi.spyOn(fs, "readdirSync");
    contextOf("copy").filesIn(".");
    const read = readdir.mock.calls.map(([folder]) => path.relative(path.join(fixtures, "copy"), String(folder)));
    expect(read).toContain("logs");
    expect(read).not.toContain("dist");
  });
});

describe("isFolder, readText and ignoreFileName", () => {
  it("tells folders from files", () => {
    const context = contextOf("copy");
    expect(context.isFolder("src")).toBe(true);
    expect(context.isFolder(".")).toBe(true);
    expect(context.isFolder("app.py")).toBe(false);
    expect(context.isFolder("missing")).toBe(false);
    expect(context.isFolder("../copy")).toBe(false);
  });

  it("reads the beginning of a file in the context", () => {
    const context = contextOf("copy");
    expect(context.readText("requirements.txt")).toBe("flask==3.0.0\n");
    expect(context.readText("requirements.txt", 5)).toBe("flask");
    expect(context.readText("src")).toBeNull();
    expect(context.readText("missing")).toBeNull();
    expect(context.readText("../no-ignore/file.txt")).toBeNull();
  });

  it("names the ignore file from the context root, or from the Dockerfile's folder when outside it", () => {
    expect(contextOf("project", "docker/web.Dockerfile", { contexts: { "docker/web.Dockerfile": "." } }).ignoreFileName).toBe(
      "docker/web.Dockerfile.dockerignore",
    );
    expect(contextOf("project", "docker/web.Dockerfile", { contexts: { "docker/web.Dockerfile": "src" } }).ignoreFileName).toBe(
      "web.Dockerfile.dockerignore",
    );
    expect(contextOf("no-ignore").ignoreFileName).toBeNull();
  });
});

describe("folderName", () => {
  it("names a folder relative to the working folder when inside it", () => {
    expect(folderName("/repo", "/repo")).toBe(".");
    expect(folderName("/repo", "/repo/docker/api")).toBe("docker/api");
    expect(folderName("/repo", "/elsewhere/ctx")).toBe("/elsewhere/ctx");
  });
});

describe("with links", () => {
  let temp: string;
  let root: string;

  beforeAll(() => {
    temp = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "context-queries-")));
    root = path.join(temp, "context");
    fs.mkdirSync(path.join(root, "app"), { recursive: true });
    fs.writeFileSync(path.join(temp, "outside.txt"), "outside");
    fs.writeFileSync(path.join(root, "Dockerfile"), "FROM scratch\n");
    fs.writeFileSync(path.join(root, "app", "main.py"), "print(1)\n");
    fs.symlinkSync("app", path.join(root, "app-link"));
    fs.symlinkSync("../outside.txt", path.join(root, "app", "outside-link"));
  });

  afterAll(() => {
    fs.rmSync(temp, { recursive: true, force: true });
  });

  it("lists links without following them, walks a linked folder named as the source, reads nothing outside", () => {
    const context = resolveBuildContext({ dockerfilePath: path.join(root, "Dockerfile"), cwd: root })!;
    expect(context.filesIn(".")).toEqual(["Dockerfile", "app-link", "app/main.py", "app/outside-link"]);
    expect(context.filesIn("app-link")).toEqual(["app-link/main.py", "app-link/outside-link"]);
    expect(context.isFolder("app-link")).toBe(true);
    expect(context.readText("app/outside-link")).toBeNull();
    expect(context.readText("app-link/main.py")).toBe("print(1)\n");
  });
});
