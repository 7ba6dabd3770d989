/**
 * `pip install flask` installs whatever version is newest on the day of the build: two builds of
 * the same Dockerfile get different packages. A version specifier, a requirements or constraints
 * file, or a local path makes the install repeatable.
 */
import { createDockerfileRule } from "../lib/rule.js";
import { unpinnedPackagesVisitor } from "../lib/pin-versions-visitor.js";

export default createDockerfileRule<{ MessageIds: "unpinned" | "unpinnedSource" }>("pip-pin-versions", {
  meta: {
    type: "suggestion",
    docs: {
      description: "Require pip install to give each package a version (flask==3.0.3) or read a requirements or constraints file",
      recommended: false,
      strict: true,
      hadolint: ["DL3013"],
      buildkit: [],
    },
    schema: [],
    defaultOptions: [],
    messages: {
      unpinned:
        "pip installs the newest release of {{spec}} at build time, so rebuilds can get a different version. Pin it ({{name}}==<version>), or install from a requirements or constraints file (-r requirements.txt, -c constraints.txt).",
      unpinnedSource:
        "{{spec}} names no revision, so pip installs whatever the default branch holds at build time. Add the tag or commit to install ({{spec}}@<tag or commit>).",
    },
  },
  create: (context) => unpinnedPackagesVisitor(context, "pip", { unpinned: "unpinned", unpinnedSource: "unpinnedSource" }),
});
