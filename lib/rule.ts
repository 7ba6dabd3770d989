/**
 * The one place rules get their shared wiring: typed visitors for the Dockerfile language, the
 * docs URL, and the metadata that configs, the README table and the migration table are built from.
 */
import type { RuleDefinition, RuleVisitor, SourceCode } from "@eslint/core";
import type { YamlNodeBase, YamlProgram } from "./analysis/compose-file.js";
import type { CustomRuleVisitorWithExit } from "@eslint/plugin-kit";
import type {
  Argument,
  Comment,
  DockerfileNode,
  DockerfileRoot,
  ExecArgument,
  Flag,
  Heredoc,
  InstructionKeyword,
  InstructionOf,
  KeyValue,
  ParserDirective,
} from "./dockerfile/ast.js";
import type { DockerfileLanguageOptions, DockerfileSourceCode } from "./dockerfile/source-code.js";
import type { DockerignoreRuleVisitor } from "./dockerignore/dockerignore-rule.js";
import type { DockerignoreLanguageOptions, DockerignoreSourceCode } from "./dockerignore/dockerignore-source-code.js";
import type { DockerignoreNode } from "./dockerignore/dockerignore-ast.js";

export const REPOSITORY_URL = "https://github.com/eslint-plugin-dockerfile/eslint-plugin-dockerfile";

export interface DockerfileRuleDocs extends Record<string, unknown> {
  description: string;
  /** In the `recommended` config: reports that are almost always right. */
  recommended: boolean;
  /** In the `strict` config (every recommended rule is). */
  strict: boolean;
  /** Options the `strict` config sets, when strict asks more of the rule than its defaults. */
  strictOptions?: unknown[];
  /** Codes of hadolint rules this rule covers, e.g. ["DL3025"]. */
  hadolint: string[];
  /** Names of Docker build checks this rule covers, e.g. ["JSONArgsRecommended"]. */
  buildkit: string[];
  url?: string;
}

type InstructionVisitors = {
  [K in InstructionKeyword]?: (node: InstructionOf<K>, parent?: DockerfileNode) => void;
};

export interface DockerfileRuleVisitor
  extends RuleVisitor,
    CustomRuleVisitorWithExit<
      InstructionVisitors & {
        Dockerfile?(node: DockerfileRoot): void;
        ParserDirective?(node: ParserDirective, parent?: DockerfileNode): void;
        Comment?(node: Comment, parent?: DockerfileNode): void;
        Flag?(node: Flag, parent?: DockerfileNode): void;
        Argument?(node: Argument, parent?: DockerfileNode): void;
        ExecArgument?(node: ExecArgument, parent?: DockerfileNode): void;
        KeyValue?(node: KeyValue, parent?: DockerfileNode): void;
        Heredoc?(node: Heredoc, parent?: DockerfileNode): void;
      }
    > {}

/** What varies between rules' types: their options tuple and message ids. */
export interface DockerfileRuleTypes {
  RuleOptions?: unknown[];
  MessageIds?: string;
}

/** A rule of this plugin on some language: that language's parts, plus the rule's own types. */
type PluginRuleDefinition<
  Language extends { LangOptions: unknown; Code: unknown; Visitor: unknown; Node: unknown },
  Types extends DockerfileRuleTypes,
> = RuleDefinition<{
  LangOptions: Language["LangOptions"] & Record<string, unknown>;
  Code: Language["Code"] & SourceCode;
  Visitor: Language["Visitor"] & RuleVisitor;
  Node: Language["Node"];
  RuleOptions: Types["RuleOptions"] extends unknown[] ? Types["RuleOptions"] : [];
  MessageIds: Types["MessageIds"] extends string ? Types["MessageIds"] : string;
  ExtRuleDocs: DockerfileRuleDocs;
}>;

export type DockerfileRuleDefinition<Types extends DockerfileRuleTypes = {}> = PluginRuleDefinition<
  { LangOptions: DockerfileLanguageOptions; Code: DockerfileSourceCode; Visitor: DockerfileRuleVisitor; Node: DockerfileNode },
  Types
>;

export type DockerignoreRuleDefinition<Types extends DockerfileRuleTypes = {}> = PluginRuleDefinition<
  { LangOptions: DockerignoreLanguageOptions; Code: DockerignoreSourceCode; Visitor: DockerignoreRuleVisitor; Node: DockerignoreNode },
  Types
>;

export function ruleDocsUrl(name: string): string {
  return `${REPOSITORY_URL}/blob/main/docs/rules/${name}.md`;
}

function withSharedMeta<Rule extends { meta?: { docs?: DockerfileRuleDocs } }>(name: string, language: string, rule: Rule): Rule {
  const meta = rule.meta!;
  return { ...rule, meta: { ...meta, languages: [language], docs: { ...meta.docs!, url: ruleDocsUrl(name) } } };
}

/** Gives a Dockerfile rule its docs URL and language; the rule file holds only its logic. */
export function createDockerfileRule<Types extends DockerfileRuleTypes>(
  name: string,
  rule: DockerfileRuleDefinition<Types>,
): DockerfileRuleDefinition<Types> {
  return withSharedMeta(name, "dockerfile/dockerfile", rule);
}

/** The same for a rule of the `.dockerignore` language. */
export function createDockerignoreRule<Types extends DockerfileRuleTypes>(
  name: string,
  rule: DockerignoreRuleDefinition<Types>,
): DockerignoreRuleDefinition<Types> {
  return withSharedMeta(name, "dockerfile/dockerignore", rule);
}

export const YAML_LANGUAGE = "yml/yaml";

/** The parts of eslint-plugin-yml's source code object the compose rules use. */
export interface ComposeSourceCode {
  ast: YamlProgram;
  text: string;
}

export interface ComposeRuleVisitor extends RuleVisitor {
  Program?(node: YamlProgram): void;
}

export type ComposeRuleDefinition<Types extends DockerfileRuleTypes = {}> = PluginRuleDefinition<
  { LangOptions: Record<string, unknown>; Code: ComposeSourceCode; Visitor: ComposeRuleVisitor; Node: YamlNodeBase },
  Types
>;

/** The same for a compose rule, on eslint-plugin-yml's YAML language (AST read through compose-file.ts). */
export function createComposeRule<Types extends DockerfileRuleTypes>(
  name: string,
  rule: ComposeRuleDefinition<Types>,
): ComposeRuleDefinition<Types> {
  return withSharedMeta(name, YAML_LANGUAGE, rule);
}
