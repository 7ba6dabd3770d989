/** Every rule of the plugin, by name. Configs and the README table are derived from this list. */
import absoluteWorkdir from "./absolute-workdir.js";
import allowedRegistries from "./allowed-registries.js";
import apkNoCache from "./apk-no-cache.js";
import aptGetNoInstallRecommends from "./apt-get-no-install-recommends.js";
import aptGetUpdateWithInstall from "./apt-get-update-with-install.js";
import aptListsCleanup from "./apt-lists-cleanup.js";
import composeBuildContext from "./compose-build-context.js";
import composeNoPrivileged from "./compose-no-privileged.js";
import composeNoUnpinnedImage from "./compose-no-unpinned-image.js";
import composePinImageDigest from "./compose-pin-image-digest.js";
import consistentInstructionCasing from "./consistent-instruction-casing.js";
import copyChown from "./copy-chown.js";
import copyDestinationSlash from "./copy-destination-slash.js";
import copyIgnoredFile from "./copy-ignored-file.js";
import definitionDescription from "./definition-description.js";
import dependencyManifestFirst from "./dependency-manifest-first.js";
import dockerignoreNoRedundant from "./dockerignore-no-redundant.js";
import dockerignoreRequiredEntries from "./dockerignore-required-entries.js";
import dockerignoreValidPattern from "./dockerignore-valid-pattern.js";
import execFormCommand from "./exec-form-command.js";
import fromAsCasing from "./from-as-casing.js";
import fromFirst from "./from-first.js";
import gemPinVersions from "./gem-pin-versions.js";
import goPinVersions from "./go-pin-versions.js";
import labelSchema from "./label-schema.js";
import noCdInRun from "./no-cd-in-run.js";
import noConsecutiveRun from "./no-consecutive-run.js";
import noConstantPlatformFlag from "./no-constant-platform-flag.js";
import noCopyRootFilesystem from "./no-copy-root-filesystem.js";
import noCopySecrets from "./no-copy-secrets.js";
import noCurlAndWget from "./no-curl-and-wget.js";
import noDisabledVerification from "./no-disabled-verification.js";
import noDuplicateStageName from "./no-duplicate-stage-name.js";
import noEmptyContinuation from "./no-empty-continuation.js";
import noEnvReferenceInSameInstruction from "./no-env-reference-in-same-instruction.js";
import noHadolintPragma from "./no-hadolint-pragma.js";
import noLegacyKeyValue from "./no-legacy-key-value.js";
import noMaintainer from "./no-maintainer.js";
import noMeaninglessCommands from "./no-meaningless-commands.js";
import noMissingCopySource from "./no-missing-copy-source.js";
import noMultipleInstructions from "./no-multiple-instructions.js";
import noPackageUpgrade from "./no-package-upgrade.js";
import noPipeToShell from "./no-pipe-to-shell.js";
import noRedundantTargetPlatform from "./no-redundant-target-platform.js";
import noReservedStageName from "./no-reserved-stage-name.js";
import noSecretInArgEnv from "./no-secret-in-arg-env.js";
import noSudo from "./no-sudo.js";
import noUndefinedArgInFrom from "./no-undefined-arg-in-from.js";
import noUndefinedVariable from "./no-undefined-variable.js";
import noUnpinnedBaseImage from "./no-unpinned-base-image.js";
import noUnusedStage from "./no-unused-stage.js";
import npmPinVersions from "./npm-pin-versions.js";
import packageCacheCleanup from "./package-cache-cleanup.js";
import packageInstallNonInteractive from "./package-install-non-interactive.js";
import pinBaseImageDigest from "./pin-base-image-digest.js";
import pinOsPackageVersions from "./pin-os-package-versions.js";
import pipNoCacheDir from "./pip-no-cache-dir.js";
import pipPinVersions from "./pip-pin-versions.js";
import preferAddToExtract from "./prefer-add-to-extract.js";
import preferAptGet from "./prefer-apt-get.js";
import preferCopy from "./prefer-copy.js";
import preferShellInstruction from "./prefer-shell-instruction.js";
import preferSlimBaseImage from "./prefer-slim-base-image.js";
import requireDockerignore from "./require-dockerignore.js";
import requireHealthcheck from "./require-healthcheck.js";
import requireNonRootUser from "./require-non-root-user.js";
import requirePipefail from "./require-pipefail.js";
import stageNameCasing from "./stage-name-casing.js";
import useraddNoLogInit from "./useradd-no-log-init.js";
import validCopyFrom from "./valid-copy-from.js";
import validDefaultArgInFrom from "./valid-default-arg-in-from.js";
import validExpose from "./valid-expose.js";
import validLabelKey from "./valid-label-key.js";
import validOnbuildTrigger from "./valid-onbuild-trigger.js";
import wgetProgress from "./wget-progress.js";
import workdirBeforeRelativeCopy from "./workdir-before-relative-copy.js";
import yarnCacheClean from "./yarn-cache-clean.js";

