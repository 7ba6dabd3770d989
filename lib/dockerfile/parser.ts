/**
 * Turns dockerfile-ast's object model into the plain, located AST of ./ast.ts and decides
 * what is a parse error: dockerfile-ast itself never fails, so an unknown instruction, an
 * unterminated heredoc and a malformed parser directive are caught here.
 */
import {
  DockerfileParser,
  type Argument as AstArgument,
  type Comment as AstComment,
  type Flag as AstFlag,
  type Heredoc as AstHeredoc,
  type Instruction as AstInstruction,
  type JSONArgument,
  type ParserDirective as AstParserDirective,
  type Property as AstProperty,
} from "dockerfile-ast";
import { LineIndex, type Range } from "../text/line-index.js";
import {
  INSTRUCTION_KEYWORDS,
  PARSER_DIRECTIVE_NAMES,
  type Argument,
  type Comment,
  type CommandForm,
  type DockerfileRoot,
  type EscapeCharacter,
  type ExecArgument,
  type Flag,
  type Heredoc,
  type Instruction,
  type InstructionKeyword,
  type KeyValue,
  type ParserDirective,
  type ParserDirectiveName,
} from "./ast.js";

/** dockerfile-ast's 0-based line/character ranges (LSP style). */
interface LspRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

export class DockerfileParseError extends Error {
  /** 1-based, as ESLint expects of parse errors. */
  readonly line: number;
  /** 1-based, as ESLint expects of parse errors. */
  readonly column: number;

  constructor(message: string, line: number, column: number) {
    super(message);
    this.name = "DockerfileParseError";
    this.line = line;
    this.column = column;
  }
}

export interface ParseOptions {
  /**
   * The text is a block taken out of another file (a Markdown fence, a compose file): accept
   * the `/* eslint ... *\/` lines that @eslint/markdown inserts for `<!-- eslint-... -->`.
   */
  embedded?: boolean;
}

export type ParseOutcome = { ok: true; ast: DockerfileRoot } | { ok: false; errors: DockerfileParseError[] };

const KEYWORDS = new Set<string>(INSTRUCTION_KEYWORDS);
const FORM_KEYWORDS = new Set<InstructionKeyword>(["RUN", "CMD", "ENTRYPOINT", "SHELL", "ADD", "COPY", "VOLUME"]);
const HEREDOC_KEYWORDS = new Set<string>(["RUN", "COPY", "ADD"]);
const KEY_VALUE_KEYWORDS = new Set<InstructionKeyword>(["ENV", "LABEL", "ARG"]);
const EMBEDDED_CONFIG_LINE = /^\/\*\s*(eslint[\s\S]*?)\s*\*\/\s*$/u;
/** BuildKit's `check` directive: up to three `;`-separated options, `skip`, `experimental`, `error`. */
const CHECK_OPTION = /^\s*(?:(?:skip|experimental)\s*=[^;]*|error\s*=\s*(?:1|t|T|TRUE|true|True|0|f|F|FALSE|false|False)\s*)$/u;

export function parseDockerfile(text: string, options: ParseOptions = {}): ParseOutcome {
  return new AstBuilder(text, options).build();
}

class AstBuilder {
  private readonly lines: LineIndex;
  private readonly errors: DockerfileParseError[] = [];
  private readonly comments: Comment[] = [];
  private escapeCharacter: EscapeCharacter = "\\";

  constructor(
    private readonly text: string,
    private readonly options: ParseOptions,
  ) {
    this.lines = new LineIndex(text);
  }

  build(): ParseOutcome {
    const dockerfile = DockerfileParser.parse(this.text);
    this.escapeCharacter = dockerfile.getEscapeCharacter() === "`" ? "`" : "\\";
    const directives = this.convertDirectives(dockerfile.getDirectives());
    for (const comment of dockerfile.getComments()) this.comments.push(this.convertComment(comment));
    const instructions: Instruction[] = [];
    for (const instruction of dockerfile.getInstructions()) {
      const converted = this.convertTopLevel(instruction);
      if (converted) instructions.push(converted);
    }
    if (this.errors.length > 0) return { ok: false, errors: this.errors };

    this.comments.sort((a, b) => a.range[0] - b.range[0]);
    const body = mergeTopLevel(instructions, this.comments);
    return {
      ok: true,
      ast: {
        type: "Dockerfile",
        ...this.lines.span(0, this.text.length),
        directives,
        body,
        comments: this.comments,
        escapeCharacter: this.escapeCharacter,
      },
    };
  }

  // ---- positions -------------------------------------------------------------------------

  private offset(position: LspRange["start"]): number {
    return this.lines.offsetOf(position.line, position.character);
  }

  private range(range: LspRange): Range {
    return [this.offset(range.start), this.offset(range.end)];
  }

