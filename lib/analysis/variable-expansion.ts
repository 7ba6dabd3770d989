/**
 * Docker's variable substitution in instruction words: `$NAME`, `${NAME}`, `${NAME:-default}`,
 * `${NAME-default}`, `${NAME:+alt}`, `${NAME+alt}`, `${NAME:?msg}`, with the escape character
 * before `$` meaning a literal dollar.
 */

/**
 * What a scope knows of a name: a string when its value is known, null when it is declared but
 * its value comes from outside the file (an ARG without default, a platform ARG), undefined when
 * the name is not declared at all.
 */
export type VariableLookup = (name: string) => string | null | undefined;

export interface Expansion {
  /** The expanded text, or null when some variable's value cannot be known from the file. */
  value: string | null;
  /** Every variable name the text refers to, in order, repeats removed. */
  references: string[];
  /** Referenced names the scope does not declare (Docker expands them to empty strings). */
  undeclared: string[];
}

const NAME = /^[A-Za-z_][A-Za-z0-9_]*/u;

export function expandVariables(text: string, lookup: VariableLookup, escapeCharacter = "\\"): Expansion {
  const references = new Set<string>();
  const undeclared = new Set<string>();
  let known = true;
  let output = "";

  const valueOf = (name: string): string | null | undefined => {
    references.add(name);
    const value = lookup(name);
    if (value === undefined) undeclared.add(name);
    return value;
  };

  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === escapeCharacter && text[i + 1] === "$") {
      output += "$";
      i += 2;
      continue;
    }
    if (ch !== "$") {
      output += ch;
      i++;
      continue;
    }
    if (text[i + 1] === "{") {
      const close = findClosingBrace(text, i + 2);
      if (close < 0) {
        output += text.slice(i);
        break;
      }
      const expanded = expandBraced(text.slice(i + 2, close), valueOf, lookup, escapeCharacter);
      if (expanded === null) known = false;
      else output += expanded;
      i = close + 1;
      continue;
    }
    const name = NAME.exec(text.slice(i + 1))?.[0];
    if (!name) {
      output += ch;
      i++;
      continue;
    }
    const value = valueOf(name);
    if (value === null) known = false;
    else output += value ?? "";
    i += 1 + name.length;
  }
  return { value: known ? output : null, references: [...references], undeclared: [...undeclared] };
}

function findClosingBrace(text: string, from: number): number {
  let depth = 1;
  for (let i = from; i < text.length; i++) {
    if (text[i] === "{") depth++;
    else if (text[i] === "}" && --depth === 0) return i;
  }
  return -1;
}

/** Expands the inside of `${...}`; null when the result depends on an unknown value. */
function expandBraced(
  inner: string,
  valueOf: (name: string) => string | null | undefined,
  lookup: VariableLookup,
  escapeCharacter: string,
): string | null {
  const name = NAME.exec(inner)?.[0];
  if (!name) return null;
  const value = valueOf(name);
  const rest = inner.slice(name.length);
  if (rest === "") return value === null ? null : (value ?? "");

  const operator = /^(:?[-+?])/u.exec(rest)?.[1];
  if (!operator) return null; // pattern operators (#, %, /) are not evaluated
  const word = rest.slice(operator.length);
  const expandWord = (): string | null => expandVariables(word, (n) => {
    const v = valueOf(n);
    return v === undefined ? lookup(n) : v;
  }, escapeCharacter).value;

  const set = value !== undefined;
  const nonEmpty = typeof value === "string" && value !== "";
  // An unknown value (null) is taken as "not passed": the default is what a plain build uses.
  switch (operator) {
    case ":-":
      return nonEmpty ? value : expandWord();
    case "-":
      return set && value !== null ? value : expandWord();
    case ":+":
      return nonEmpty ? expandWord() : value === null ? null : "";
    case "+":
      return set && value !== null ? expandWord() : value === null ? null : "";
    default:
      return value ?? null;
  }
}
