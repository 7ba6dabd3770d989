/**
 * `npm install -g typescript` installs the newest release (or the release a dist-tag points to) on
 * the day of the build. `name@version`, a git `#commit-ish` or a lock file (`npm ci`) makes it
 * repeatable.
 */
import { createDockerfileRule } from "../lib/rule.js";
import { unpinnedPackagesVisitor } from "../lib/pin-versions-visitor.js";

export default createDockerfileRule<{ MessageIds: "unpinned" | "unpinnedSource" }>("npm-pin-versions", {
  meta: {
    type: "suggestion",
    docs: {
      description: "Require npm install of named packages to give each a version (express@4.21.2)",
      recommended: false,
      strict: true,
      hadolint: ["DL3016"],
      buildkit: [],
    },
    schema: [],
    defaultOptions: [],
    messages: {
      unpinned:
        "npm installs whatever release {{spec}} resolves to at build time, so rebuilds can get a different version. Pin a version ({{name}}@<version>), or install from package.json and the lock file with npm ci.",
      unpinnedSource:
        "{{spec}} names no commit, so npm installs whatever the default branch holds at build time. Add the tag or commit to install ({{spec}}#<tag or commit>).",
    },
  },
  create: (context) => unpinnedPackagesVisitor(context, "npm", { unpinned: "unpinned", unpinnedSource: "unpinnedSource" }),
});
