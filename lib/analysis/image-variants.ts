/**
 * Smaller variants of Docker Hub official images, known offline: for an image and tag, the tag of
 * the `-slim` (Debian without build tools and docs) or `-alpine` variant of the same release, when
 * the image publishes one for tags of that form. Only version tags (and Debian suite suffixes where
 * the image tags them) are mapped; anything else (`-windowsservercore`, `onbuild`, already a
 * variant) has no known smaller variant.
 */
import { imageName, type ImageReference } from "./image-reference.js";

interface VariantPattern {
  tag: RegExp;
  /** The variant tag, from the tag's match. */
  variant: (match: RegExpExecArray) => string;
}

const SUITE = "(?:buster|bullseye|bookworm|trixie|forky)";
const VERSION = String.raw`\d+(?:\.\d+){0,2}`;

/** `3.12` -> `3.12-slim`, `3.12-bookworm` -> `3.12-slim-bookworm` (python, ruby, rust, perl, pypy). */
const SLIM_BEFORE_SUITE: VariantPattern = {
  tag: new RegExp(String.raw`^(${VERSION}(?:(?:a|b|rc)\d+)?)(-${SUITE})?$`, "u"),
  variant: (m) => `${m[1]}-slim${m[2] ?? ""}`,
};

/** `22` -> `22-slim`, `22-bookworm` -> `22-bookworm-slim` (node). */
const SLIM_AFTER_SUITE: VariantPattern = {
  tag: new RegExp(String.raw`^(${VERSION}(?:-${SUITE})?)$`, "u"),
  variant: (m) => `${m[1]}-slim`,
};

/** `27` -> `27-slim` (elixir, erlang). */
const SLIM_VERSION: VariantPattern = {
  tag: new RegExp(String.raw`^(${VERSION})$`, "u"),
  variant: (m) => `${m[1]}-slim`,
};

/** Built-in table: official image -> how its tags map to the smaller variant. */
const OFFICIAL_IMAGE_VARIANTS: Record<string, VariantPattern> = {
  python: SLIM_BEFORE_SUITE,
  pypy: SLIM_BEFORE_SUITE,
  ruby: SLIM_BEFORE_SUITE,
  rust: SLIM_BEFORE_SUITE,
  perl: SLIM_BEFORE_SUITE,
  node: SLIM_AFTER_SUITE,
  elixir: SLIM_VERSION,
  erlang: SLIM_VERSION,
  // `bookworm`, `12`, `12.8`, `stable`, `bookworm-20241111` -> the same with `-slim`.
  debian: {
    tag: new RegExp(String.raw`^((?:\d+(?:\.\d+)?|${SUITE}|stable|oldstable|oldoldstable|testing|unstable|sid)(?:-\d{8})?)$`, "u"),
    variant: (m) => `${m[1]}-slim`,
  },
  // Deprecated upstream, but its `17`, `17-jdk`, `11-jre` tags have `-slim` variants.
  openjdk: { tag: /^(\d+(?:\.\d+)*)(-jdk|-jre)?$/u, variant: (m) => `${m[1]}${m[2] ?? ""}-slim` },
  // No slim variants: the smaller one is Alpine.
  "eclipse-temurin": { tag: /^(\d+(?:\.\d+)*(?:_\d+)?)(-jdk|-jre)?$/u, variant: (m) => `${m[1]}${m[2] ?? ""}-alpine` },
  golang: { tag: new RegExp(String.raw`^(${VERSION}(?:rc\d+)?)$`, "u"), variant: (m) => `${m[1]}-alpine` },
  // `8.3` is the Debian CLI image; cli, fpm and zts have Alpine variants (apache has none).
  php: { tag: new RegExp(String.raw`^(${VERSION})(-cli|-fpm|-zts)?$`, "u"), variant: (m) => `${m[1]}${m[2] ?? ""}-alpine` },
};

/** A version tag (`3.12`, `22`, `v1.4.2`): what a user-listed image's variant suffix applies to. */
const VERSION_TAG = /^v?\d+(?:\.\d+)*$/u;

/**
 * The tag of the smaller variant of the same release, or null when none is known. `suffixes`
 * (image name -> suffix such as `-slim`) adds images or replaces the built-in rule for one.
 */
export function smallerVariantTag(reference: ImageReference, suffixes: Readonly<Record<string, string>> = {}): string | null {
  const tag = reference.tag;
  if (tag === null) return null;
  const name = imageName(reference);
  if (Object.hasOwn(suffixes, name)) {
    const suffix = suffixes[name]!;
    return suffix !== "" && VERSION_TAG.test(tag) ? `${tag}${suffix}` : null;
  }
  if (!reference.isOfficialImage || !Object.hasOwn(OFFICIAL_IMAGE_VARIANTS, reference.repository)) return null;
  const pattern = OFFICIAL_IMAGE_VARIANTS[reference.repository]!;
  const match = pattern.tag.exec(tag);
  return match ? pattern.variant(match) : null;
}
