/**
 * ENV values are stored in the image config, and ARG values (defaults and `--build-arg`s) in the
 * image history and build provenance: anyone who can pull the image can read them. A secret
 * belongs in a secret mount, which lasts for one RUN and leaves nothing in the image.
 */
import type { ArgInstruction, EnvInstruction, KeyValue } from "../lib/dockerfile/ast.js";
import { createDockerfileRule } from "../lib/rule.js";
import { stringListOption } from "../lib/rule-options.js";

type Options = [{ allow: string[]; extraTokens: string[] }];

/** BuildKit's SecretsUsedInArgOrEnv: a whole word of the name (between `_`) is one of these. */
const SECRET_TOKENS = ["apikey", "auth", "credential", "credentials", "key", "password", "pword", "passwd", "secret", "token"];

/**
 * A word that makes the name about something other than the secret itself: BuildKit's
 * `public`, `file` and `version`, plus names of where a secret is, not what it is.
 */
const NOT_SECRET_TOKENS = ["public", "file", "version", "path", "dir", "url", "name"];

export default createDockerfileRule<{ RuleOptions: Options; MessageIds: "secretInArg" | "secretInEnv" }>("no-secret-in-arg-env", {
  meta: {
    type: "problem",
    docs: {
      description: "Disallow ARG and ENV whose names look like secrets; pass secrets with a secret mount",
      recommended: true,
      strict: true,
      hadolint: [],
      buildkit: ["SecretsUsedInArgOrEnv"],
    },
    schema: [
      {
        type: "object",
        properties: {
          allow: stringListOption("Variable names that are not secrets although they look like one (exact, case-sensitive)."),
          extraTokens: {
            type: "array",
            items: { type: "string", pattern: "^[A-Za-z0-9_]+$" },
            uniqueItems: true,
            description: "More words that mark a secret when they are a whole `_`-separated part of the name (case-insensitive), e.g. `dsn` or `passphrase`.",
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ allow: [], extraTokens: [] }],
    messages: {
      secretInArg:
        'ARG {{name}} looks like a secret: its value is recorded in the image history and build metadata. Pass it as a build secret instead: RUN --mount=type=secret,id={{name}},env={{name}} <command>, built with --secret id={{name}}.',
      secretInEnv:
        'ENV {{name}} looks like a secret: its value is stored in the image for anyone who pulls it. Pass it as a build secret instead (RUN --mount=type=secret,id={{name}},env={{name}} <command>) or give it to the container at run time.',
    },
  },
  create(context) {
    const { allow, extraTokens } = context.options[0];
    const allowed = new Set(allow);
    const secret = tokenPattern([...SECRET_TOKENS, ...extraTokens]);
    const notSecret = tokenPattern(NOT_SECRET_TOKENS);
    const { stages } = context.sourceCode.analysis;

    const looksSecret = (name: string): boolean => !allowed.has(name) && secret.test(name) && !notSecret.test(name);

    function check(node: ArgInstruction | EnvInstruction, pair: KeyValue): void {
      // A path says where a secret is (a mounted file), not what it is.
      if (!looksSecret(pair.key) || (pair.value !== null && /^\/\S*$/u.test(pair.value))) return;
      context.report({ loc: pair.loc, messageId: node.type === "ARG" ? "secretInArg" : "secretInEnv", data: { name: pair.key } });
    }

    return {
      ARG(node) {
        // Before the first FROM, an ARG without a value only reaches FROM lines, or a stage that declares it again.
        const global = stages.stageOf(node) === null && !isOnbuildTrigger(node);
        for (const pair of node.pairs) if (!global || pair.value !== null) check(node, pair);
      },
      ENV(node) {
        // `ENV TOKEN=""` clears a value: nothing is stored.
        for (const pair of node.pairs) if (pair.value !== null && pair.value !== "") check(node, pair);
      },
    };

    function isOnbuildTrigger(node: ArgInstruction): boolean {
      return context.sourceCode.ast.body.some((instruction) => instruction.type === "ONBUILD" && instruction.trigger === node);
    }
  },
});

/** Matches a name that has one of the tokens as a whole `_`-separated word. */
function tokenPattern(tokens: readonly string[]): RegExp {
  const escaped = tokens.map((token) => token.replace(/[^A-Za-z0-9_]/gu, ""));
  return new RegExp(`(?:^|_)(?:${escaped.join("|")})(?:_|$)`, "iu");
}
