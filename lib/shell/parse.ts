/**
 * Turns a shell script into the {@link ShellScript} model: one tree-sitter-bash parse, one walk.
 */

import { AND_OR_TYPES, andOrPipelines, stageBounds, type Stage } from "./and-or.js";
import type { Range, ShellAssignment, ShellCommand, ShellPipeline, ShellScript, ShellWord } from "./model.js";
import { parseSyntax, type SyntaxNode } from "./parser.js";
import { shellScriptArgument } from "./query.js";
import { readRedirect, REDIRECT_TYPES, type RedirectParts } from "./redirects.js";
import type { ShellSource } from "./source.js";
import { makeWord, unquotedSource } from "./words.js";

/** How deep `sh -c "bash -c '...'"` strings are parsed again. */
const MAX_NESTING = 4;

interface Context {
  inSubshell: boolean;
  inCondition: boolean;
  negated: boolean;
  pipeline: ShellPipeline | null;
  pipelineIndex: number;
  nestedIn: ShellCommand | null;
  depth: number;
  /** Dockerfile offsets of `$(...)` an outer walk already covered (seen again in `sh -c "$(x)"`). */
  skipSubstitutions: ReadonlySet<number> | null;
}

const TOP_LEVEL: Context = {
  inSubshell: false,
  inCondition: false,
  negated: false,
  pipeline: null,
  pipelineIndex: 0,
  nestedIn: null,
  depth: 0,
  skipSubstitutions: null,
};

/** Parses a script; never throws (syntax errors set `hasErrors` and the rest is still walked). */
export function parseShell(source: ShellSource): ShellScript {
  const script: ShellScript = { commands: [], pipelines: [], hasErrors: false };
  parseInto(script, source, TOP_LEVEL);
  // Commands of `sh -c` strings are found after those of the outer script.
  script.commands.sort((a, b) => a.range[0] - b.range[0]);
  script.pipelines.sort((a, b) => a.range[0] - b.range[0]);
  return script;
}

function parseInto(script: ShellScript, source: ShellSource, context: Context): void {
  try {
    const { root, hasErrors } = parseSyntax(source.text);
    if (hasErrors) script.hasErrors = true;
    new Walk(script, source).visit(root, context);
  } catch {
    script.hasErrors = true;
  }
}

/** Types that never contain a command; skipping them saves calls into WebAssembly. */
const LEAF_TYPES = new Set([
  "word",
  "number",
  "raw_string",
  "string_content",
  "ansi_c_string",
  "variable_name",
  "special_variable_name",
  "comment",
  "file_descriptor",
  "heredoc_start",
  "heredoc_end",
  "heredoc_content",
  "test_operator",
  "regex",
  "extglob_pattern",
]);

/** Statements that become one {@link ShellCommand}. */
const COMMAND_TYPES = new Set(["command", "declaration_command", "unset_command", "test_command"]);

const SUBSTITUTION_TYPES = new Set(["command_substitution", "process_substitution"]);

class Walk {
  private readonly script: ShellScript;
  private readonly source: ShellSource;

  constructor(script: ShellScript, source: ShellSource) {
    this.script = script;
    this.source = source;
  }

  visit(node: SyntaxNode, context: Context): void {
    const type = node.type;
    if (LEAF_TYPES.has(type)) return;
    if (COMMAND_TYPES.has(type)) {
      this.command(node, [], context);
    } else if (AND_OR_TYPES.has(type)) {
      this.andOr(node, context);
    } else if (type === "variable_assignment" || type === "variable_assignments") {
      this.command(node, [], context);
    } else if (type === "if_statement" || type === "elif_clause") {
      this.ifClause(node, context);
    } else if (type === "while_statement") {
      this.whileStatement(node, context);
    } else if (type === "subshell") {
      this.visitChildren(node, { ...context, inSubshell: true });
    } else if (SUBSTITUTION_TYPES.has(type)) {
      if (context.skipSubstitutions?.has(this.source.offsetAt(node.start))) return;
      this.visitChildren(node, { ...context, inSubshell: true, inCondition: false, negated: false, pipeline: null, pipelineIndex: 0 });
    } else {
      this.visitChildren(node, context);
    }
  }

