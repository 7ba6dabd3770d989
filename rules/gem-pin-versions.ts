/**
 * `gem install rails` installs the newest release on the day of the build. `name:version`, `-v`
 * or a Gemfile with its lock file makes the install repeatable.
 */
import { createDockerfileRule } from "../lib/rule.js";
import { unpinnedPackagesVisitor } from "../lib/pin-versions-visitor.js";

export default createDockerfileRule<{ MessageIds: "unpinned" }>("gem-pin-versions", {
  meta: {
    type: "suggestion",
    docs: {
      description: "Require gem install to give each gem a version (bundler:2.5.23 or -v 2.5.23)",
      recommended: false,
      strict: true,
      hadolint: ["DL3028"],
      buildkit: [],
    },
    schema: [],
    defaultOptions: [],
    messages: {
      unpinned:
        "gem installs the newest release of {{spec}} at build time, so rebuilds can get a different version. Pin it ({{name}}:<version> or -v <version>), or install from a Gemfile and Gemfile.lock with bundle install.",
    },
  },
  create: (context) => unpinnedPackagesVisitor(context, "gem", { unpinned: "unpinned" }),
});
