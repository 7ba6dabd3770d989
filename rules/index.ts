/** Every rule of the plugin, by name. Configs and the README table are derived from this list. */
import execFormCommand from "./exec-form-command.js";
import noUnpinnedBaseImage from "./no-unpinned-base-image.js";
import pipNoCacheDir from "./pip-no-cache-dir.js";

export const rules = {
  "exec-form-command": execFormCommand,
  "no-unpinned-base-image": noUnpinnedBaseImage,
  "pip-no-cache-dir": pipNoCacheDir,
};

export type RuleName = keyof typeof rules;
