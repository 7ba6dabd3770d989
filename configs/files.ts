/** Which files each language lints when a shipped config is used. */

export const DOCKERFILE_FILES = [
  "**/Dockerfile",
  "**/Dockerfile.*",
  "**/*.Dockerfile",
  "**/*.dockerfile",
  "**/Containerfile",
  "**/Containerfile.*",
];

export const IGNORE_FILE_FILES = ["**/.dockerignore", "**/*.dockerignore", "**/.containerignore"];

/**
 * `Dockerfile.dockerignore` matches `**\/Dockerfile.*` too: an ignore file must never be read
 * as a Dockerfile.
 */
export const DOCKERFILE_IGNORES = ["**/*.dockerignore", "**/*.containerignore"];