export const rules = {
  "absolute-workdir": absoluteWorkdir,
  "allowed-registries": allowedRegistries,
  "apk-no-cache": apkNoCache,
  "apt-get-no-install-recommends": aptGetNoInstallRecommends,
  "apt-get-update-with-install": aptGetUpdateWithInstall,
  "apt-lists-cleanup": aptListsCleanup,
  "compose-build-context": composeBuildContext,
  "compose-no-privileged": composeNoPrivileged,
  "compose-no-unpinned-image": composeNoUnpinnedImage,
  "compose-pin-image-digest": composePinImageDigest,
  "consistent-instruction-casing": consistentInstructionCasing,
  "copy-chown": copyChown,
  "copy-destination-slash": copyDestinationSlash,
  "copy-ignored-file": copyIgnoredFile,
  "definition-description": definitionDescription,
  "dependency-manifest-first": dependencyManifestFirst,
  "dockerignore-no-redundant": dockerignoreNoRedundant,
  "dockerignore-required-entries": dockerignoreRequiredEntries,
  "dockerignore-valid-pattern": dockerignoreValidPattern,
  "exec-form-command": execFormCommand,
  "from-as-casing": fromAsCasing,
  "from-first": fromFirst,
  "gem-pin-versions": gemPinVersions,
  "go-pin-versions": goPinVersions,
  "label-schema": labelSchema,
  "no-cd-in-run": noCdInRun,
  "no-consecutive-run": noConsecutiveRun,
  "no-constant-platform-flag": noConstantPlatformFlag,
  "no-copy-root-filesystem": noCopyRootFilesystem,
  "no-copy-secrets": noCopySecrets,
  "no-curl-and-wget": noCurlAndWget,
  "no-disabled-verification": noDisabledVerification,
  "no-duplicate-stage-name": noDuplicateStageName,
  "no-empty-continuation": noEmptyContinuation,
  "no-env-reference-in-same-instruction": noEnvReferenceInSameInstruction,
  "no-hadolint-pragma": noHadolintPragma,
  "no-legacy-key-value": noLegacyKeyValue,
  "no-maintainer": noMaintainer,
  "no-meaningless-commands": noMeaninglessCommands,
  "no-missing-copy-source": noMissingCopySource,
  "no-multiple-instructions": noMultipleInstructions,
  "no-package-upgrade": noPackageUpgrade,
  "no-pipe-to-shell": noPipeToShell,
  "no-redundant-target-platform": noRedundantTargetPlatform,
  "no-reserved-stage-name": noReservedStageName,
  "no-secret-in-arg-env": noSecretInArgEnv,
  "no-sudo": noSudo,
  "no-undefined-arg-in-from": noUndefinedArgInFrom,
  "no-undefined-variable": noUndefinedVariable,
  "no-unpinned-base-image": noUnpinnedBaseImage,
  "no-unused-stage": noUnusedStage,
  "npm-pin-versions": npmPinVersions,
  "package-cache-cleanup": packageCacheCleanup,
  "package-install-non-interactive": packageInstallNonInteractive,
  "pin-base-image-digest": pinBaseImageDigest,
  "pin-os-package-versions": pinOsPackageVersions,
  "pip-no-cache-dir": pipNoCacheDir,
  "pip-pin-versions": pipPinVersions,
  "prefer-add-to-extract": preferAddToExtract,
  "prefer-apt-get": preferAptGet,
  "prefer-copy": preferCopy,
  "prefer-shell-instruction": preferShellInstruction,
  "prefer-slim-base-image": preferSlimBaseImage,
  "require-dockerignore": requireDockerignore,
  "require-healthcheck": requireHealthcheck,
  "require-non-root-user": requireNonRootUser,
  "require-pipefail": requirePipefail,
  "stage-name-casing": stageNameCasing,
  "useradd-no-log-init": useraddNoLogInit,
  "valid-copy-from": validCopyFrom,
  "valid-default-arg-in-from": validDefaultArgInFrom,
  "valid-expose": validExpose,
  "valid-label-key": validLabelKey,
  "valid-onbuild-trigger": validOnbuildTrigger,
  "wget-progress": wgetProgress,
  "workdir-before-relative-copy": workdirBeforeRelativeCopy,
  "yarn-cache-clean": yarnCacheClean,
};

export type RuleName = keyof typeof rules;
