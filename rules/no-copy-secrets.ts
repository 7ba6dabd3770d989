/**
 * A secret copied into an image is in one of its layers for good: anyone who can pull the image
 * can read it, even after a later `RUN rm`. Reports COPY and ADD sources that name secret files
 * (`.env`, private keys, `.npmrc`, ...) and wide copies (`COPY . .`, `COPY app ./app`) that take
 * along a secret file that exists in the build context and that the ignore file lets through.
 */
import { hasWildcards, toContextPath, type BuildContext } from "../lib/analysis/build-context.js";
import { createIgnoreMatcher, type IgnoreMatcher } from "../lib/analysis/build-context/ignore-matcher.js";
import { isSecretFile, secretByName, secretNamedByPattern, secretPattern, type SecretMatch } from "../lib/analysis/secret-files.js";
import type { Flag } from "../lib/dockerfile/ast.js";
import { createDockerfileRule } from "../lib/rule.js";
import { stringListOption } from "../lib/rule-options.js";

type Options = [{ allow: string[] }];

/** Folders whose files come from packages or from git, not from the developer. */
const NOT_SEARCHED = ["node_modules", ".git"];

export default createDockerfileRule<{ RuleOptions: Options; MessageIds: "named" | "wide" }>("no-copy-secrets", {
  meta: {
    type: "problem",
    docs: {
      description: "Disallow copying secret files such as .env files and private keys into the image",
      recommended: true,
      strict: true,
      hadolint: [],
      buildkit: [],
    },
    schema: [
      {
        type: "object",
        properties: {
          allow: stringListOption("Paths in the build context that are not secrets, as .dockerignore patterns (e.g. \"tests/fixtures/*.pem\")."),
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ allow: [] }],
    messages: {
      named:
        '{{keyword}} copies "{{source}}", a secret file ({{pattern}}), into the image, where anyone who can pull the image can read it, even if a later instruction deletes it. Provide it when the container runs (an env file, a mounted secret), or to the RUN that needs it with RUN --mount=type=secret.',
      wide:
        '{{keyword}} "{{source}}" copies the secret file "{{file}}"{{more}} into the image, because {{reason}}. Exclude it in the ignore file (e.g. "{{exclude}}"), or copy only what the image needs.',
    },
  },
  create(context) {
    const { analysis } = context.sourceCode;
    const allow = createIgnoreMatcher(context.options[0].allow.map((value) => ({ value: value.replace(/^\/+/u, ""), negated: false })));
    return {
      Dockerfile() {
        const buildContext = analysis.buildContext(context);
        if (buildContext === null) return;
        for (const { operation, source, path } of analysis.contextSources) {
          const contextPath = path === null ? null : toContextPath(path);
          if (contextPath === null) continue;
          const loc = context.sourceCode.getLocFromRange(source.range);
          const keyword = operation.instruction.type;
          const named = namedSecret(buildContext, contextPath, allow);
          if (named) {
            context.report({ loc, messageId: "named", data: { keyword, source: source.raw, pattern: secretPattern(named) } });
            continue;
          }
          const excluded = excludeMatcher(operation.instruction.flags);
          const found = copiedSecrets(buildContext, contextPath, excluded).filter((file) => !allow.ignores(file.path));
          if (found.length === 0) continue;
          const [first] = found;
          context.report({
            loc,
            messageId: "wide",
            data: {
              keyword,
              source: source.raw,
              file: first!.path,
              more: found.length > 1 ? ` (and ${found.length - 1} more)` : "",
              reason: buildContext.ignoreFileName ? `${buildContext.ignoreFileName} does not exclude it` : "the build context has no .dockerignore",
              exclude: `**/${secretPattern(first!.match).replace(/\/$/u, "")}`,
            },
          });
        }
      },
    };
  },
});

/** The secret a source names: a literal secret path, or a wildcard written for secrets (`.env*`). */
function namedSecret(buildContext: BuildContext, contextPath: string, allow: IgnoreMatcher): SecretMatch | null {
  if (allow.ignores(contextPath)) return null;
  if (!hasWildcards(contextPath)) {
    if (!buildContext.exists(contextPath)) return secretByName(contextPath);
    if (buildContext.isFolder(contextPath)) return secretByName(contextPath)?.folder ? secretByName(contextPath) : null;
    return isSecretFile(contextPath, () => buildContext.readText(contextPath));
  }
  const named = secretNamedByPattern(contextPath);
  if (!named?.kind?.content) return named;
  // A pattern such as `certs/*.pem` names secrets only if what it matches holds them (or nothing matches).
  const matches = buildContext.expandSource(contextPath).filter((match) => !allow.ignores(match));
  return matches.length === 0 || matches.some((match) => isSecretFile(match, () => buildContext.readText(match))) ? named : null;
}

/** Secret files a source copies, that the ignore file and `--exclude` let through. */
function copiedSecrets(buildContext: BuildContext, contextPath: string, excluded: IgnoreMatcher): { path: string; match: SecretMatch }[] {
  const found: { path: string; match: SecretMatch }[] = [];
  const check = (file: string, relative: string) => {
    if (excluded.ignores(relative)) return;
    const match = isSecretFile(file, () => buildContext.readText(file));
    if (match) found.push({ path: file, match });
  };
  const matches = hasWildcards(contextPath) ? buildContext.expandSource(contextPath) : [contextPath];
  for (const match of matches) {
    if (buildContext.isFolder(match)) {
      if (NOT_SEARCHED.includes(match.split("/").at(-1)!)) continue;
      const prefix = match === "." ? "" : `${match}/`;
      for (const file of buildContext.filesIn(match, { skipFolders: NOT_SEARCHED })) check(file, file.slice(prefix.length));
    } else if (buildContext.exists(match) && !buildContext.isIgnored(match)) {
      check(match, match.split("/").at(-1)!);
    }
  }
  return found;
}

/** COPY `--exclude=<pattern>` flags (BuildKit), matched against paths relative to the source. */
function excludeMatcher(flags: readonly Flag[]): IgnoreMatcher {
  const patterns = flags
    .filter((flag) => flag.name === "exclude" && flag.value !== null && !flag.value.includes("$"))
    .map((flag) => ({ value: flag.value!.replace(/^\/+/u, ""), negated: false }));
  return createIgnoreMatcher(patterns);
}
