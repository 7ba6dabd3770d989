/**
 * ARG and ENV scopes as BuildKit sees them: global ARGs before the first FROM are visible only to
 * FROM lines unless a stage re-declares them; ENV and ARG declared in a stage are visible to the
 * instructions after them and to stages built FROM it (ENV only).
 */
import type { Instruction, KeyValue } from "../dockerfile/ast.js";
import { expandVariables, type Expansion, type VariableLookup } from "./variable-expansion.js";

/** Platform ARGs BuildKit defines in the global scope (values come from the build, not the file). */
export const PLATFORM_ARGS = [
  "TARGETPLATFORM",
  "TARGETOS",
  "TARGETARCH",
  "TARGETVARIANT",
  "BUILDPLATFORM",
  "BUILDOS",
  "BUILDARCH",
  "BUILDVARIANT",
] as const;

/** ARGs usable in any stage without an ARG instruction. */
export const PROXY_ARGS = [
  "HTTP_PROXY",
  "http_proxy",
  "HTTPS_PROXY",
  "https_proxy",
  "FTP_PROXY",
  "ftp_proxy",
  "NO_PROXY",
  "no_proxy",
  "ALL_PROXY",
  "all_proxy",
] as const;

/** Other ARGs BuildKit understands without a declaration. */
export const BUILDKIT_ARGS = ["BUILDKIT_SYNTAX", "BUILDKIT_INLINE_CACHE", "BUILDKIT_MULTI_PLATFORM", "SOURCE_DATE_EPOCH"] as const;

export interface VariableDefinition {
  name: string;
  /** Known value, or null when it comes from outside the file. */
  value: string | null;
  kind: "ARG" | "ENV" | "predefined";
  /** The declaring KeyValue node; absent for predefined ones. */
  node?: KeyValue;
}

/** An immutable set of visible variables; `with` returns a new scope. */
export class VariableScope {
  readonly #definitions: ReadonlyMap<string, VariableDefinition>;

  constructor(definitions: ReadonlyMap<string, VariableDefinition> = new Map()) {
    this.#definitions = definitions;
  }

  get(name: string): VariableDefinition | undefined {
    return this.#definitions.get(name);
  }

  has(name: string): boolean {
    return this.#definitions.has(name);
  }

  names(): string[] {
    return [...this.#definitions.keys()];
  }

  with(definition: VariableDefinition): VariableScope {
    const next = new Map(this.#definitions);
    next.set(definition.name, definition);
    return new VariableScope(next);
  }

  /** Only ENV definitions: what a child stage inherits. */
  environment(): VariableScope {
    return new VariableScope(new Map([...this.#definitions].filter(([, d]) => d.kind === "ENV")));
  }

  lookup: VariableLookup = (name) => {
    const definition = this.#definitions.get(name);
    if (definition) return definition.value;
    if ((PROXY_ARGS as readonly string[]).includes(name)) return null;
    return undefined;
  };

  expand(text: string, escapeCharacter = "\\"): Expansion {
    return expandVariables(text, this.lookup, escapeCharacter);
  }
}

export function globalScopeFrom(globalArgs: Instruction[], escapeCharacter: string): VariableScope {
  let scope = new VariableScope();
  for (const name of PLATFORM_ARGS) scope = scope.with({ name, value: null, kind: "predefined" });
  for (const instruction of globalArgs) {
    if (instruction.type !== "ARG") continue;
    for (const pair of instruction.pairs) {
      scope = scope.with({ name: pair.key, value: argValue(pair, scope, escapeCharacter), kind: "ARG", node: pair });
    }
  }
  return scope;
}

/**
 * Applies one instruction's declarations to a stage scope. `ARG NAME` without a default takes the
 * global ARG's default (BuildKit's re-declaration rule).
 */
export function declareIn(scope: VariableScope, instruction: Instruction, globalScope: VariableScope, escapeCharacter: string): VariableScope {
  if (instruction.type !== "ARG" && instruction.type !== "ENV") return scope;
  let next = scope;
  for (const pair of instruction.pairs) {
    if (instruction.type === "ENV") {
      // Docker expands every pair against the environment from before the instruction.
      const value = pair.value === null ? "" : scope.expand(pair.value, escapeCharacter).value;
      next = next.with({ name: pair.key, value, kind: "ENV", node: pair });
    } else {
      const inherited = globalScope.get(pair.key);
      const value = pair.value === null ? (inherited?.value ?? null) : argValue(pair, next, escapeCharacter);
      next = next.with({ name: pair.key, value, kind: "ARG", node: pair });
    }
  }
  return next;
}

function argValue(pair: KeyValue, scope: VariableScope, escapeCharacter: string): string | null {
  return pair.value === null ? null : scope.expand(pair.value, escapeCharacter).value;
}
