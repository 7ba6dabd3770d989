/**
 * The SourceCode object rules receive for a Dockerfile: locations and inline configuration from
 * TextSourceCodeBase, plus the shared analysis (stages, variables, RUN shell commands, build
 * context), each computed once on first use.
 */
import { TextSourceCodeBase, VisitNodeStep } from "@eslint/plugin-kit";
import type { FileProblem, RulesConfig, TraversalStep } from "@eslint/core";
import type { Directive } from "@eslint/plugin-kit";
import { LINE_ENDING_PATTERN, type Range, type SourceLocation } from "../text/line-index.js";
import { collectDisableDirectives, collectInlineRuleConfigs, isInlineConfigComment } from "../text/inline-config.js";
import { visitorKeys, type Comment, type DockerfileNode, type DockerfileRoot } from "./ast.js";
import { DockerfileAnalysis } from "../analysis/dockerfile-analysis.js";
import { SuppressionComments } from "./suppressions.js";

export interface DockerfileLanguageOptions {
  [key: string]: unknown;
}

export interface DockerfileFileInfo {
  /** The path ESLint lints: for an embedded block, a virtual path such as `README.md/0.dockerfile`. */
  path: string;
  /** The file on disk the text came from. */
  physicalPath: string;
}

export class DockerfileSourceCode extends TextSourceCodeBase<{
  LangOptions: DockerfileLanguageOptions;
  RootNode: DockerfileRoot;
  SyntaxElementWithLoc: DockerfileNode;
  ConfigNode: Comment;
}> {
  declare ast: DockerfileRoot;
  readonly file: DockerfileFileInfo;
  #steps: VisitNodeStep[] | undefined;
  readonly #parents = new WeakMap<DockerfileNode, DockerfileNode | undefined>();
  #analysis: DockerfileAnalysis | undefined;
  #suppressions: SuppressionComments | undefined;

  constructor({ text, ast, file }: { text: string; ast: DockerfileRoot; file: DockerfileFileInfo }) {
    super({ text, ast, lineEndingPattern: LINE_ENDING_PATTERN });
    this.ast = ast;
    this.file = file;
  }

  /** A block taken out of another file (Markdown fence, compose `dockerfile_inline`): no build context. */
  get isEmbedded(): boolean {
    return this.file.path !== this.file.physicalPath;
  }

  /** Stages, variables, RUN commands and the build context, computed on first use. */
  get analysis(): DockerfileAnalysis {
    this.#analysis ??= new DockerfileAnalysis({
      ast: this.ast,
      text: this.text,
      physicalPath: this.isEmbedded ? null : this.file.physicalPath,
    });
    return this.#analysis;
  }

  /** `# check=skip=...` and `# hadolint ignore=...` comments, read on first use (lib/suppression-comments.ts applies them). */
  get suppressions(): SuppressionComments {
    this.#suppressions ??= new SuppressionComments(this.ast, this.text);
    return this.#suppressions;
  }

  /** The location of a range of offsets, e.g. a shell word's, for `context.report({ loc })`. */
  getLocFromRange([start, end]: Range): SourceLocation {
    return { start: this.getLocFromIndex(start), end: this.getLocFromIndex(end) };
  }

  get comments(): Comment[] {
    return this.ast.comments;
  }

  override getParent(node: DockerfileNode): DockerfileNode | undefined {
    this.#ensureTraversed();
    return this.#parents.get(node);
  }

  getInlineConfigNodes(): Comment[] {
    return this.ast.comments.filter((comment) => isInlineConfigComment(comment.value));
  }

  getDisableDirectives(): { problems: FileProblem[]; directives: Directive[] } {
    return collectDisableDirectives(this.getInlineConfigNodes());
  }

  applyInlineConfig(): { problems: FileProblem[]; configs: { config: { rules: RulesConfig }; loc: SourceLocation }[] } {
    return collectInlineRuleConfigs(this.getInlineConfigNodes());
  }

  override traverse(): Iterable<TraversalStep> {
    this.#ensureTraversed();
    return this.#steps!.values();
  }

  #ensureTraversed(): void {
    if (this.#steps) return;
    const steps: VisitNodeStep[] = [];
    const visit = (node: DockerfileNode, parent: DockerfileNode | undefined): void => {
      this.#parents.set(node, parent);
      steps.push(new VisitNodeStep({ target: node, phase: 1, args: [node, parent] }));
      for (const child of childrenOf(node)) visit(child, node);
      steps.push(new VisitNodeStep({ target: node, phase: 2, args: [node, parent] }));
    };
    visit(this.ast, undefined);
    this.#steps = steps;
  }
}

function childrenOf(node: DockerfileNode): DockerfileNode[] {
  const children: DockerfileNode[] = [];
  const record = node as unknown as Record<string, unknown>;
  for (const key of visitorKeys[node.type] ?? []) {
    const value = record[key];
    if (Array.isArray(value)) children.push(...(value as DockerfileNode[]));
    else if (value) children.push(value as DockerfileNode);
  }
  return children;
}
