/**
 * `go install pkg@latest` and `go get pkg` pick the newest release at build time. A version
 * (`@v1.2.3`) or the current module's go.mod (`go install ./cmd/app`) makes the build repeatable.
 */
import { createDockerfileRule } from "../lib/rule.js";
import { unpinnedPackagesVisitor } from "../lib/pin-versions-visitor.js";

export default createDockerfileRule<{ MessageIds: "unpinned" }>("go-pin-versions", {
  meta: {
    type: "suggestion",
    docs: {
      description: "Require go install, go get and go run to name a fixed version (pkg@v1.2.3), not @latest or none",
      recommended: false,
      strict: true,
      hadolint: ["DL3062"],
      buildkit: [],
    },
    schema: [],
    defaultOptions: [],
    messages: {
      unpinned:
        "go resolves {{spec}} to the newest release at build time, so rebuilds can get a different version. Name a version ({{name}}@v<major>.<minor>.<patch>), or build from a module whose go.mod requires it.",
    },
  },
  create: (context) => unpinnedPackagesVisitor(context, "go", { unpinned: "unpinned" }),
});
