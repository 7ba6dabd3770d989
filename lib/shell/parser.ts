/**
 * The one tree-sitter-bash parser of the process. Loading is asynchronous (WebAssembly), so it
 * happens once here with top-level `await`; everything after it is synchronous.
 *
 * Trees are copied into plain objects in one cursor pass and deleted at once: every property read
 * on a web-tree-sitter node is a call into WebAssembly, so reading each node once is the cheapest
 * walk, and nothing can leak WebAssembly memory afterwards.
 */

import { createRequire } from "node:module";
import { Language, Parser, type Tree } from "web-tree-sitter";

/** A tree-sitter-bash node. `start`/`end` are indices into the parsed text. */
export interface SyntaxNode {
  type: string;
  start: number;
  end: number;
  /** `false` for anonymous tokens: `&&`, `|`, `then`, quotes, brackets. */
  named: boolean;
  children: SyntaxNode[];
}

const require = createRequire(import.meta.url);

await Parser.init();
const bash = await Language.load(require.resolve("tree-sitter-bash/tree-sitter-bash.wasm"));
const parser = new Parser();
parser.setLanguage(bash);

const typeNames: readonly string[] = Array.from(bash.types, (name) => name ?? "ERROR");
const typeIsNamed: readonly boolean[] = Array.from(bash.types, (_, id) => bash.nodeTypeIsNamed(id));

/** Parses `text`; `hasErrors` is set when the tree holds ERROR or MISSING nodes. */
export function parseSyntax(text: string): { root: SyntaxNode; hasErrors: boolean } {
  const tree = parser.parse(text);
  if (!tree) throw new Error("tree-sitter-bash returned no tree");
  try {
    return { root: copyTree(tree), hasErrors: tree.rootNode.hasError };
  } finally {
    tree.delete();
  }
}

function copyTree(tree: Tree): SyntaxNode {
  const cursor = tree.walk();
  try {
    const root = copyNode(cursor.nodeTypeId, cursor.startIndex, cursor.endIndex);
    const parents: SyntaxNode[] = [root];
    if (!cursor.gotoFirstChild()) return root;
    for (;;) {
      const node = copyNode(cursor.nodeTypeId, cursor.startIndex, cursor.endIndex);
      parents[parents.length - 1]!.children.push(node);
      if (cursor.gotoFirstChild()) {
        parents.push(node);
        continue;
      }
      while (!cursor.gotoNextSibling()) {
        if (!cursor.gotoParent() || parents.length === 1) return root;
        parents.pop();
      }
    }
  } finally {
    cursor.delete();
  }
}

function copyNode(typeId: number, start: number, end: number): SyntaxNode {
  return { type: typeNames[typeId] ?? "ERROR", start, end, named: typeIsNamed[typeId] ?? true, children: [] };
}
