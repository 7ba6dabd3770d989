/**
 * Which user each stage runs as: the last USER of the stage, else of the stage it is built FROM,
 * else whatever the base image sets (known for a few images that are built to run as non-root).
 */
import type { UserInstruction } from "../dockerfile/ast.js";
import type { ImageReference } from "./image-reference.js";
import type { Stage, StageGraph } from "./stages.js";

export interface StageUser {
  /** The user (and group) with variables expanded; null when it is not known from the file. */
  name: string | null;
  /** The USER instruction that sets it; null when it comes from the base image. */
  instruction: UserInstruction | null;
  /** The stage whose USER applies (the stage itself or an ancestor). */
  setIn: Stage | null;
  /** Whether it is root: user `root` or uid 0. Null when unknown (e.g. the base image decides). */
  isRoot: boolean | null;
}

/**
 * Images published to run as a non-root user, by repository and tag pattern (and registry, where
 * the repository name alone could be another publisher's).
 */
const NON_ROOT_IMAGES: { registry?: RegExp; repository: RegExp; tag: RegExp }[] = [
  // gcr.io/distroless: `nonroot`, `debug-nonroot`, and their per-architecture tags run as uid 65532.
  { repository: /^distroless\//u, tag: /(?:^|-)nonroot(?:-(?:amd64|arm64|arm|s390x|ppc64le))?$/u },
  { repository: /^chainguard\//u, tag: /^(?!.*-dev$)/u },
  // Bitnami application images run as uid 1001; minideb is a plain Debian base that runs as root.
  { repository: /^bitnami\/(?!minideb$)/u, tag: /.*/u },
  { repository: /^nginxinc\/nginx-unprivileged$/u, tag: /.*/u },
  // .NET "chiseled" images run as the `app` user (uid 1654); the other .NET images run as root.
  { registry: /^mcr\.microsoft\.com$/iu, repository: /^dotnet\/(?:runtime-deps|runtime|aspnet)$/u, tag: /-chiseled(?:-|$)/u },
  { repository: /^jenkins\/jenkins$/u, tag: /.*/u },
  { repository: /^grafana\/grafana(?:-oss|-enterprise)?$/u, tag: /.*/u },
];

export function isRootUser(user: string): boolean {
  const name = user.split(":")[0]!.trim();
  return name === "root" || /^0+$/u.test(name);
}

export function isKnownNonRootImage(reference: ImageReference): boolean {
  const tag = reference.tag ?? "latest";
  return NON_ROOT_IMAGES.some(
    (image) =>
      (!image.registry || image.registry.test(reference.registry ?? "")) && image.repository.test(reference.repository) && image.tag.test(tag),
  );
}

export function userOfStage(stage: Stage, stages: StageGraph, escapeCharacter: string): StageUser {
  for (const ancestor of stages.ancestry(stage)) {
    const instruction = [...ancestor.instructions].reverse().find((node): node is UserInstruction => node.type === "USER");
    if (instruction) {
      const raw = instruction.arguments.map((argument) => argument.value).join(" ");
      const name = stages.scopeAt(instruction).expand(raw, escapeCharacter).value;
      return { name, instruction, setIn: ancestor, isRoot: name === null ? null : isRootUser(name) };
    }
  }
  const root = stages.ancestry(stage).at(-1)!;
  const base = root.base;
  if (base.kind === "image" && isKnownNonRootImage(base.reference)) {
    return { name: null, instruction: null, setIn: null, isRoot: false };
  }
  if (base.kind === "scratch") return { name: null, instruction: null, setIn: null, isRoot: true };
  return { name: null, instruction: null, setIn: null, isRoot: base.kind === "image" ? true : null };
}
