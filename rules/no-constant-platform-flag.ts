/**
 * `FROM --platform=linux/amd64` pins a stage to one platform, so the Dockerfile can no longer build
 * a multi-platform image. BuildKit's FromPlatformFlagConstDisallowed, with its exception: a stage
 * whose name contains the platform's OS or architecture (`build-amd64`) is meant to be per-platform.
 */
import { createDockerfileRule } from "../lib/rule.js";

const OPERATING_SYSTEMS = new Set(["linux", "windows", "darwin", "freebsd", "netbsd", "openbsd", "solaris", "illumos", "aix", "android", "ios", "plan9", "wasip1", "js"]);
const ARCHITECTURE_ALIASES: Record<string, string> = { x86_64: "amd64", "x86-64": "amd64", aarch64: "arm64", armhf: "arm", armel: "arm", i386: "386" };

/** OS and architecture of a constant platform (`linux/amd64`, `linux/arm64/v8`, `amd64`), or null. */
function parsePlatform(value: string): { os: string | null; architecture: string | null } | null {
  const parts = value.toLowerCase().split("/");
  if (parts.length > 3 || parts.some((part) => !/^[a-z0-9_-]+$/u.test(part))) return null;
  const normalise = (architecture: string): string => ARCHITECTURE_ALIASES[architecture] ?? architecture;
  if (parts.length === 1) return OPERATING_SYSTEMS.has(parts[0]!) ? { os: parts[0]!, architecture: null } : { os: null, architecture: normalise(parts[0]!) };
  return { os: parts[0]!, architecture: normalise(parts[1]!) };
}

export default createDockerfileRule("no-constant-platform-flag", {
  meta: {
    type: "problem",
    docs: {
      description: "Disallow FROM --platform with a constant platform",
      recommended: true,
      strict: true,
      hadolint: ["DL3029"],
      buildkit: ["FromPlatformFlagConstDisallowed"],
    },
    schema: [],
    defaultOptions: [],
    messages: {
      constant:
        'FROM --platform={{platform}} pins this stage to one platform, so the image cannot be built for others. Leave the platform to `docker build --platform`, use a variable such as $BUILDPLATFORM, or name the stage after the platform (e.g. "{{example}}").',
    },
  },
  create(context) {
    return {
      FROM(node) {
        for (const flag of node.flags) {
          if (flag.name !== "platform" || !flag.value || flag.value.includes("$")) continue;
          const platform = parsePlatform(flag.value);
          if (!platform) continue;
          const name = node.stageName?.value.toLowerCase() ?? "";
          if ((platform.os && name.includes(platform.os)) || (platform.architecture && name.includes(platform.architecture))) continue;
          const suffix = platform.architecture ?? platform.os!;
          context.report({
            node: flag,
            messageId: "constant",
            data: { platform: flag.value, example: `${name || "build"}-${suffix}` },
          });
        }
      },
    };
  },
});
