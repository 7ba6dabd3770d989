/**
 * Every RUN makes a layer. Short RUNs one after another (`RUN apt-get update` then
 * `RUN apt-get install ...`) add layers, and split work that belongs together. hadolint's
 * criteria: consecutive RUNs (comments between them allowed) with the same flags, each running at
 * most two commands.
 */
import type { Instruction, RunInstruction } from "../lib/dockerfile/ast.js";
import { createDockerfileRule } from "../lib/rule.js";
import { commandName } from "../lib/shell/index.js";

/** Commands whose effect on the shell (directory, variables, options) would reach the merged command. */
const SHELL_STATE = new Set([".", "alias", "cd", "exec", "exit", "export", "popd", "pushd", "return", "set", "shopt", "source", "trap", "ulimit", "umask", "unalias", "unset"]);
const MAX_COMMANDS = 2;

export default createDockerfileRule<{ MessageIds: "consecutiveRun" | "merge" }>("no-consecutive-run", {
  meta: {
    type: "suggestion",
    docs: {
      description: "Disallow consecutive short RUN instructions that could be one layer",
      recommended: false,
      strict: true,
      hadolint: ["DL3059"],
      buildkit: [],
    },
    hasSuggestions: true,
    schema: [],
    defaultOptions: [],
    messages: {
      consecutiveRun: "This RUN follows another short RUN with the same flags, and each makes its own layer. Join them into one RUN with &&.",
      merge: "Join this RUN to the one before it with &&.",
    },
  },
  create(context) {
    const { sourceCode } = context;
    const { analysis } = sourceCode;
    const text = sourceCode.text;

    function commandCount(run: RunInstruction): number {
      return analysis.runCommands.commandsOf(run).length;
    }

    /** A RUN hadolint would count: shell form or `sh -c` exec form, no heredoc. */
    function countable(run: RunInstruction): boolean {
      return run.heredocs.length === 0 && analysis.runCommands.scriptsOf(run).length > 0;
    }

    function sameFlags(a: RunInstruction, b: RunInstruction): boolean {
      const flags = (run: RunInstruction) => run.flags.map((flag) => text.slice(...flag.range)).sort().join(" ");
      return flags(a) === flags(b);
    }

    /** `RUN a` + `RUN b` -> `RUN a && \` + `    b`, when that is certain to run the same commands. */
    function mergeFix(previous: RunInstruction, run: RunInstruction): [number, number, string] | null {
      if (previous.form !== "shell" || run.form !== "shell" || !previous.argumentsRange || !run.argumentsRange) return null;
      const before = text.slice(...previous.argumentsRange).trimEnd();
      const after = text.slice(...run.argumentsRange).trimEnd();
      const between = text.slice(previous.argumentsRange[0] + before.length, run.range[0]);
      const escape = analysis.escapeCharacter;
      if (/\S/u.test(between) || /#|&\s*$|;\s*$/u.test(before) || before.endsWith(escape)) return null;
      const commands = analysis.runCommands.commandsOf(previous);
      if (commands.some((command) => command.name === null || SHELL_STATE.has(commandName(command) ?? ""))) return null;
      // The second RUN must be one simple command, so `a && b` fails exactly when either RUN would.
      const [only, ...rest] = analysis.runCommands.commandsOf(run);
      if (!only || rest.length > 0 || only.inPipeline || only.inSubshell || only.negated) return null;
      if (text.slice(...only.range) !== after) return null;
      const newline = /\r\n|\r|\n/u.exec(between)?.[0] ?? "\n";
      const end = run.argumentsRange[0] + after.length;
      return [previous.argumentsRange[0] + before.length, end, ` && ${escape}${newline}    ${after}`];
    }

    function check(instructions: Instruction[]): void {
      let previous: RunInstruction | null = null;
      for (const instruction of instructions) {
        if (instruction.type !== "RUN" || !countable(instruction)) {
          previous = null;
          continue;
        }
        const run = instruction;
        if (previous && sameFlags(previous, run) && commandCount(previous) <= MAX_COMMANDS && commandCount(run) <= MAX_COMMANDS) {
          const merge = mergeFix(previous, run);
          context.report({
            loc: sourceCode.getLocFromRange(run.keywordRange),
            messageId: "consecutiveRun",
            suggest: merge ? [{ messageId: "merge", fix: (fixer) => fixer.replaceTextRange([merge[0], merge[1]], merge[2]) }] : [],
          });
        }
        previous = run;
      }
    }

    return {
      Dockerfile() {
        for (const stage of analysis.stages.stages) check(stage.instructions);
      },
    };
  },
});