  private visitChildren(node: SyntaxNode, context: Context): void {
    for (const child of node.children) if (child.named) this.visit(child, context);
  }

  private range(start: number, end: number): Range {
    return [this.source.offsetAt(start), this.source.endOffsetAt(end)];
  }

  private andOr(node: SyntaxNode, context: Context): void {
    const pipelines = andOrPipelines(node, this.source);
    pipelines.forEach((group, index) => {
      let groupContext = index < pipelines.length - 1 ? { ...context, inCondition: true } : context;
      if (group.negated) groupContext = { ...groupContext, negated: true };
      const stages = group.stages;
      if (stages.length === 1) {
        this.stage(stages[0]!, groupContext);
        return;
      }
      const pipeline: ShellPipeline = {
        commands: [],
        range: this.range(stageBounds(stages[0]!)[0], stageBounds(stages.at(-1)!)[1]),
      };
      this.script.pipelines.push(pipeline);
      stages.forEach((stage, stageIndex) => {
        this.stage(stage, { ...groupContext, pipeline, pipelineIndex: stageIndex });
      });
    });
  }

  private stage(stage: Stage, context: Context): void {
    const node = stage.node;
    if (node === null || COMMAND_TYPES.has(node.type) || node.type.startsWith("variable_assignment")) {
      this.command(node, stage.redirects, context);
      return;
    }
    this.visit(node, context);
    for (const parts of stage.redirects) this.scanRedirect(parts, context);
  }

  /** `if`/`elif` clauses: what stands between the keyword and `then` is the condition. */
  private ifClause(node: SyntaxNode, context: Context): void {
    const condition = { ...context, inCondition: true };
    let inCondition = false;
    for (const child of node.children) {
      const type = child.type;
      if (type === "if" || type === "elif") inCondition = true;
      else if (type === "then") inCondition = false;
      else if (child.named) this.visit(child, inCondition ? condition : context);
    }
  }

  /** `while`/`until`: everything before the `do` group is the condition. */
  private whileStatement(node: SyntaxNode, context: Context): void {
    const condition = { ...context, inCondition: true };
    for (const child of node.children) {
      if (child.named) this.visit(child, child.type === "do_group" ? context : condition);
    }
  }

  private scanRedirect(parts: RedirectParts, context: Context): void {
    for (const node of parts.scan) this.scanWord(node, context);
    for (const node of parts.args) this.scanWord(node, context);
    for (const more of parts.more) this.scanRedirect(more, context);
  }

  /** Walks a word (or heredoc body) for the commands of its substitutions. */
  private scanWord(node: SyntaxNode, context: Context): void {
    const type = node.type;
    if (SUBSTITUTION_TYPES.has(type)) this.visit(node, context);
    else if (!LEAF_TYPES.has(type)) this.visitChildren(node, context);
  }

