/**
 * The `dockerfile/dockerfile` language: how ESLint parses a Dockerfile and builds its SourceCode.
 */
import type { File, Language, OkParseResult, ParseResult } from "@eslint/core";
import { visitorKeys, type DockerfileNode, type DockerfileRoot } from "./ast.js";
import { parseDockerfile } from "./parser.js";
import { DockerfileSourceCode, type DockerfileLanguageOptions } from "./source-code.js";

export class DockerfileLanguage
  implements
    Language<{
      LangOptions: DockerfileLanguageOptions;
      Code: DockerfileSourceCode;
      RootNode: DockerfileRoot;
      Node: DockerfileNode;
    }>
{
  readonly fileType = "text" as const;
  readonly lineStart = 1 as const;
  readonly columnStart = 0 as const;
  readonly nodeTypeKey = "type";
  readonly visitorKeys = visitorKeys;
  readonly defaultLanguageOptions: DockerfileLanguageOptions = {};

  /**
   * There are no options yet. Unknown keys are accepted on purpose: a user's config often sets
   * `languageOptions.globals` in a block without `files`, and that must not break Dockerfiles.
   */
  validateLanguageOptions(): void {}

  parse(file: File): ParseResult<DockerfileRoot> {
    const text = String(file.body);
    const result = parseDockerfile(text, { embedded: file.path !== file.physicalPath });
    return result.ok ? { ok: true, ast: result.ast } : { ok: false, errors: result.errors };
  }

  createSourceCode(file: File, parseResult: OkParseResult<DockerfileRoot>): DockerfileSourceCode {
    return new DockerfileSourceCode({
      text: String(file.body),
      ast: parseResult.ast,
      file: { path: file.path, physicalPath: file.physicalPath },
    });
  }
}