  private fail(message: string, offset: number): void {
    const { line, column } = this.lines.positionOf(offset);
    this.errors.push(new DockerfileParseError(message, line, column + 1));
  }

  // ---- directives and comments --------------------------------------------------------------

  /** Docker reads directives only at the very top and stops at the first line that is not a known one. */
  private convertDirectives(directives: AstParserDirective[]): ParserDirective[] {
    const result: ParserDirective[] = [];
    const seen = new Set<string>();
    let reading = true;
    for (const directive of directives) {
      const name = directive.getName().toLowerCase();
      if (!reading || !(PARSER_DIRECTIVE_NAMES as readonly string[]).includes(name)) {
        reading = false;
        this.comments.push(this.commentFromLine(this.range(directive.getRange())));
        continue;
      }
      const node = this.convertDirective(directive, name as ParserDirectiveName);
      if (seen.has(name)) this.fail(`Parser directive "${name}" is given more than once.`, node.range[0]);
      seen.add(name);
      this.validateDirective(node);
      result.push(node);
    }
    return result;
  }

  private convertDirective(directive: AstParserDirective, name: ParserDirectiveName): ParserDirective {
    let valueRange = this.range(directive.getValueRange());
    let value = directive.getValue();
    if (name === "check") {
      // dockerfile-ast stops the value at the first blank; BuildKit reads the rest of the line.
      const lineEnd = this.lines.lineEndOffset(this.lines.positionOf(valueRange[0]).line);
      value = this.text.slice(valueRange[0], lineEnd).trimEnd();
      valueRange = [valueRange[0], valueRange[0] + value.length];
    }
    return {
      type: "ParserDirective",
      ...this.lines.span(...this.range(directive.getRange())),
      name,
      value,
      nameRange: this.range(directive.getNameRange()),
      valueRange,
    };
  }

  private validateDirective(directive: ParserDirective): void {
    const { name, value } = directive;
    const at = directive.valueRange[0];
    if (name === "escape" && value !== "\\" && value !== "`") {
      this.fail(`Invalid escape parser directive "${value}": use \\ or \`.`, at);
    } else if (name === "syntax" && value === "") {
      this.fail("The syntax parser directive needs a frontend image, e.g. docker/dockerfile:1.", at);
    } else if (name === "check" && !isValidCheckDirective(value)) {
      this.fail(`Invalid check parser directive "${value}": expected skip=<checks>, experimental=<checks> or error=true|false, separated by ";".`, at);
    }
  }

  private convertComment(comment: AstComment): Comment {
    return this.commentFromLine(this.range(comment.getRange()));
  }

