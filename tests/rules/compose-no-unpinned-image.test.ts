import rule from "../../rules/compose-no-unpinned-image.js";
import { runComposeRuleTests, yaml } from "./compose-rule-tester.js";

const DIGEST = "sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

runComposeRuleTests("compose-no-unpinned-image", rule, {
  valid: [
    yaml("services:", "  db:", "    image: postgres:16.2"),
    yaml("services:", "  db:", `    image: postgres@${DIGEST}`),
    yaml("services:", "  db:", `    image: postgres:latest@${DIGEST}`),
    yaml("services:", "  db:", '    image: "registry.example.com:5000/team/db:1.2"'),
    // With build:, image: names the image compose builds, it is not pulled.
    yaml("services:", "  app:", "    image: my-app", "    build: ."),
    yaml("services:", "  app:", "    image: my-app", "    build:", "      context: ."),
    // Interpolated: the value is not in the file.
    yaml("services:", "  db:", "    image: postgres:${PG_TAG}"),
    yaml("services:", "  db:", "    image: ${IMAGE}"),
    // Not services.
    yaml("x-defaults:", "  image: postgres"),
    yaml("image: postgres"),
    { code: yaml("services:", "  db:", "    image: my-org/base:latest"), options: [{ ignoreImages: ["my-org/base"] }] },
    "",
    yaml("services:"),
    yaml("services:", "  db:"),
  ],
  invalid: [
    {
      code: yaml("services:", "  db:", "    image: postgres"),
      errors: [{ messageId: "untagged", data: { service: "db", image: "postgres" }, line: 3, column: 12, endLine: 3, endColumn: 20 }],
    },
    {
      code: yaml("services:", "  cache:", '    image: "redis:latest"'),
      errors: [{ messageId: "latest", data: { service: "cache", image: "redis:latest" }, line: 3, column: 12, endColumn: 26 }],
    },
    {
      // Anchors are looked through; the second document counts too.
      code: yaml("services:", "  web: &web", "    image: &img nginx", "---", "services:", "  proxy:", "    image: docker.io/library/traefik:latest"),
      errors: [
        { messageId: "untagged", line: 3, column: 17 },
        { messageId: "latest", line: 7, column: 12 },
      ],
    },
    {
      code: yaml("services:", "  a:", "    image: my-org/base", "  b:", "    image: my-org/other"),
      options: [{ ignoreImages: ["my-org/base"] }],
      errors: [{ messageId: "untagged", line: 5 }],
    },
  ],
});
