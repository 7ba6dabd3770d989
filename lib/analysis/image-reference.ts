/**
 * Image references as Docker reads them: `[registry[:port]/]repository[:tag][@digest]`.
 * Shared by FROM analysis and (later) compose `image:` rules.
 */

export interface ImageReference {
  /** The reference as given. */
  raw: string;
  /** The registry host as written, or null for Docker Hub's default. */
  registry: string | null;
  /** The repository path as written, without registry, tag or digest (e.g. `python`, `bitnami/redis`). */
  repository: string;
  tag: string | null;
  digest: string | null;
  /** Docker Hub official images: no registry and a single path component (`python`, `node`). */
  isOfficialImage: boolean;
}

// Docker's reference grammar (distribution/reference), reduced to what a linter must tell apart.
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/u;
const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/u;
const DIGEST = /^[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}$/u;
const REGISTRY = /^[A-Za-z0-9.-]+(?::[0-9]+)?$/u;

const DEFAULT_REGISTRIES = new Set(["docker.io", "index.docker.io", "registry-1.docker.io"]);

export function parseImageReference(raw: string): ImageReference | null {
  const reference = raw.trim();
  if (reference === "" || /\s/u.test(reference)) return null;

  const at = reference.indexOf("@");
  const digest = at >= 0 ? reference.slice(at + 1) : null;
  const nameAndTag = at >= 0 ? reference.slice(0, at) : reference;

  const lastSlash = nameAndTag.lastIndexOf("/");
  const lastColon = nameAndTag.lastIndexOf(":");
  const tag = lastColon > lastSlash ? nameAndTag.slice(lastColon + 1) : null;
  const name = lastColon > lastSlash ? nameAndTag.slice(0, lastColon) : nameAndTag;
  if (name === "" || tag === "" || digest === "") return null;

  const firstSlash = name.indexOf("/");
  const firstComponent = firstSlash >= 0 ? name.slice(0, firstSlash) : "";
  const hasRegistry = firstSlash >= 0 && (firstComponent.includes(".") || firstComponent.includes(":") || firstComponent === "localhost");
  const registry = hasRegistry ? firstComponent : null;
  let repository = hasRegistry ? name.slice(firstSlash + 1) : name;
  if (registry !== null && !REGISTRY.test(registry)) return null;
  if (!repository.split("/").every((component) => PATH_COMPONENT.test(component))) return null;
  if ((tag !== null && !TAG.test(tag)) || (digest !== null && !DIGEST.test(digest))) return null;
  const onDockerHub = registry === null || DEFAULT_REGISTRIES.has(registry.toLowerCase());
  if (onDockerHub && repository.startsWith("library/")) repository = repository.slice("library/".length);

  return {
    raw,
    registry,
    repository,
    tag,
    digest,
    isOfficialImage: onDockerHub && !repository.includes("/"),
  };
}

/** The name an image is listed under in options: registry and repository as written, no tag. */
export function imageName(reference: Pick<ImageReference, "registry" | "repository">): string {
  return reference.registry ? `${reference.registry}/${reference.repository}` : reference.repository;
}

/** Formats a reference back, e.g. after changing its tag. */
export function formatImageReference(reference: Pick<ImageReference, "registry" | "repository" | "tag" | "digest">): string {
  const name = reference.registry ? `${reference.registry}/${reference.repository}` : reference.repository;
  return `${name}${reference.tag ? `:${reference.tag}` : ""}${reference.digest ? `@${reference.digest}` : ""}`;
}
