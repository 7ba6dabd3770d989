/**
 * Ignore-file lines that Docker reads differently from what they look like: a `#` that is not in
 * the first column (a pattern, not a comment; also after a pattern), `\` as a folder separator
 * (an escape on Linux and macOS), a leading `/` (changes nothing), `**` inside a name, `..`,
 * patterns Docker refuses (`abc[`, a lone `!`, a trailing `\`), and a `!` that puts a secret file
 * back into the build context. Each comes with a suggestion where one is clear.
 */
import type { SuggestedEdit } from "@eslint/core";
import { createIgnoreMatcher } from "../lib/analysis/build-context/ignore-matcher.js";
import { secretNamedByPattern, secretPattern } from "../lib/analysis/secret-files.js";
import type { PatternNode } from "../lib/dockerignore/dockerignore-ast.js";
import { lineBreakOf, lineRemovalRange, lineTextRange } from "../lib/dockerignore/line-edits.js";
import { createDockerignoreRule } from "../lib/rule.js";

type MessageIds =
  | "notComment"
  | "loneBang"
  | "invalid"
  | "inlineComment"
  | "backslash"
  | "leadingSlash"
  | "doubleStar"
  | "outside"
  | "reincludesSecret"
  | "makeComment"
  | "moveComment"
  | "useSlash"
  | "dropSlash"
  | "splitDoubleStar"
  | "escapeBracket"
  | "removeLine";

export default createDockerignoreRule<{ MessageIds: MessageIds }>("dockerignore-valid-pattern", {
  meta: {
    type: "problem",
    docs: {
      description: "Disallow ignore-file patterns that Docker reads differently from what they look like, or refuses",
      recommended: true,
      strict: true,
      hadolint: [],
      buildkit: [],
    },
    hasSuggestions: true,
    schema: [],
    defaultOptions: [],
    messages: {
      notComment:
        'This line is the pattern "{{raw}}", not a comment: Docker reads a line as a comment only when "#" is its very first character.',
      loneBang: 'A lone "!" makes Docker refuse the ignore file ("illegal exclusion pattern"), and the build fails.',
      invalid: 'Docker cannot read the pattern "{{raw}}" ({{reason}}) and stops the build with "syntax error in pattern".',
      inlineComment:
        'Docker has no comments after a pattern: it reads "{{raw}}" whole, "#" and all, so it matches only a file of that exact name. Put the comment on a line of its own.',
      backslash:
        'On Linux and macOS Docker reads "\\" as an escape character, not a folder separator: "{{raw}}" matches "{{reading}}" there (only Windows reads "\\" as a separator). Use "/".',
      leadingSlash:
        'The leading "/" changes nothing: Docker matches every pattern from the root of the build context, so "{{raw}}" is "{{plain}}". Unlike .gitignore, a pattern without "/" does not match in subfolders either: write "**/{{plain}}" for that.',
      doubleStar:
        '"**" means any number of folders only as a whole path segment ("**/name", "name/**"). In "{{raw}}", Docker reads "{{segment}}" as {{reading}}.',
      outside: 'Pattern "{{raw}}" points above the build context with "..", so it matches nothing: paths in the context never start with "..".',
      reincludesSecret:
        '"{{raw}}" puts secret files ({{pattern}}) back into the build context, where a COPY . . copies them into the image. Keep them out, and give the build a secret with docker build --secret and RUN --mount=type=secret.',
      makeComment: "Remove the whitespace before \"#\" to make the line a comment.",
      moveComment: "Move the comment to its own line above the pattern.",
      useSlash: 'Replace "\\" with "/".',
      dropSlash: 'Remove the leading "/".',
      splitDoubleStar: 'Write "{{replacement}}".',
      escapeBracket: 'Escape the "[" to match it literally: "{{replacement}}".',
      removeLine: "Remove this line.",
    },
  },
  create(context) {
    const { sourceCode } = context;

    return {
      Pattern(node) {
        const line = node.loc.start.line;
        const [lineStart, lineEnd] = lineTextRange(sourceCode, line);
        const removeLine: SuggestedEdit<MessageIds> = { messageId: "removeLine", fix: (fixer) => fixer.removeRange(lineRemovalRange(sourceCode, line)) };
        const replaceRaw = (messageId: MessageIds, replacement: string): SuggestedEdit<MessageIds> => ({
          messageId,
          data: { replacement },
          fix: (fixer) => fixer.replaceTextRange(node.range, replacement),
        });
        const report = (messageId: MessageIds, data: Record<string, string>, suggest: SuggestedEdit<MessageIds>[] = []) =>
          context.report({ node, messageId, data: { raw: node.raw, ...data }, suggest });

        if (node.raw.startsWith("#")) {
          report("notComment", {}, [{ messageId: "makeComment", fix: (fixer) => fixer.removeRange([lineStart, node.range[0]]) }]);
          return;
        }
        if (node.value === "") {
          report("loneBang", {}, [removeLine]);
          return;
        }
        const comment = /\s#/u.exec(node.raw);
        if (comment) {
          const pattern = node.raw.slice(0, comment.index).trimEnd();
          const commentText = node.raw.slice(comment.index + 1);
          report("inlineComment", {}, [
            {
              messageId: "moveComment",
              fix: (fixer) => fixer.replaceTextRange([lineStart, lineEnd], `${commentText}${lineBreakOf(sourceCode.text)}${pattern}`),
            },
          ]);
          return;
        }
        if (createIgnoreMatcher([node]).invalidPatterns.length > 0) {
          const escaped = escapeOpenBrackets(node.raw);
          const fixable = escaped !== node.raw && createIgnoreMatcher([{ value: escaped.replace(/^!\s*/u, ""), negated: false }]).invalidPatterns.length === 0;
          report("invalid", { reason: invalidReason(node, sourceCode.text.slice(node.range[1], lineEnd)) }, fixable ? [replaceRaw("escapeBracket", escaped)] : [removeLine]);
          return;
        }
        const separators = misleadingBackslashes(node.raw);
        if (separators.length > 0) {
          const slashed = [...node.raw].map((char, index) => (separators.includes(index) ? "/" : char)).join("");
          report("backslash", { reading: node.value.replace(/\\(.)/gu, "$1") }, [
            { messageId: "useSlash", fix: (fixer) => fixer.replaceTextRange(node.range, slashed) },
          ]);
        }
        const slash = /^(!\s*)?(\/+)/u.exec(node.raw);
        if (slash && node.value !== "/") {
          const [, bang = "", slashes] = slash;
          const plain = node.raw.slice(bang.length + slashes!.length);
          report("leadingSlash", { plain }, [
            { messageId: "dropSlash", fix: (fixer) => fixer.removeRange([node.range[0] + bang.length, node.range[0] + bang.length + slashes!.length]) },
          ]);
        }
        const doubleStar = misusedDoubleStar(node.value);
        if (doubleStar) {
          report("doubleStar", { segment: doubleStar.segment, reading: doubleStar.reading }, doubleStar.replacement ? [replaceRaw("splitDoubleStar", (node.negated ? "!" : "") + doubleStar.replacement)] : []);
        }
        if (node.value === ".." || node.value.startsWith("../")) report("outside", {}, [removeLine]);
        if (node.negated) {
          const secret = secretNamedByPattern(node.value);
          if (secret) report("reincludesSecret", { pattern: secretPattern(secret) }, [removeLine]);
        }
      },
    };
  },
});