  private commentFromLine([start, end]: Range): Comment {
    const value = this.text.slice(start, end).replace(/^\s*#/u, "").trim();
    return { type: "Comment", ...this.lines.span(start, end), value };
  }

  // ---- instructions ------------------------------------------------------------------------

  private convertTopLevel(instruction: AstInstruction): Instruction | null {
    const [start, end] = this.range(instruction.getRange());
    const embeddedConfig = this.options.embedded ? EMBEDDED_CONFIG_LINE.exec(this.text.slice(start, end)) : null;
    if (embeddedConfig) {
      this.comments.push({ type: "Comment", ...this.lines.span(start, end), value: embeddedConfig[1]!.trim() });
      return null;
    }
    return this.convertInstruction(instruction);
  }

  private convertInstruction(instruction: AstInstruction): Instruction | null {
    const keyword = instruction.getKeyword();
    const keywordRange = this.range(instruction.getInstructionRange());
    if (!KEYWORDS.has(keyword)) {
      this.fail(`Unknown instruction "${instruction.getInstruction()}".`, keywordRange[0]);
      return null;
    }
    const type = keyword as InstructionKeyword;
    const heredocs = this.convertHeredocs(instruction);
    const flags = "getFlags" in instruction ? (instruction.getFlags as () => AstFlag[])().map((f) => this.convertFlag(f)) : [];
    const words = instruction
      .getArguments()
      .map((argument) => this.convertArgument(argument))
      .filter((argument) => !heredocs.some((heredoc) => contains([heredoc.bodyRange[0], heredoc.endRange[1]], argument.range)));
    const base = {
      type,
      ...this.lines.span(...this.range(instruction.getRange())),
      keyword: instruction.getInstruction(),
      keywordRange,
      flags,
      arguments: words,
      argumentsRange: words.length > 0 ? ([words[0]!.range[0], words.at(-1)!.range[1]] as Range) : null,
      heredocs,
      lineContinuations: this.lineContinuations(this.range(instruction.getRange()), heredocs),
    };
    return this.specialise(base, instruction);
  }

  private specialise(base: Omit<Instruction, "type"> & { type: InstructionKeyword }, instruction: AstInstruction): Instruction | null {
    const { type } = base;
    if (FORM_KEYWORDS.has(type)) {
      const execArguments = this.execArguments(instruction, base.argumentsRange);
      const form: CommandForm = execArguments ? "exec" : "shell";
      return { ...base, form, arguments: execArguments ? [] : base.arguments, execArguments: execArguments ?? [] } as Instruction;
    }
    if (KEY_VALUE_KEYWORDS.has(type)) {
      const properties = (instruction as unknown as { getProperties(): AstProperty[] }).getProperties();
      return { ...base, pairs: properties.map((p) => this.convertProperty(p)) } as Instruction;
    }
    switch (type) {
      case "FROM":
        return this.specialiseFrom(base);
      case "HEALTHCHECK":
        return this.specialiseHealthcheck(base);
      case "ONBUILD":
        return this.specialiseOnbuild(base, instruction);
      default:
        return base as Instruction;
    }
  }

  private specialiseFrom(base: Omit<Instruction, "type">): Instruction {
    const [image = null, second = null, third = null] = base.arguments;
    const asKeyword = second && /^as$/iu.test(second.value) ? second : null;
    return { ...base, type: "FROM", image, asKeyword, stageName: asKeyword ? third : null } as Instruction;
  }

  private specialiseHealthcheck(base: Omit<Instruction, "type">): Instruction {
    const [subcommand = null, ...command] = base.arguments;
    let form: CommandForm | null = null;
    let execArguments: ExecArgument[] = [];
    if (subcommand && /^cmd$/iu.test(subcommand.value) && command.length > 0) {
      const parsed = this.decodeExecForm([command[0]!.range[0], command.at(-1)!.range[1]]);
      form = parsed ? "exec" : "shell";
      execArguments = parsed ?? [];
    }
    return { ...base, type: "HEALTHCHECK", subcommand, form, execArguments } as Instruction;
  }

  private specialiseOnbuild(base: Omit<Instruction, "type">, instruction: AstInstruction): Instruction {
    const trigger = (instruction as unknown as { getTriggerInstruction(): AstInstruction | null }).getTriggerInstruction();
    const converted = trigger ? this.convertInstruction(trigger) : null;
    // The trigger's own nodes stand for its words; listing them twice would visit them twice.
    const words = converted ? [] : base.arguments;
    return { ...base, type: "ONBUILD", arguments: words, trigger: converted } as Instruction;
  }

  // ---- parts ---------------------------------------------------------------------------------

  /** Lines of the instruction (heredoc bodies aside) that end with the escape character. */
  private lineContinuations([start, end]: Range, heredocs: Heredoc[]): Range[] {
    const continuations: Range[] = [];
    const first = this.lines.positionOf(start).line;
    const last = this.lines.positionOf(end).line;
    for (let line = first; line < last; line++) {
      const lineEnd = this.lines.lineEndOffset(line);
      if (heredocs.some((heredoc) => heredoc.bodyRange[0] <= lineEnd && lineEnd <= heredoc.endRange[1])) continue;
      const content = this.text.slice(this.lines.lineStarts[line - 1]!, lineEnd);
      const trimmed = content.replace(/[ \t]+$/u, "");
      if (trimmed.endsWith(this.escapeCharacter) && !trimmed.trimStart().startsWith("#")) {
        continuations.push([lineEnd - (content.length - trimmed.length) - 1, lineEnd]);
      }
    }
    return continuations;
  }

  private convertArgument(argument: AstArgument): Argument {
    return { type: "Argument", ...this.lines.span(...this.range(argument.getRange())), value: argument.getValue() };
  }

  private convertFlag(flag: AstFlag): Flag {
    const valueRange = flag.getValueRange();
    return {
      type: "Flag",
      ...this.lines.span(...this.range(flag.getRange())),
      name: flag.getName(),
      value: flag.getValue(),
      nameRange: this.range(flag.getNameRange()),
      valueRange: valueRange ? this.range(valueRange) : null,
      options: flag.getOptions().map((option) => ({
        name: option.getName(),
        value: option.getValue(),
        range: this.range(option.getRange()),
      })),
    };
  }

  private convertProperty(property: AstProperty): KeyValue {
    const valueRange = property.getValueRange();
    return {
      type: "KeyValue",
      ...this.lines.span(...this.range(property.getRange())),
      key: property.getName(),
      value: property.getValue(),
      keyRange: this.range(property.getNameRange()),
      valueRange: valueRange ? this.range(valueRange) : null,
      legacyForm: property.getAssignmentOperator() === null && valueRange !== null,
    };
  }

  private convertHeredocs(instruction: AstInstruction): Heredoc[] {
    if (!HEREDOC_KEYWORDS.has(instruction.getKeyword())) return [];
    const heredocs = (instruction as unknown as { getHeredocs(): AstHeredoc[] }).getHeredocs();
    const result: Heredoc[] = [];
    for (const heredoc of heredocs) {
      const startRange = this.range(heredoc.getStartRange());
      const stripTabs = this.text.startsWith("<<-", startRange[0]);
      const content = heredoc.getContentRange();
      const delimiter = heredoc.getDelimiterRange();
      const located = delimiter
        ? { bodyRange: content ? this.range(content) : null, endRange: this.range(delimiter) }
        : this.closingLineInContent(heredoc.getName(), content ? this.range(content) : null, stripTabs);
      if (!located) {
        this.fail(`Unterminated heredoc: no line "${heredoc.getName()}" closes it.`, startRange[0]);
        continue;
      }
      const { endRange } = located;
      const bodyRange: Range = located.bodyRange ?? [endRange[0], endRange[0]];
      result.push({
        type: "Heredoc",
        ...this.lines.span(startRange[0], endRange[1]),
        delimiter: heredoc.getName(),
        stripTabs,
        bodyRange,
        body: this.text.slice(...bodyRange),
        startRange,
        endRange,
      });
    }
    return result;
  }

  /**
   * dockerfile-ast applies line continuations inside heredoc bodies, so a body line ending with
   * the escape character swallows the closing line. BuildKit reads bodies verbatim: look for the
   * closing line inside what dockerfile-ast took as content.
   */
  private closingLineInContent(name: string, content: Range | null, stripTabs: boolean): { bodyRange: Range | null; endRange: Range } | null {
    if (!content) return null;
    const lastLine = this.lines.positionOf(content[1]).line;
    const lineStart = this.lines.lineStarts[lastLine - 1]!;
    const lineText = this.text.slice(lineStart, this.lines.lineEndOffset(lastLine));
    const indent = stripTabs ? /^\t*/u.exec(lineText)![0].length : 0;
    if (lineText.slice(indent) !== name || lineStart <= content[0]) return null;
    const bodyEnd = this.lines.lineEndOffset(lastLine - 1);
    return { bodyRange: [content[0], bodyEnd], endRange: [lineStart + indent, lineStart + lineText.length] };
  }

  /** Docker runs the exec form when the arguments are a JSON array of strings, else the shell form. */
  private execArguments(instruction: AstInstruction, argumentsRange: Range | null): ExecArgument[] | null {
    if (!argumentsRange) return null;
    const decoded = this.decodeExecForm(argumentsRange);
    if (!decoded || !("getJSONStrings" in instruction)) return decoded;
    const located = (instruction.getJSONStrings as () => JSONArgument[]).call(instruction);
    if (located.length !== decoded.length) return decoded;
    return located.map((string, index) => ({ ...decoded[index]!, ...this.lines.span(...this.range(string.getRange())) }));
  }

  private decodeExecForm([start, end]: Range): ExecArgument[] | null {
    const source = this.text.slice(start, end);
    if (!source.startsWith("[")) return null;
    let parsed: unknown;
    try {
      parsed = JSON.parse(joinContinuations(source, this.escapeCharacter));
    } catch {
      return null;
    }
    if (!Array.isArray(parsed) || !parsed.every((item) => typeof item === "string")) return null;
    return parsed.map((value: string) => ({ type: "ExecArgument", ...this.lines.span(start, end), value }));
  }
}

/** Removes `\` + line break continuations and comment lines, as Docker does before reading JSON. */
function joinContinuations(source: string, escapeCharacter: EscapeCharacter): string {
  const escape = escapeCharacter === "`" ? "`" : "\\\\";
  const continuation = new RegExp(`${escape}[ \\t]*(?:\\r\\n|\\r|\\n)(?:[ \\t]*(?:#[^\\r\\n]*)?(?:\\r\\n|\\r|\\n))*`, "gu");
  return source.replace(continuation, "");
}

function isValidCheckDirective(value: string): boolean {
  const options = value.split(";");
  return options.length <= 3 && options.every((option) => CHECK_OPTION.test(option));
}

/**
 * Instructions and the comments between them, in source order. Comment lines inside an
 * instruction's continuation belong to that instruction, not to the body. Both lists are sorted.
 */
function mergeTopLevel(instructions: Instruction[], comments: Comment[]): (Instruction | Comment)[] {
  const body: (Instruction | Comment)[] = [];
  let next = 0;
  for (const comment of comments) {
    while (next < instructions.length && instructions[next]!.range[1] <= comment.range[0]) body.push(instructions[next++]!);
    const enclosing = instructions[next];
    if (!enclosing || !contains(enclosing.range, comment.range)) body.push(comment);
  }
  body.push(...instructions.slice(next));
  return body;
}

function contains(outer: Range, inner: Range): boolean {
  return outer[0] <= inner[0] && inner[1] <= outer[1];
}
