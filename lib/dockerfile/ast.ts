/**
 * The Dockerfile AST that rules see. Node types are Docker's own words: instruction nodes are
 * named by their keyword (`FROM`, `RUN`, ...), so selectors read like Dockerfiles (`RUN > Flag`).
 */
import type { LocatedNode, Range } from "../text/line-index.js";

export const INSTRUCTION_KEYWORDS = [
  "ADD",
  "ARG",
  "CMD",
  "COPY",
  "ENTRYPOINT",
  "ENV",
  "EXPOSE",
  "FROM",
  "HEALTHCHECK",
  "LABEL",
  "MAINTAINER",
  "ONBUILD",
  "RUN",
  "SHELL",
  "STOPSIGNAL",
  "USER",
  "VOLUME",
  "WORKDIR",
] as const;

export type InstructionKeyword = (typeof INSTRUCTION_KEYWORDS)[number];

export const PARSER_DIRECTIVE_NAMES = ["syntax", "escape", "check"] as const;
export type ParserDirectiveName = (typeof PARSER_DIRECTIVE_NAMES)[number];

export type EscapeCharacter = "\\" | "`";

/** `# syntax=docker/dockerfile:1` and friends: only at the top of the file. */
export interface ParserDirective extends LocatedNode {
  type: "ParserDirective";
  name: ParserDirectiveName;
  value: string;
  nameRange: Range;
  valueRange: Range;
}

/** A `#` comment line. `value` is the text after `#`, trimmed. */
export interface Comment extends LocatedNode {
  type: "Comment";
  value: string;
}

/**
 * A `--name=value` flag of an instruction. `value` is null for a bare `--flag`.
 * `options` splits comma-separated `key=value` lists such as `--mount=type=cache,target=/x`.
 */
export interface Flag extends LocatedNode {
  type: "Flag";
  name: string;
  value: string | null;
  nameRange: Range;
  valueRange: Range | null;
  options: FlagOption[];
}

export interface FlagOption {
  name: string;
  value: string | null;
  range: Range;
}

/**
 * One whitespace-separated word of an instruction's arguments, as Docker splits them.
 * `value` has line continuations removed; `range` covers the word as written.
 */
export interface Argument extends LocatedNode {
  type: "Argument";
  value: string;
}

/** A string of an exec-form (JSON array) argument list; `value` is the decoded string. */
export interface ExecArgument extends LocatedNode {
  type: "ExecArgument";
  value: string;
}

/** `key=value` (or the legacy `key value`) of ENV, LABEL and ARG. */
export interface KeyValue extends LocatedNode {
  type: "KeyValue";
  key: string;
  /** The value with quotes and escapes removed; null for `ARG NAME` without a default. */
  value: string | null;
  keyRange: Range;
  valueRange: Range | null;
  /** `ENV key value` form (no `=`), which Docker deprecates. */
  legacyForm: boolean;
}

/** A heredoc attached to RUN, COPY or ADD: `<<EOF` ... `EOF`. */
export interface Heredoc extends LocatedNode {
  type: "Heredoc";
  delimiter: string;
  /** `<<-` strips leading tabs. */
  stripTabs: boolean;
  /** The body between the opening line and the closing delimiter (may be empty). */
  bodyRange: Range;
  body: string;
  /** The range of `<<EOF` on the instruction line. */
  startRange: Range;
  /** The closing delimiter line's range; the parser rejects unterminated heredocs. */
  endRange: Range;
}

export type CommandForm = "shell" | "exec";

interface InstructionBase<Keyword extends InstructionKeyword> extends LocatedNode {
  type: Keyword;
  /** The keyword as written (Docker keywords are case-insensitive). */
  keyword: string;
  keywordRange: Range;
  flags: Flag[];
  /** The words after the flags, as Docker splits them (heredoc bodies excluded). */
  arguments: Argument[];
  /** The text after keyword and flags up to the end of the instruction, heredoc bodies excluded. */
  argumentsRange: Range | null;
  heredocs: Heredoc[];
  /** Each line continuation: from the escape character to the end of its line (trailing blanks included). */
  lineContinuations: Range[];
}

