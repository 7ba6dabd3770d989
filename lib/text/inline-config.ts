/**
 * Inline configuration in `#` comments, shared by the Dockerfile and ignore-file languages:
 * `# eslint-disable`, `# eslint-enable`, `# eslint-disable-next-line`, and `# eslint rule: "off"`.
 *
 * Dockerfile comments always fill a whole line, so `eslint-disable-line` can never sit beside
 * the code it means; it is reported as a problem instead of being silently ignored.
 */
import { ConfigCommentParser, Directive } from "@eslint/plugin-kit";
import type { DirectiveType, FileProblem, RulesConfig } from "@eslint/core";
import type { LocatedNode, SourceLocation } from "./line-index.js";

/** A comment whose text (without the leading `#`) may hold a directive. */
export interface InlineConfigComment extends LocatedNode {
  /** The comment's text after `#`, trimmed. */
  value: string;
}

const commentParser = new ConfigCommentParser();
const DIRECTIVE_START = /^eslint(?:-enable|-disable(?:-next-line|-line)?)?(?:\s|$)/u;

export function isInlineConfigComment(value: string): boolean {
  return DIRECTIVE_START.test(value);
}

export function collectDisableDirectives(comments: readonly InlineConfigComment[]): {
  problems: FileProblem[];
  directives: Directive[];
} {
  const problems: FileProblem[] = [];
  const directives: Directive[] = [];
  for (const comment of comments) {
    const parsed = commentParser.parseDirective(comment.value);
    if (!parsed) continue;
    const { label, value, justification } = parsed;
    if (label === "eslint-disable-line") {
      problems.push({
        ruleId: null,
        message:
          "eslint-disable-line cannot work here: comments take whole lines. Put eslint-disable-next-line on the line above instead.",
        loc: comment.loc as SourceLocation,
      });
      continue;
    }
    if (label === "eslint-disable" || label === "eslint-enable" || label === "eslint-disable-next-line") {
      directives.push(
        new Directive({
          type: label.slice("eslint-".length) as DirectiveType,
          node: comment,
          value,
          justification,
        }),
      );
    }
  }
  return { problems, directives };
}

export function collectInlineRuleConfigs(comments: readonly InlineConfigComment[]): {
  problems: FileProblem[];
  configs: { config: { rules: RulesConfig }; loc: SourceLocation }[];
} {
  const problems: FileProblem[] = [];
  const configs: { config: { rules: RulesConfig }; loc: SourceLocation }[] = [];
  for (const comment of comments) {
    const parsed = commentParser.parseDirective(comment.value);
    if (parsed?.label !== "eslint") continue;
    const result = commentParser.parseJSONLikeConfig(parsed.value);
    if (result.ok) {
      configs.push({ config: { rules: result.config }, loc: comment.loc });
    } else {
      problems.push({ ruleId: null, message: result.error.message, loc: comment.loc });
    }
  }
  return { problems, configs };
}
