/**
 * A variable no ARG or ENV declares expands to an empty string, silently: `COPY app-$VERSON.jar`
 * copies `app-.jar`. Checked where Docker itself expands variables (ENV, ARG, LABEL, COPY, ADD,
 * WORKDIR, USER, EXPOSE, VOLUME, STOPSIGNAL), never in RUN/CMD/ENTRYPOINT, where a shell expands
 * them. The base image's ENV is unknown to a linter, so outside stages built on `scratch` only
 * what cannot come from the image is reported: platform ARGs used without `ARG`, and names one
 * edit away from a declared one.
 */
import { hasFallback, oneEditAway, variableReferences, type VariableReference } from "../lib/analysis/variable-references.js";
import { BUILDKIT_ARGS, PLATFORM_ARGS, type VariableScope } from "../lib/analysis/variables.js";
import type { Instruction } from "../lib/dockerfile/ast.js";
import type { Range } from "../lib/text/line-index.js";
import { createDockerfileRule } from "../lib/rule.js";

/** Always set in a build stage (BuildKit gives PATH a default) or meaningful to BuildKit itself. */
const ALWAYS_DEFINED = new Set<string>(["PATH", ...BUILDKIT_ARGS, "BUILDKIT_SBOM_SCAN_CONTEXT", "BUILDKIT_SBOM_SCAN_STAGE"]);

type Span = { range: Range; scope: VariableScope };

export default createDockerfileRule("no-undefined-variable", {
  meta: {
    type: "problem",
    docs: {
      description: "Disallow variables that no ARG or ENV declares in instructions Docker expands",
      recommended: true,
      strict: true,
      hadolint: [],
      buildkit: ["UndefinedVar"],
    },
    hasSuggestions: true,
    schema: [],
    defaultOptions: [],
    messages: {
      undefined: '"${{name}}" is not defined: no ARG or ENV before this {{instruction}} declares it, so it expands to an empty string. Declare it first.',
      typo: '"${{name}}" is not defined: no ARG or ENV before this {{instruction}} declares it. Did you mean "${{suggestion}}"?',
      notInStage:
        '"${{name}}" is a build argument of the global scope, which instructions inside a stage do not see: here it expands to an empty string. Add "ARG {{name}}" to this stage.',
      replace: 'Use "${{suggestion}}" instead.',
      declare: 'Add "ARG {{name}}" after this stage\'s FROM.',
    },
  },
  create(context) {
    const { sourceCode } = context;
    const { text } = sourceCode;
    const analysis = sourceCode.analysis;
    const { stages, escapeCharacter } = analysis;

    function spansOf(instruction: Instruction): Span[] {
      const scope = analysis.scopeAt(instruction);
      const ranges = (nodes: { range: Range }[]): Span[] => nodes.map(({ range }) => ({ range, scope }));
      switch (instruction.type) {
        case "ENV":
        case "LABEL":
          return instruction.pairs.flatMap((pair) => ranges([{ range: pair.keyRange }, ...(pair.valueRange ? [{ range: pair.valueRange }] : [])]));
        case "ARG": {
          // Each default sees the ARGs before it in the same instruction.
          let argScope = scope;
          const spans: Span[] = [];
          for (const pair of instruction.pairs) {
            if (pair.valueRange) spans.push({ range: pair.valueRange, scope: argScope });
            argScope = argScope.with({ name: pair.key, value: null, kind: "ARG" });
          }
          return spans;
        }
        case "COPY":
        case "ADD":
          return ranges([
            ...instruction.flags.filter((flag) => flag.name === "chown" || flag.name === "chmod").flatMap((flag) => (flag.valueRange ? [{ range: flag.valueRange }] : [])),
            ...instruction.arguments,
            ...instruction.execArguments,
          ]);
        case "VOLUME":
          return ranges([...instruction.arguments, ...instruction.execArguments]);
        case "WORKDIR":
        case "USER":
        case "EXPOSE":
        case "STOPSIGNAL":
          return ranges(instruction.arguments);
        default:
          return [];
      }
    }

    return {
      "Dockerfile:exit"() {
        for (const stage of stages.stages) {
          const ancestry = stages.ancestry(stage);
          const knownEnvironment = ancestry.at(-1)!.base.kind === "scratch";
          for (const instruction of stage.instructions) {
            for (const { range, scope } of spansOf(instruction)) {
              const references = variableReferences(text.slice(...range), escapeCharacter, range[0]);
              const seen = new Set<string>();
              for (const reference of references) {
                if (seen.has(reference.name)) continue;
                seen.add(reference.name);
                const same = references.filter((other) => other.name === reference.name);
                check(instruction, stage.from, reference.name, same, scope, knownEnvironment);
              }
            }
          }
        }
      },
    };

    function check(
      instruction: Instruction,
      from: Instruction,
      name: string,
      references: VariableReference[],
      scope: VariableScope,
      knownEnvironment: boolean,
    ): void {
      if (scope.lookup(name) !== undefined || ALWAYS_DEFINED.has(name) || references.every(hasFallback)) return;
      const loc = sourceCode.getLocFromRange([references[0]!.nameRange[0], references[0]!.nameRange[1]]);
      const global = stages.globalScope.get(name);
      if ((PLATFORM_ARGS as readonly string[]).includes(name) || (knownEnvironment && global?.kind === "ARG")) {
        const keyword = from.keyword === from.keyword.toLowerCase() ? "arg" : "ARG";
        const lineBreak = /\r\n|\r|\n/u.exec(text)?.[0] ?? "\n";
        context.report({
          loc,
          messageId: "notInStage",
          data: { name },
          suggest: [{ messageId: "declare", data: { name }, fix: (fixer) => fixer.insertTextAfterRange(from.range, `${lineBreak}${keyword} ${name}`) }],
        });
        return;
      }
      const suggestion = oneEditAway(name, [...scope.names(), "PATH"]);
      if (!suggestion && !knownEnvironment) return;
      context.report({
        loc,
        messageId: suggestion ? "typo" : "undefined",
        data: { name, suggestion: suggestion ?? "", instruction: instruction.type },
        suggest: suggestion
          ? [{ messageId: "replace", data: { suggestion }, fix: (fixer) => references.map((reference) => fixer.replaceTextRange(reference.nameRange, suggestion)) }]
          : [],
      });
    }
  },
});