/** Instructions whose arguments may be a JSON array: RUN, CMD, ENTRYPOINT, SHELL, ADD, COPY, VOLUME. */
interface FormInstruction<Keyword extends InstructionKeyword> extends InstructionBase<Keyword> {
  form: CommandForm;
  /** The decoded strings in exec form; empty in shell form. */
  execArguments: ExecArgument[];
}

export interface FromInstruction extends InstructionBase<"FROM"> {
  /** The image reference word as written (may hold variables); null when missing. */
  image: Argument | null;
  /** The `AS` keyword word, when present. */
  asKeyword: Argument | null;
  stageName: Argument | null;
}

export interface RunInstruction extends FormInstruction<"RUN"> {}
export interface CmdInstruction extends FormInstruction<"CMD"> {}
export interface EntrypointInstruction extends FormInstruction<"ENTRYPOINT"> {}
export interface ShellInstruction extends FormInstruction<"SHELL"> {}
export interface VolumeInstruction extends FormInstruction<"VOLUME"> {}

export interface CopyInstruction extends FormInstruction<"COPY"> {}
export interface AddInstruction extends FormInstruction<"ADD"> {}

export interface EnvInstruction extends InstructionBase<"ENV"> {
  pairs: KeyValue[];
}
export interface LabelInstruction extends InstructionBase<"LABEL"> {
  pairs: KeyValue[];
}
export interface ArgInstruction extends InstructionBase<"ARG"> {
  pairs: KeyValue[];
}

export interface HealthcheckInstruction extends InstructionBase<"HEALTHCHECK"> {
  /** `CMD` or `NONE` as written; null when missing. */
  subcommand: Argument | null;
  /** The CMD after `HEALTHCHECK [flags] CMD`, in the form it is written in. */
  form: CommandForm | null;
  execArguments: ExecArgument[];
}

export interface OnbuildInstruction extends InstructionBase<"ONBUILD"> {
  /** The instruction ONBUILD registers; null when missing. */
  trigger: Instruction | null;
}

export interface ExposeInstruction extends InstructionBase<"EXPOSE"> {}
export interface MaintainerInstruction extends InstructionBase<"MAINTAINER"> {}
export interface StopsignalInstruction extends InstructionBase<"STOPSIGNAL"> {}
export interface UserInstruction extends InstructionBase<"USER"> {}
export interface WorkdirInstruction extends InstructionBase<"WORKDIR"> {}

export type Instruction =
  | AddInstruction
  | ArgInstruction
  | CmdInstruction
  | CopyInstruction
  | EntrypointInstruction
  | EnvInstruction
  | ExposeInstruction
  | FromInstruction
  | HealthcheckInstruction
  | LabelInstruction
  | MaintainerInstruction
  | OnbuildInstruction
  | RunInstruction
  | ShellInstruction
  | StopsignalInstruction
  | UserInstruction
  | VolumeInstruction
  | WorkdirInstruction;

export type InstructionOf<K extends InstructionKeyword> = Extract<Instruction, { type: K }>;

export interface DockerfileRoot extends LocatedNode {
  type: "Dockerfile";
  directives: ParserDirective[];
  /** Instructions and comments in source order. */
  body: (Instruction | Comment)[];
  /** The comments of `body`, for quick access (not visited twice). */
  comments: Comment[];
  escapeCharacter: EscapeCharacter;
}

export type DockerfileNode =
  | DockerfileRoot
  | ParserDirective
  | Comment
  | Instruction
  | Flag
  | Argument
  | ExecArgument
  | KeyValue
  | Heredoc;

const INSTRUCTION_CHILD_KEYS = ["flags", "arguments", "execArguments", "pairs", "heredocs", "trigger"];

/** Which properties hold child nodes, for traversal and selectors (`RUN > Flag`). */
export const visitorKeys: Record<string, string[]> = {
  Dockerfile: ["directives", "body"],
  ParserDirective: [],
  Comment: [],
  Flag: [],
  Argument: [],
  ExecArgument: [],
  KeyValue: [],
  Heredoc: [],
  ...Object.fromEntries(INSTRUCTION_KEYWORDS.map((keyword) => [keyword, INSTRUCTION_CHILD_KEYS])),
};

export function isInstruction(node: { type: string }): node is Instruction {
  return (INSTRUCTION_KEYWORDS as readonly string[]).includes(node.type);
}
