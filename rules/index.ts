/** Every rule of the plugin, by name. Configs and the README table are derived from this list. */
import absoluteWorkdir from "./absolute-workdir.js";
import copyChown from "./copy-chown.js";
import copyIgnoredFile from "./copy-ignored-file.js";
import dependencyManifestFirst from "./dependency-manifest-first.js";
import dockerignoreNoRedundant from "./dockerignore-no-redundant.js";
import dockerignoreRequiredEntries from "./dockerignore-required-entries.js";
import dockerignoreValidPattern from "./dockerignore-valid-pattern.js";
import execFormCommand from "./exec-form-command.js";
import noCdInRun from "./no-cd-in-run.js";
import noCopySecrets from "./no-copy-secrets.js";
import noMissingCopySource from "./no-missing-copy-source.js";
import noSecretInArgEnv from "./no-secret-in-arg-env.js";
import noUnpinnedBaseImage from "./no-unpinned-base-image.js";
import noUnusedStage from "./no-unused-stage.js";
import pinBaseImageDigest from "./pin-base-image-digest.js";
import pipNoCacheDir from "./pip-no-cache-dir.js";
import preferCopy from "./prefer-copy.js";
import preferSlimBaseImage from "./prefer-slim-base-image.js";
import requireDockerignore from "./require-dockerignore.js";
import requireNonRootUser from "./require-non-root-user.js";
import validExpose from "./valid-expose.js";

export const rules = {
  "absolute-workdir": absoluteWorkdir,
  "copy-chown": copyChown,
  "copy-ignored-file": copyIgnoredFile,
  "dependency-manifest-first": dependencyManifestFirst,
  "dockerignore-no-redundant": dockerignoreNoRedundant,
  "dockerignore-required-entries": dockerignoreRequiredEntries,
  "dockerignore-valid-pattern": dockerignoreValidPattern,
  "exec-form-command": execFormCommand,
  "no-cd-in-run": noCdInRun,
  "no-copy-secrets": noCopySecrets,
  "no-missing-copy-source": noMissingCopySource,
  "no-secret-in-arg-env": noSecretInArgEnv,
  "no-unpinned-base-image": noUnpinnedBaseImage,
  "no-unused-stage": noUnusedStage,
  "pin-base-image-digest": pinBaseImageDigest,
  "pip-no-cache-dir": pipNoCacheDir,
  "prefer-copy": preferCopy,
  "prefer-slim-base-image": preferSlimBaseImage,
  "require-dockerignore": requireDockerignore,
  "require-non-root-user": requireNonRootUser,
  "valid-expose": validExpose,
};

export type RuleName = keyof typeof rules;
