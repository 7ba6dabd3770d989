import { describe, expect, it } from "vitest";
import { formatImageReference, parseImageReference } from "../../../lib/analysis/image-reference.js";
const HEX = "0123456789abcdef".repeat(4);

describe("parseImageReference", () => {
  it.each([
    ["python", { registry: null, repository: "python", tag: null, digest: null, isOfficialImage: true }],
    ["python:3.12-slim", { registry: null, repository: "python", tag: "3.12-slim", isOfficialImage: true }],
    ["library/python:3", { repository: "python", tag: "3", isOfficialImage: true }],
    ["docker.io/library/node:22", { registry: "docker.io", repository: "node", tag: "22", isOfficialImage: true }],
    ["bitnami/redis:7.2", { registry: null, repository: "bitnami/redis", tag: "7.2", isOfficialImage: false }],
    ["localhost:5000/app", { registry: "localhost:5000", repository: "app", tag: null, isOfficialImage: false }],
    ["localhost/app:1", { registry: "localhost", repository: "app", tag: "1" }],
    [`ghcr.io/org/tool:v1@sha256:${HEX}`, { registry: "ghcr.io", repository: "org/tool", tag: "v1", digest: `sha256:${HEX}` }],
    ["gcr.io/distroless/python3-debian12:nonroot", { registry: "gcr.io", repository: "distroless/python3-debian12", tag: "nonroot" }],
    [`alpine@sha256:${HEX}`, { repository: "alpine", tag: null, digest: `sha256:${HEX}` }],
  ])("reads %s", (raw, expected) => {
    expect(parseImageReference(raw)).toMatchObject(expected);
  });

  it.each(["", "python:", "a b", "@sha256:x", "python@", "Python:3", "python:3@sha256:abc", "'bad"])("rejects %j", (raw) => {
    expect(parseImageReference(raw)).toBeNull();
  });

  it("formats a reference back", () => {
    expect(formatImageReference({ registry: "ghcr.io", repository: "org/tool", tag: "v1", digest: null })).toBe("ghcr.io/org/tool:v1");
    expect(formatImageReference({ registry: null, repository: "python", tag: "3.12-slim", digest: `sha256:${HEX}` })).toBe(`python:3.12-slim@sha256:${HEX}`);
  });
});
