/**
 * The SourceCode object ESLint hands to `.dockerignore` rules: the text, the tree, the traversal
 * ESLint walks, and the inline configuration found in `#` comments.
 */
import { TextSourceCodeBase, VisitNodeStep, type Directive } from "@eslint/plugin-kit";
import type { FileProblem, RulesConfig, SourceLocation } from "@eslint/core";
import { LINE_ENDING_PATTERN } from "../text/line-index.js";
import {
  collectDisableDirectives,
  collectInlineRuleConfigs,
  isInlineConfigComment,
} from "../text/inline-config.js";
import type { CommentNode, DockerignoreNode, IgnoreFileRoot, PatternNode } from "./dockerignore-ast.js";

/** The `.dockerignore` language takes no options. */
export type DockerignoreLanguageOptions = Record<string, unknown>;

/** One step of the walk: entering (phase 1) or leaving (phase 2) a node. */
export class DockerignoreTraversalStep extends VisitNodeStep {
  declare target: DockerignoreNode;

  constructor(options: { target: DockerignoreNode; phase: 1 | 2; args: [DockerignoreNode, IgnoreFileRoot?] }) {
    super(options);
  }
}

export class DockerignoreSourceCode extends TextSourceCodeBase<{
  LangOptions: DockerignoreLanguageOptions;
  RootNode: IgnoreFileRoot;
  SyntaxElementWithLoc: DockerignoreNode;
  ConfigNode: CommentNode;
}> {
  /** The pattern lines, in file order (what Docker matches paths against, last match wins). */
  readonly patterns: readonly PatternNode[];

  /** The comment lines, in file order. */
  readonly comments: readonly CommentNode[];

  #steps: DockerignoreTraversalStep[] | undefined;
  #inlineConfigNodes: CommentNode[] | undefined;

  constructor({ text, ast }: { text: string; ast: IgnoreFileRoot }) {
    super({ text, ast, lineEndingPattern: LINE_ENDING_PATTERN });
    this.patterns = ast.body.filter((line): line is PatternNode => line.type === "Pattern");
    this.comments = ast.body.filter((line): line is CommentNode => line.type === "Comment");
  }

  override getParent(node: DockerignoreNode): DockerignoreNode | undefined {
    return node.type === "IgnoreFile" ? undefined : this.ast;
  }

  /** Root first, then each line; every node is entered then left. Computed once. */
  override traverse(): Iterable<DockerignoreTraversalStep> {
    if (!this.#steps) {
      const root = this.ast;
      this.#steps = [new DockerignoreTraversalStep({ target: root, phase: 1, args: [root] })];
      for (const line of root.body) {
        this.#steps.push(
          new DockerignoreTraversalStep({ target: line, phase: 1, args: [line, root] }),
          new DockerignoreTraversalStep({ target: line, phase: 2, args: [line, root] }),
        );
      }
      this.#steps.push(new DockerignoreTraversalStep({ target: root, phase: 2, args: [root] }));
    }
    return this.#steps.values();
  }

  /** Comments that hold an ESLint directive (`# eslint-disable ...`, `# eslint rule: ...`). */
  getInlineConfigNodes(): CommentNode[] {
    this.#inlineConfigNodes ??= this.comments.filter((comment) => isInlineConfigComment(comment.value));
    return this.#inlineConfigNodes;
  }

  getDisableDirectives(): { problems: FileProblem[]; directives: Directive[] } {
    return collectDisableDirectives(this.getInlineConfigNodes());
  }

  applyInlineConfig(): {
    problems: FileProblem[];
    configs: { config: { rules: RulesConfig }; loc: SourceLocation }[];
  } {
    return collectInlineRuleConfigs(this.getInlineConfigNodes());
  }
}
