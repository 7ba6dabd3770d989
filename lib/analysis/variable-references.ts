/**
 * Where a word of an instruction refers to variables: each `$NAME` and `${NAME...}` with its
 * offsets, as Docker's word expansion reads them (the escape character before `$` makes a literal
 * dollar; nothing expands inside single quotes). Rules use it to point at, and rewrite, one reference.
 */

export interface VariableReference {
  name: string;
  /** Offsets of the name itself within the scanned text. */
  nameRange: [number, number];
  /** `:-`, `-`, `:+`, `+`, `:?`, `?` for `${NAME<op>word}`; null for `$NAME` and `${NAME}`. */
  operator: string | null;
}

const NAME = /^[A-Za-z_][A-Za-z0-9_]*/u;

export function variableReferences(text: string, escapeCharacter = "\\", offset = 0): VariableReference[] {
  const references: VariableReference[] = [];
  let quote: "'" | '"' | null = null;
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (quote === "'") {
      if (ch === "'") quote = null;
      i++;
      continue;
    }
    if (ch === escapeCharacter) {
      i += 2;
      continue;
    }
    if (ch === "'" && quote === null) {
      quote = "'";
      i++;
      continue;
    }
    if (ch === '"') {
      quote = quote === '"' ? null : '"';
      i++;
      continue;
    }
    if (ch !== "$") {
      i++;
      continue;
    }
    if (text[i + 1] === "{") {
      const close = closingBrace(text, i + 2);
      const inner = text.slice(i + 2, close < 0 ? text.length : close);
      const name = NAME.exec(inner)?.[0];
      if (name) {
        const start = offset + i + 2;
        const operator = /^(:?[-+?])/u.exec(inner.slice(name.length))?.[1] ?? null;
        references.push({ name, nameRange: [start, start + name.length], operator });
        if (operator) {
          const wordStart = i + 2 + name.length + operator.length;
          references.push(...variableReferences(inner.slice(name.length + operator.length), escapeCharacter, offset + wordStart));
        }
      }
      if (close < 0) break;
      i = close + 1;
      continue;
    }
    const name = NAME.exec(text.slice(i + 1))?.[0];
    if (name) references.push({ name, nameRange: [offset + i + 1, offset + i + 1 + name.length], operator: null });
    i += 1 + (name?.length ?? 0);
  }
  return references;
}

function closingBrace(text: string, from: number): number {
  let depth = 1;
  for (let i = from; i < text.length; i++) {
    if (text[i] === "{") depth++;
    else if (text[i] === "}" && --depth === 0) return i;
  }
  return -1;
}

/** True when a reference has a fallback (`${NAME:-x}`, `${NAME-x}`, `${NAME:+x}`, `${NAME+x}`): an unset value is meant. */
export function hasFallback(reference: VariableReference): boolean {
  return reference.operator !== null && !reference.operator.endsWith("?");
}

/**
 * The candidate one edit away from `name` (an insertion, deletion, substitution or swap of two
 * neighbours; case differences count as one edit), or null when there is none or more than one.
 */
export function oneEditAway(name: string, candidates: Iterable<string>): string | null {
  const found = new Set<string>();
  for (const candidate of candidates) {
    if (candidate !== name && editDistanceAtMostOne(name, candidate)) found.add(candidate);
  }
  if (found.size !== 1) {
    const exactCase = [...found].filter((candidate) => candidate.toLowerCase() === name.toLowerCase());
    return exactCase.length === 1 ? exactCase[0]! : null;
  }
  return [...found][0]!;
}

function editDistanceAtMostOne(a: string, b: string): boolean {
  if (a.toLowerCase() === b.toLowerCase()) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
