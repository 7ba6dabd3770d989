import path from "node:path";
import { fileURLToPath } from "node:url";
import rule from "../../rules/compose-build-context.js";
import { runComposeRuleTests, yaml } from "./compose-rule-tester.js";

/** compose.yaml beside api/Dockerfile, docker/web.Dockerfile, web/Containerfile and an empty folder. */
const filename = fileURLToPath(new URL("../fixtures/projects/compose-build/compose.yaml", import.meta.url));
const outside = path.join(path.dirname(filename), "..", "compose", "compose.yaml");

runComposeRuleTests("compose-build-context", rule, {
  valid: [
    { filename, code: yaml("services:", "  api:", "    build: ./api") },
    { filename, code: yaml("services:", "  api:", "    build:", "      context: api") },
    { filename, code: yaml("services:", "  web:", "    build:", "      context: .", "      dockerfile: docker/web.Dockerfile") },
    { filename, code: yaml("services:", "  web:", "    build:", "      context: docker", "      dockerfile: web.Dockerfile") },
    // A Containerfile is taken as the default too.
    { filename, code: yaml("services:", "  web:", "    build: web") },
    // Inline Dockerfiles need no file.
    { filename, code: yaml("services:", "  x:", "    build:", "      context: empty", "      dockerfile_inline: FROM alpine:3.20") },
    // Remote, interpolated and outside-the-tree contexts are not looked at.
    { filename, code: yaml("services:", "  x:", "    build: https://github.com/docker/buildx.git#v0.13.0") },
    { filename, code: yaml("services:", "  x:", "    build: git@github.com:docker/buildx.git") },
    { filename, code: yaml("services:", "  x:", "    build: ${CONTEXT}") },
    { filename, code: yaml("services:", "  x:", "    build: ../elsewhere") },
    { filename, code: yaml("services:", "  x:", "    build:", "      context: api", "      dockerfile: ${DOCKERFILE}") },
    { filename, code: yaml("services:", "  x:", "    build:", "      context: api", "      dockerfile: ../../outside.Dockerfile") },
    // No compose file on disk: nothing to compare with.
    { code: yaml("services:", "  x:", "    build: ./missing") },
    { filename: path.join(path.dirname(filename), "missing", "compose.yaml"), code: yaml("services:", "  x:", "    build: ./missing") },
    { filename: outside, code: yaml("services:", "  x:", "    image: redis:7") },
  ],
  invalid: [
    {
      filename,
      code: yaml("services:", "  api:", "    build: ./apps/api"),
      errors: [{ messageId: "missingContext", data: { service: "api", context: "./apps/api" }, line: 3, column: 12, endColumn: 22 }],
    },
    {
      filename,
      code: yaml("services:", "  api:", "    build:", "      context: api/Dockerfile"),
      errors: [{ messageId: "missingContext", line: 4, column: 16 }],
    },
    {
      filename,
      code: yaml("services:", "  web:", "    build:", "      context: .", "      dockerfile: web.Dockerfile"),
      errors: [{ messageId: "missingDockerfile", data: { service: "web", dockerfile: "web.Dockerfile", context: "." }, line: 5, column: 19, endColumn: 33 }],
    },
    {
      filename,
      code: yaml("services:", "  x:", "    build: empty"),
      errors: [{ messageId: "missingDefaultDockerfile", data: { service: "x", context: "empty" }, line: 3, column: 12 }],
    },
    {
      // No context: the compose file's folder, which has no Dockerfile.
      filename,
      code: yaml("services:", "  x:", "    build:", "      target: prod"),
      errors: [{ messageId: "missingDefaultDockerfile", data: { service: "x", context: "." }, line: 2, column: 3 }],
    },
  ],
});
