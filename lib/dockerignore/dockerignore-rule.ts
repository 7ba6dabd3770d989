/**
 * Types for rules of the `.dockerignore` language.
 */
import type { RuleVisitor } from "@eslint/core";
import type {
  CustomRuleDefinitionType,
  CustomRuleTypeDefinitions,
  CustomRuleVisitorWithExit,
} from "@eslint/plugin-kit";
import type { BlankLineNode, CommentNode, DockerignoreNode, IgnoreFileRoot, PatternNode } from "./dockerignore-ast.js";
import type { DockerignoreLanguageOptions, DockerignoreSourceCode } from "./dockerignore-source-code.js";

/** Visitors a `.dockerignore` rule may return, with their `:exit` twins. */
export interface DockerignoreRuleVisitor
  extends RuleVisitor,
    CustomRuleVisitorWithExit<{
      IgnoreFile?(node: IgnoreFileRoot): void;
      Pattern?(node: PatternNode, parent: IgnoreFileRoot): void;
      Comment?(node: CommentNode, parent: IgnoreFileRoot): void;
      BlankLine?(node: BlankLineNode, parent: IgnoreFileRoot): void;
    }> {}

export type DockerignoreRuleDefinition<Options extends Partial<CustomRuleTypeDefinitions> = {}> =
  CustomRuleDefinitionType<
    {
      LangOptions: DockerignoreLanguageOptions;
      Code: DockerignoreSourceCode;
      Visitor: DockerignoreRuleVisitor;
      Node: DockerignoreNode;
    },
    Options
  >;
