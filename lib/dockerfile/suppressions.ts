/**
 * Suppression comments Dockerfiles already carry from other tools, read once per file:
 *
 * - Docker's `# check=skip=<Check>[,<Check>]` / `# check=skip=all` parser directive (BuildKit
 *   build checks), which holds for the whole file. `error=` and `experimental=` are accepted and
 *   play no part here.
 * - hadolint's `# hadolint ignore=DL3008,DL3015` (the instruction that starts on the next line)
 *   and `# hadolint global ignore=...` (the whole file).
 *
 * Both are read the way their own tools read them, so a file keeps meaning what it meant:
 * check names are case-sensitive and split on `,`; a hadolint pragma must be the whole comment
 * (codes made of `D`, `L`, `S`, `C` and digits, an optional trailing `# remark`), otherwise
 * hadolint ignores it and so do we. The rules that honour them are chosen by their
 * `docs.buildkit` and `docs.hadolint` metadata (lib/suppression-comments.ts).
 */
import type { DockerfileRoot } from "./ast.js";
import { isInstruction } from "./ast.js";

/** What one rule is known as elsewhere: its `docs.buildkit` and `docs.hadolint` codes. */
export interface EquivalentCodes {
  buildkit?: readonly string[];
  hadolint?: readonly string[];
}

export interface CheckDirective {
  skipAll: boolean;
  skip: string[];
}

export interface HadolintPragma {
  global: boolean;
  codes: string[];
}

/** The lines of one instruction a `# hadolint ignore=` comment applies to. */
export interface IgnoredInstruction {
  startLine: number;
  endLine: number;
  codes: ReadonlySet<string>;
}

/** Docker's parser directive syntax: `# name = value`, the value running to the end of the line. */
const DIRECTIVE_LINE = /^#\s*([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.*?)\s*$/u;
const HADOLINT_PRAGMA = /^hadolint[ \t]+(global[ \t]+)?ignore[ \t]*=[ \t]*([DLSC0-9]+(?:[ \t]*,[ \t]*[DLSC0-9]+)*)[ \t]*(?:#.*)?$/u;

/**
 * The value of a `check` parser directive as BuildKit reads it: up to three `;`-separated
 * `key=value` options; `skip=all` or a comma-separated list of check names.
 */
export function parseCheckDirective(value: string): CheckDirective {
  const result: CheckDirective = { skipAll: false, skip: [] };
  for (const option of value.trim().split(";").slice(0, 3)) {
    const equals = option.indexOf("=");
    if (equals === -1 || option.slice(0, equals).trim() !== "skip") continue;
    const names = option.slice(equals + 1).trim();
    if (names === "all") result.skipAll = true;
    else result.skip.push(...names.split(",").map((name) => name.trim()).filter((name) => name !== ""));
  }
  return result;
}

/** A comment's text (after `#`) as a hadolint ignore pragma, or null when hadolint would not read it as one. */
export function parseHadolintPragma(comment: string): HadolintPragma | null {
  const match = HADOLINT_PRAGMA.exec(comment.trim());
  if (!match) return null;
  return { global: match[1] !== undefined, codes: match[2]!.split(",").map((code) => code.trim()) };
}

export class SuppressionComments {
  /** `check=skip=all`. */
  readonly skipAllChecks: boolean;
  /** The build checks `check=skip=` names. */
  readonly skippedChecks: ReadonlySet<string>;
  /** Codes of `# hadolint global ignore=` comments anywhere in the file. */
  readonly hadolintGlobal: ReadonlySet<string>;
  /** Instructions with a `# hadolint ignore=` comment on the line directly above them. */
  readonly hadolintInstructions: readonly IgnoredInstruction[];

  constructor(ast: DockerfileRoot, text: string) {
    const check = ast.directives.find((directive) => directive.name === "check");
    const checkValue = check ? DIRECTIVE_LINE.exec(text.slice(check.range[0], check.range[1]).trim())?.[2] : undefined;
    const checks = parseCheckDirective(checkValue ?? "");
    this.skipAllChecks = checks.skipAll;
    this.skippedChecks = new Set(checks.skip);

    const global = new Set<string>();
    const pragmaLines = new Map<number, string[]>();
    for (const comment of ast.comments) {
      const pragma = parseHadolintPragma(comment.value);
      if (!pragma) continue;
      if (pragma.global) pragma.codes.forEach((code) => global.add(code));
      else pragmaLines.set(comment.loc.start.line + 1, pragma.codes);
    }
    this.hadolintGlobal = global;
    const instructions: IgnoredInstruction[] = [];
    if (pragmaLines.size > 0) {
      for (const node of ast.body) {
        const codes = isInstruction(node) ? pragmaLines.get(node.loc.start.line) : undefined;
        if (codes) instructions.push({ startLine: node.loc.start.line, endLine: node.loc.end.line, codes: new Set(codes) });
      }
    }
    this.hadolintInstructions = instructions;
  }

  /** Whether `check=skip` turns a rule with these codes off for the whole file. */
  skipsFile(codes: EquivalentCodes, { hadolintPragmas }: { hadolintPragmas: boolean }): boolean {
    const buildkit = codes.buildkit ?? [];
    if (buildkit.length > 0 && (this.skipAllChecks || buildkit.some((name) => this.skippedChecks.has(name)))) return true;
    return hadolintPragmas && (codes.hadolint ?? []).some((code) => this.hadolintGlobal.has(code));
  }

  /** The lines (first, last) where `# hadolint ignore=` turns a rule with these codes off. */
  ignoredLines(codes: EquivalentCodes, { hadolintPragmas }: { hadolintPragmas: boolean }): [number, number][] {
    const hadolint = codes.hadolint ?? [];
    if (!hadolintPragmas || hadolint.length === 0) return [];
    return this.hadolintInstructions
      .filter((instruction) => hadolint.some((code) => instruction.codes.has(code)))
      .map((instruction) => [instruction.startLine, instruction.endLine]);
  }
}
