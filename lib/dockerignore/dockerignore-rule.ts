/**
 * Types for rules of the `.dockerignore` language.
 */
import type { RuleVisitor } from "@eslint/core";
import type { CustomRuleVisitorWithExit } from "@eslint/plugin-kit";
import type { BlankLineNode, CommentNode, IgnoreFileRoot, PatternNode } from "./dockerignore-ast.js";

/** Visitors a `.dockerignore` rule may return, with their `:exit` twins. */
export interface DockerignoreRuleVisitor
  extends RuleVisitor,
    CustomRuleVisitorWithExit<{
      IgnoreFile?(node: IgnoreFileRoot): void;
      Pattern?(node: PatternNode, parent: IgnoreFileRoot): void;
      Comment?(node: CommentNode, parent: IgnoreFileRoot): void;
      BlankLine?(node: BlankLineNode, parent: IgnoreFileRoot): void;
    }> {}
