/**
 * The `.dockerignore` language: how ESLint reads an ignore file (`language: "dockerfile/dockerignore"`).
 */
import type { File, Language, OkParseResult } from "@eslint/core";
import type { DockerignoreNode, IgnoreFileRoot } from "./dockerignore-ast.js";
import { parseIgnoreFile } from "./dockerignore-parser.js";
import { DockerignoreSourceCode, type DockerignoreLanguageOptions } from "./dockerignore-source-code.js";

export class DockerignoreLanguage
  implements
    Language<{
      LangOptions: DockerignoreLanguageOptions;
      Code: DockerignoreSourceCode;
      RootNode: IgnoreFileRoot;
      Node: DockerignoreNode;
    }>
{
  readonly fileType = "text" as const;
  readonly lineStart = 1 as const;
  readonly columnStart = 0 as const;
  readonly nodeTypeKey = "type";
  readonly visitorKeys: Record<string, string[]> = {
    IgnoreFile: ["body"],
    Pattern: [],
    Comment: [],
    BlankLine: [],
  };

  /**
   * The language has no options. Keys other blocks of a config set for every file (such as
   * `globals`) are let through, as `@eslint/json` and `@eslint/markdown` do.
   */
  validateLanguageOptions(languageOptions: DockerignoreLanguageOptions): void {
    if (typeof languageOptions !== "object" || languageOptions === null || Array.isArray(languageOptions)) {
      throw new TypeError("Expected an object.");
    }
  }

  /** Every text is an ignore file: parsing never fails. */
  parse(file: File): OkParseResult<IgnoreFileRoot> {
    return { ok: true, ast: parseIgnoreFile(bodyText(file)) };
  }

  createSourceCode(file: File, parseResult: OkParseResult<IgnoreFileRoot>): DockerignoreSourceCode {
    return new DockerignoreSourceCode({ text: bodyText(file), ast: parseResult.ast });
  }
}

function bodyText(file: File): string {
  return typeof file.body === "string" ? file.body : new TextDecoder().decode(file.body);
}
