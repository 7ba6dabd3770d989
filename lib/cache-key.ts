/**
 * Keeps ESLint's `--cache` from serving stale results for Dockerfiles whose rules read the build
 * context (the ignore file, which files exist).
 *
 * ESLint reuses a cached result when the file itself is unchanged and the hash of its config is
 * the same (eslint/lib/cli-engine/lint-result-cache.js). Nothing else is checked: a Dockerfile's
 * result is reused after its `.dockerignore` changed, or after a `.env` appeared beside it. ESLint
 * has no way for a language or a rule to name the other files a result depends on.
 *
 * What it does offer: the config hash is `JSON`-like serialization of the file's config, in which
 * every object with a `toJSON` method is replaced by what that method returns. The hash is
 * computed once per config object, and every ESLint instance (every CLI run) makes new config
 * objects. So a value in `settings` whose `toJSON` returns something new on every call gives the
 * Dockerfiles' config a new hash in every run: ESLint never reuses their cached results, and lints
 * them afresh, while every other file keeps its cache. `--print-config` shows the value.
 */
import { randomUUID } from "node:crypto";

/** What `buildContextCacheKey()` returns: serializes to a new string on every call. */
export interface BuildContextCacheKey {
  toJSON(): string;
}

/**
 * A value for `settings.dockerfile.cacheKey` in the config block of your Dockerfiles:
 *
 * ```js
 * { files: ["**∕Dockerfile"], settings: { dockerfile: { cacheKey: buildContextCacheKey() } } }
 * ```
 *
 * With it, `eslint --cache` re-lints the Dockerfiles in every run (their results then always
 * reflect the current ignore files and build contexts); other files are cached as before. Put it
 * only in a block whose `files` match Dockerfiles: in a block without `files` it would apply to
 * every file and turn the cache off for all of them.
 */
export function buildContextCacheKey(): BuildContextCacheKey {
  // An own property, so that the key survives ESLint's deep merge of `settings` objects.
  return { toJSON: () => `uncached-${randomUUID()}` };
}
