export type {
  BlankLineNode,
  CommentNode,
  DockerignoreNode,
  IgnoreFileRoot,
  IgnoreLine,
  PatternNode,
} from "./dockerignore-ast.js";
export { parseIgnoreFile } from "./dockerignore-parser.js";
export { cleanPath, readPattern, trimSpace, type ReadPattern } from "./docker-pattern.js";
export {
  DockerignoreSourceCode,
  DockerignoreTraversalStep,
  type DockerignoreLanguageOptions,
} from "./dockerignore-source-code.js";
export { DockerignoreLanguage } from "./dockerignore-language.js";
export type { DockerignoreRuleVisitor } from "./dockerignore-rule.js";
