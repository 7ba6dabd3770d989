/**
 * curl and wget do the same job; an image that calls both usually installs both. Pick one per
 * image (stage) and drop the other's package.
 */
import type { Instruction } from "../lib/dockerfile/ast.js";
import { createDockerfileRule } from "../lib/rule.js";
import { commandName, unwrapCommand, type ShellWord } from "../lib/shell/index.js";

type Tool = "curl" | "wget";

export default createDockerfileRule<{ MessageIds: "bothTools" }>("no-curl-and-wget", {
  meta: {
    type: "suggestion",
    docs: {
      description: "Disallow using both curl and wget in one stage; one download tool is enough",
      recommended: false,
      strict: true,
      hadolint: ["DL4001"],
      buildkit: [],
    },
    schema: [],
    defaultOptions: [],
    messages: {
      bothTools: "This stage already downloads with {{first}} (line {{line}}); using {{second}} too means the image needs both tools. Use {{first}} here as well.",
    },
  },
  create(context) {
    const { sourceCode } = context;
    const { analysis } = sourceCode;

    function usesIn(instructions: Instruction[]): { tool: Tool; word: ShellWord }[] {
      const uses: { tool: Tool; word: ShellWord }[] = [];
      for (const instruction of instructions) {
        if (instruction.type !== "RUN") continue;
        for (const command of analysis.runCommands.commandsOf(instruction)) {
          const view = unwrapCommand(command);
          const name = commandName(view);
          if (name === "curl" || name === "wget") uses.push({ tool: name, word: view.name! });
        }
      }
      return uses.sort((a, b) => a.word.range[0] - b.word.range[0]);
    }

    return {
      Dockerfile() {
        for (const stage of analysis.stages.stages) {
          const uses = usesIn(stage.instructions);
          const first = uses[0];
          if (!first) continue;
          const line = String(sourceCode.getLocFromIndex(first.word.range[0]).line);
          for (const use of uses) {
            if (use.tool === first.tool) continue;
            context.report({
              loc: sourceCode.getLocFromRange(use.word.range),
              messageId: "bothTools",
              data: { first: first.tool, second: use.tool, line },
            });
          }
        }
      },
    };
  },
});
