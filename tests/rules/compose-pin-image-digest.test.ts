import rule from "../../rules/compose-pin-image-digest.js";
import { runComposeRuleTests, yaml } from "./compose-rule-tester.js";

const DIGEST = "sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

runComposeRuleTests("compose-pin-image-digest", rule, {
  valid: [
    yaml("services:", "  db:", `    image: postgres@${DIGEST}`),
    yaml("services:", "  db:", `    image: postgres:16.2@${DIGEST}`),
    yaml("services:", "  app:", "    image: my-app:1.0", "    build: ."),
    yaml("services:", "  db:", "    image: postgres:${PG_TAG}"),
    { code: yaml("services:", "  db:", "    image: my-org/base:1.0"), options: [{ ignoreImages: ["my-org/base"] }] },
  ],
  invalid: [
    {
      code: yaml("services:", "  db:", "    image: postgres:16.2"),
      errors: [{ messageId: "noDigest", data: { service: "db", image: "postgres:16.2" }, line: 3, column: 12, endLine: 3, endColumn: 25 }],
    },
    {
      code: yaml("services:", "  db:", "    image: 'postgres'"),
      errors: [{ messageId: "noDigest", line: 3, column: 12, endColumn: 22 }],
    },
  ],
});
