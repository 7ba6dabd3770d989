/**
 * What pip-pin-versions, npm-pin-versions, gem-pin-versions and go-pin-versions share: every
 * package a manager installs without a version is reported on its word. Each rule keeps its own
 * messages.
 */
import type { RunInstruction } from "./dockerfile/ast.js";
import type { DockerfileSourceCode } from "./dockerfile/source-code.js";
import type { SourceLocation } from "./text/line-index.js";
import { packageInstallOf, unpinnedPackages, type LanguagePackageManager } from "./analysis/language-packages.js";
import type { DockerfileRuleVisitor } from "./rule.js";

/** The part of a rule's context this needs. */
interface PinContext<MessageId extends string> {
  sourceCode: DockerfileSourceCode;
  report(violation: { loc: SourceLocation; messageId: MessageId; data: Record<string, string> }): void;
}

/** Which message to report for a registry package, and for a git/VCS source without a revision. */
interface PinMessages<MessageId extends string> {
  unpinned: MessageId;
  unpinnedSource?: MessageId;
}

export function unpinnedPackagesVisitor<MessageId extends string>(
  context: PinContext<MessageId>,
  manager: LanguagePackageManager,
  messages: PinMessages<MessageId>,
): DockerfileRuleVisitor {
  const { sourceCode } = context;
  const { analysis } = sourceCode;
  return {
    RUN(run: RunInstruction) {
      const scope = analysis.scopeAt(run);
      for (const command of analysis.runCommands.commandsOf(run)) {
        const install = packageInstallOf(command, scope);
        if (install?.manager !== manager) continue;
        for (const { word, spec, name, kind } of unpinnedPackages(install, scope)) {
          context.report({
            loc: sourceCode.getLocFromRange(word.range),
            messageId: kind === "source" ? (messages.unpinnedSource ?? messages.unpinned) : messages.unpinned,
            data: { spec, name },
          });
        }
      }
    },
  };
}