function invalidReason(node: PatternNode, after: string): string {
  if (/(?:^|[^\\])(?:\\\\)*\\$/u.test(node.value)) {
    return after.length > 0 ? 'the space after the final "\\" is trimmed, which leaves a "\\" with nothing to escape' : 'it ends with "\\", which has nothing to escape';
  }
  if (node.value.includes("[")) return 'a "[" character class is not closed, or is malformed';
  return "Go's filepath.Match rejects it";
}

/** Escapes every `[` that is not escaped yet. */
function escapeOpenBrackets(raw: string): string {
  return raw.replace(/(\\.)|\[/gu, (whole, escaped: string | undefined) => escaped ?? "\\[");
}

/**
 * Indexes of `\` that stand where a folder separator would: before a letter, digit, `.`, `_` or
 * `-`. Escapes written on purpose come before wildcards, `\`, `#`, `!` or a space.
 */
function misleadingBackslashes(raw: string): number[] {
  const found: number[] = [];
  for (let index = 0; index < raw.length; index++) {
    if (raw[index] !== "\\") continue;
    const next = raw[index + 1];
    if (next !== undefined && /[\p{L}\p{N}._-]/u.test(next)) found.push(index);
    index++;
  }
  return found;
}

/** A path segment holding `**` with other characters, what Docker makes of it, and a fix when clear. */
function misusedDoubleStar(value: string): { segment: string; reading: string; replacement: string | null } | null {
  const segments = value.split("/");
  for (let index = 0; index < segments.length; index++) {
    const segment = segments[index]!;
    if (!segment.includes("**") || segment === "**") continue;
    const before = segments.slice(0, index).join("/");
    const after = segments.slice(index + 1).join("/");
    const join = (...parts: string[]) => parts.filter((part) => part !== "").join("/");
    if (index === 0 && /^\*\*[^*?[\]\\]+$/u.test(segment) && after === "") {
      // `**.pyc`: every path that ends in `.pyc` - Docker's suffix match, and what it looks like.
      if (segment.startsWith("**.")) continue;
      return { segment, reading: `any path that ends with "${segment.slice(2)}" ("x${segment.slice(2)}" too)`, replacement: `**/${segment.slice(2)}` };
    }
    if (/^[^*?[\]\\]+\*\*$/u.test(segment) && after === "") {
      const name = segment.slice(0, -2);
      return { segment, reading: `any path that starts with "${join(before, name)}" ("${join(before, name)}x" too)`, replacement: join(before, name, "**") };
    }
    return { segment, reading: 'any characters, "/" included', replacement: null };
  }
  return null;
}
