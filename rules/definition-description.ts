/**
 * `docker build --call=outline` and `--call=targets` show the comment right above an ARG or a named
 * FROM as its description when the comment starts with the name. A comment there that does not is
 * either a description that will not show, or a note that should be set apart by an empty line.
 * BuildKit's InvalidDefinitionDescription (experimental there, so strict-only here).
 */
import type { ArgInstruction, Comment, DockerfileRoot, FromInstruction } from "../lib/dockerfile/ast.js";
import { createDockerfileRule } from "../lib/rule.js";

/** Comments that are tool directives, not prose: never descriptions. */
const DIRECTIVE = /^(?:eslint(?:-disable|-enable)?\b|eslint-disable-next-line\b|hadolint\b|syntax=|escape=|check=|global\b|exported\b)/iu;

export default createDockerfileRule("definition-description", {
  meta: {
    type: "suggestion",
    docs: {
      description: "Require a comment right above an ARG or a named stage to start with its name",
      recommended: false,
      strict: true,
      hadolint: [],
      buildkit: ["InvalidDefinitionDescription"],
    },
    hasSuggestions: true,
    schema: [],
    defaultOptions: [],
    messages: {
      notDescription:
        'The comment above this {{instruction}} is read as the description of "{{name}}" but does not start with "{{name}}". Start it with "# {{name}} ...", or put an empty line between the comment and the instruction.',
      separate: "Put an empty line between the comment and the instruction.",
    },
  },
  create(context) {
    const { sourceCode } = context;
    const { text } = sourceCode;

    /** The comment lines directly above a line, nearest last. */
    function commentBlockAbove(root: DockerfileRoot, node: FromInstruction | ArgInstruction): Comment[] {
      const index = root.body.indexOf(node);
      const block: Comment[] = [];
      let line = node.loc.start.line;
      for (let i = index - 1; i >= 0; i--) {
        const previous = root.body[i]!;
        if (previous.type !== "Comment" || previous.loc.end.line !== line - 1) break;
        block.unshift(previous);
        line = previous.loc.start.line;
      }
      return block;
    }

    function check(root: DockerfileRoot, node: FromInstruction | ArgInstruction, names: string[]): void {
      if (names.length === 0) return;
      const block = commentBlockAbove(root, node).filter((comment) => !DIRECTIVE.test(comment.value));
      if (block.length === 0) return;
      if (block.some((comment) => names.some((name) => comment.value === name || comment.value.startsWith(`${name} `)))) return;
      const lineStart = node.range[0] - node.loc.start.column;
      const lineBreak = /\r\n|\r|\n/u.exec(text.slice(block.at(-1)!.range[1]))?.[0] ?? "\n";
      context.report({
        node: block.at(-1)!,
        messageId: "notDescription",
        data: { instruction: node.type, name: names.length === 1 ? names[0]! : names.join('" or "') },
        suggest: [{ messageId: "separate", fix: (fixer) => fixer.insertTextBeforeRange([lineStart, lineStart], lineBreak) }],
      });
    }

    return {
      Dockerfile(root) {
        for (const node of root.body) {
          if (node.type === "FROM" && node.stageName) check(root, node, [node.stageName.value]);
          else if (node.type === "ARG") check(root, node, node.pairs.map((pair) => pair.key));
        }
      },
    };
  },
});
