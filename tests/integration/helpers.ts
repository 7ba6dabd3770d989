/**
 * Shared by the integration tests: both ESLint versions, fixture paths and temporary copies.
 *
 * The fixture projects' `eslint.config.js` files import the plugin by its package name. That
 * self-reference resolves through this repository's package.json `exports` to `dist/`, so the
 * build must have run first (`npm test` does it; by hand: `npx tsc -p tsconfig.build.json`).
 */
import { existsSync } from "node:fs";
import { cp, mkdtemp, rm } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ESLint as ESLint10 } from "eslint";
import { ESLint as ESLint9 } from "eslint9";

export const REPO_ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const FIXTURES = path.join(REPO_ROOT, "tests", "fixtures");
export const PROJECTS = path.join(FIXTURES, "projects");

if (!existsSync(path.join(REPO_ROOT, "dist", "index.js"))) {
  throw new Error("dist/index.js is missing: run `npm run build` before the integration tests.");
}

/** The two APIs have the same shape for everything these tests use. */
export type ESLintClass = typeof ESLint10;

/** `[label, ESLint class, CLI entry point]` for `describe.each`. */
export const ESLINT_VERSIONS: [string, ESLintClass, string][] = [
  [`eslint ${ESLint10.version}`, ESLint10, path.join(REPO_ROOT, "node_modules", "eslint", "bin", "eslint.js")],
  [
    `eslint ${ESLint9.version}`,
    ESLint9 as unknown as ESLintClass,
    path.join(REPO_ROOT, "node_modules", "eslint9", "bin", "eslint.js"),
  ],
];

export function project(name: string): string {
  return path.join(PROJECTS, name);
}

/**
 * An ESLint instance for a fixture project. ESLint 10 looks for `eslint.config.js` from each
 * linted file's folder up, ESLint 9 from `cwd`: naming the config file makes both use the same one.
 */
export function eslintFor(ESLint: ESLintClass, cwd: string, options: ESLint10.Options = {}): InstanceType<ESLintClass> {
  return new ESLint({ cwd, overrideConfigFile: path.join(cwd, "eslint.config.js"), ...options });
}

/** Result file paths relative to `cwd`, with `/` separators, sorted. */
export function relativePaths(results: ESLint10.LintResult[], cwd: string): string[] {
  return results.map((result) => path.relative(cwd, result.filePath).split(path.sep).join("/")).sort();
}

export function resultFor(results: ESLint10.LintResult[], cwd: string, relative: string): ESLint10.LintResult {
  const found = results.find((result) => result.filePath === path.join(cwd, relative));
  if (!found) throw new Error(`no result for ${relative}`);
  return found;
}

/**
 * Copies a fixture project to `tests/fixtures/.tmp-<random>/` (gitignored) for tests that write
 * files. It has to stay inside the repository: outside it, the fixture config's
 * `import "eslint-plugin-dockerfile"` would not resolve.
 */
export async function temporaryCopy(name: string): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(FIXTURES, `.tmp-${name}-`));
  await cp(project(name), dir, { recursive: true });
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

/**
 * The rules these tests are about. Exact expectations compare only their messages (and parse
 * errors, unused directives and JS rules), so that a rule added to `recommended` later does not
 * break tests about something else.
 */
export const TESTED_RULES: ReadonlySet<string> = new Set(["dockerfile/no-unpinned-base-image", "dockerfile/exec-form-command"]);

export function tested<M extends { ruleId: string | null }>(messages: M[]): M[] {
  return messages.filter((m) => m.ruleId === null || !m.ruleId.startsWith("dockerfile/") || TESTED_RULES.has(m.ruleId));
}