  /**
   * One command from a simple command, a declaration, `unset`, a test, or a bare assignment or
   * redirect statement (`node` null), with the redirects written after it.
   */
  private command(node: SyntaxNode | null, trailing: RedirectParts[], context: Context): void {
    const cmd: ShellCommand = {
      name: null,
      args: [],
      assignments: [],
      redirects: [],
      range: [0, 0],
      inPipeline: context.pipeline !== null,
      pipelineIndex: context.pipelineIndex,
      inSubshell: context.inSubshell,
      inCondition: context.inCondition,
      negated: context.negated,
      nestedIn: context.nestedIn,
    };
    this.script.commands.push(cmd);
    context.pipeline?.commands.push(cmd);

    const scan: SyntaxNode[] = [];
    const argNodes: SyntaxNode[] = [];
    const redirects: RedirectParts[] = [];
    const addRedirect = (parts: RedirectParts): void => {
      redirects.push(parts);
      cmd.redirects.push(parts.redirect);
      argNodes.push(...parts.args);
      for (const more of parts.more) addRedirect(more);
    };

    const type = node?.type;
    if (node === null) {
      // Only redirects.
    } else if (type === "command") {
      for (const child of node.children) {
        const childType = child.type;
        if (childType === "variable_assignment") cmd.assignments.push(this.assignment(child, scan));
        else if (childType === "command_name") cmd.name = this.word(child, scan);
        else if (REDIRECT_TYPES.has(childType)) addRedirect(readRedirect(child, this.source));
        else if (childType !== "comment") argNodes.push(child);
      }
    } else if (type === "variable_assignment") {
      cmd.assignments.push(this.assignment(node, scan));
    } else if (type === "variable_assignments") {
      for (const child of node.children) if (child.named) cmd.assignments.push(this.assignment(child, scan));
    } else {
      // A test, declaration or `unset`: the first token (`[`, `export`, `unset`) is the name.
      const tokens = type === "test_command" ? testTokens(node) : node.children.filter((child) => child.type !== "comment");
      const first = tokens.shift();
      if (first !== undefined) cmd.name = this.word(first, scan);
      argNodes.push(...tokens);
    }
    for (const parts of trailing) addRedirect(parts);
    if (argNodes.length > 1) argNodes.sort((a, b) => a.start - b.start);
    for (const argNode of argNodes) cmd.args.push(this.word(argNode, scan));

    const [start, end] = stageBounds({ node, redirects });
    let last = end;
    for (const argNode of argNodes) last = Math.max(last, argNode.end);
    cmd.range = this.range(start, last);

    for (const part of scan) this.scanWord(part, context);
    for (const parts of redirects) for (const part of parts.scan) this.scanWord(part, context);
    this.nestedScript(cmd, argNodes, context);
  }

  private word(node: SyntaxNode, scan: SyntaxNode[]): ShellWord {
    if (!LEAF_TYPES.has(node.type)) scan.push(node);
    return makeWord(node, this.source);
  }

  private assignment(node: SyntaxNode, scan: SyntaxNode[]): ShellAssignment {
    const children = node.children;
    const valueNode = children.length > 2 ? children[2]! : null;
    return {
      name: children[0] === undefined ? "" : this.source.text.slice(children[0].start, children[0].end),
      value: valueNode === null ? null : this.word(valueNode, scan),
      range: this.range(node.start, node.end),
    };
  }

  /** Parses the script string of `sh -c '...'` as commands nested in `cmd`. */
  private nestedScript(cmd: ShellCommand, argNodes: SyntaxNode[], context: Context): void {
    if (context.depth >= MAX_NESTING) return;
    const scriptWord = shellScriptArgument(cmd);
    if (scriptWord === null) return;
    const node = argNodes[cmd.args.indexOf(scriptWord)];
    if (node === undefined) return;
    const { source, substitutions } = unquotedSource(node, this.source);
    const skip = new Set(context.skipSubstitutions ?? []);
    for (const offset of substitutions) skip.add(offset);
    parseInto(this.script, source, {
      inSubshell: true,
      inCondition: false,
      negated: false,
      pipeline: null,
      pipelineIndex: 0,
      nestedIn: cmd,
      depth: context.depth + 1,
      skipSubstitutions: skip,
    });
  }
}

/**
 * `[ -f x ]` as the tokens `[`, `-f`, `x` (tree-sitter-bash parses the expression inside; the
 * closing bracket is dropped).
 */
function testTokens(node: SyntaxNode): SyntaxNode[] {
  const tokens: SyntaxNode[] = [];
  const collect = (current: SyntaxNode): void => {
    for (const child of current.children) {
      const type = child.type;
      if (type.endsWith("_expression") && type !== "arithmetic_expansion") collect(child);
      else if (type !== "comment") tokens.push(child);
    }
  };
  collect(node);
  const closing = tokens.at(-1)?.type;
  if (tokens.length > 1 && (closing === "]" || closing === "]]")) tokens.pop();
  return tokens;
}
