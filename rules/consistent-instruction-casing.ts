/**
 * Instruction keywords all in upper case or all in lower case. Docker accepts any case; a file
 * that mixes them (or writes `From`) is harder to scan. Like BuildKit's ConsistentInstructionCasing,
 * the expected case is the one most keywords of the file already use (upper case on a tie).
 */
import type { Instruction } from "../lib/dockerfile/ast.js";
import { createDockerfileRule } from "../lib/rule.js";

export default createDockerfileRule("consistent-instruction-casing", {
  meta: {
    type: "suggestion",
    docs: {
      description: "Require instruction keywords to use the same case throughout the file",
      recommended: true,
      strict: true,
      hadolint: [],
      buildkit: ["ConsistentInstructionCasing"],
    },
    fixable: "code",
    schema: [],
    defaultOptions: [],
    messages: {
      inconsistent: 'Instruction "{{keyword}}" should be {{casing}} case, like most instructions in this file: write "{{expected}}".',
    },
  },
  create(context) {
    return {
      Dockerfile(root) {
        const keywords: Instruction[] = [];
        for (const node of root.body) {
          if (node.type === "Comment") continue;
          keywords.push(node);
          if (node.type === "ONBUILD" && node.trigger) keywords.push(node.trigger);
        }
        let lower = 0;
        let upper = 0;
        for (const { keyword } of keywords) {
          if (keyword === keyword.toLowerCase()) lower++;
          else if (keyword === keyword.toUpperCase()) upper++;
        }
        const majorityLower = lower > upper;
        for (const node of keywords) {
          const expected = majorityLower ? node.keyword.toLowerCase() : node.keyword.toUpperCase();
          if (node.keyword === expected) continue;
          context.report({
            loc: context.sourceCode.getLocFromRange(node.keywordRange),
            messageId: "inconsistent",
            data: { keyword: node.keyword, casing: majorityLower ? "lower" : "upper", expected },
            fix: (fixer) => fixer.replaceTextRange(node.keywordRange, expected),
          });
        }
      },
    };
  },
});
