/**
 * `--fix` through the ESLint class: fixed text from lintText, files rewritten by lintFiles +
 * outputFixes on a temporary copy of the fixture project, and idempotence (fixing twice changes
 * nothing the second time).
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ESLINT_VERSIONS, eslintFor, project, relativePaths, resultFor, temporaryCopy, tested } from "./helpers.js";

const FIXED_DOCKERFILE = [
  "FROM node:20.11-alpine",
  "WORKDIR /app",
  "COPY . .",
  'ENTRYPOINT ["node", "server.js"]',
  'CMD ["--port", "8080"]',
  "",
].join("\n");

describe.each(ESLINT_VERSIONS)("--fix with %s", (_label, ESLintClass) => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    await Promise.all(cleanups.splice(0).map((cleanup) => cleanup()));
  });

  it("lintText returns the fixed text, and fixing it again changes nothing", async () => {
    const cwd = project("fix");
    const eslint = eslintFor(ESLintClass, cwd, { fix: true });
    const filePath = path.join(cwd, "Dockerfile");
    const [first] = await eslint.lintText(await readFile(filePath, "utf8"), { filePath });
    expect(first!.output).toBe(FIXED_DOCKERFILE);
    expect(tested(first!.messages)).toEqual([]);

    const [second] = await eslint.lintText(first!.output!, { filePath });
    expect(second!.output).toBeUndefined();
    expect(tested(second!.messages)).toEqual([]);
  });

  it("keeps CRLF line endings in fixed text", async () => {
    const cwd = project("fix");
    const eslint = eslintFor(ESLintClass, cwd, { fix: true });
    const [result] = await eslint.lintText("FROM node:20.11-alpine\r\nCMD node server.js\r\n", {
      filePath: path.join(cwd, "Dockerfile"),
    });
    expect(result!.output).toBe('FROM node:20.11-alpine\r\nCMD ["node", "server.js"]\r\n');
  });

  it("lintFiles + outputFixes rewrite Dockerfiles and JS in one run; a second run finds nothing to fix", async () => {
    const { dir, remove } = await temporaryCopy("fix");
    cleanups.push(remove);
    const eslint = eslintFor(ESLintClass, dir, { fix: true });

    const results = await eslint.lintFiles(["."]);
    expect(relativePaths(results, dir)).toEqual(["Dockerfile", "Dockerfile.unfixable", "eslint.config.js", "server.js"]);
    await ESLintClass.outputFixes(results);

    expect(await readFile(path.join(dir, "Dockerfile"), "utf8")).toBe(FIXED_DOCKERFILE);
    expect(await readFile(path.join(dir, "server.js"), "utf8")).toBe("const port = 8080;\nexport { port };\n");
    // Shell syntax (a pipe): reported, not fixed.
    const unfixable = resultFor(results, dir, "Dockerfile.unfixable");
    expect(unfixable.output).toBeUndefined();
    expect(tested(unfixable.messages).map((m) => [m.ruleId, m.line, m.column])).toEqual([["dockerfile/exec-form-command", 2, 1]]);
    expect(await readFile(path.join(dir, "Dockerfile.unfixable"), "utf8")).toBe(
      await readFile(path.join(project("fix"), "Dockerfile.unfixable"), "utf8"),
    );

    const again = await eslint.lintFiles(["."]);
    expect(again.filter((result) => result.output !== undefined)).toEqual([]);
    expect(again.flatMap((result) => tested(result.messages).map((m) => m.ruleId))).toEqual(["dockerfile/exec-form-command"]);
  });
});
