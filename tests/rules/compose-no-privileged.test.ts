import rule from "../../rules/compose-no-privileged.js";
import { runComposeRuleTests, yaml } from "./compose-rule-tester.js";

runComposeRuleTests("compose-no-privileged", rule, {
  valid: [
    yaml("services:", "  app:", "    privileged: false"),
    yaml("services:", "  app:", '    privileged: "true"'),
    yaml("services:", "  app:", "    volumes:", "      - ./data:/data", "      - /var/run/docker.sock.bak:/x"),
    yaml("services:", "  app:", "    volumes:", "      - type: bind", "        source: ./docker.sock", "        target: /var/run/docker.sock"),
    yaml("services:", "  app:", "    network_mode: bridge"),
    yaml("services:", "  app:", '    network_mode: "service:db"'),
    yaml("services:", "  app:", "    cap_add: [NET_ADMIN]", "    cap_drop: [ALL]"),
    yaml("x-app:", "  privileged: true"),
  ],
  invalid: [
    {
      code: yaml("services:", "  app:", "    privileged: true"),
      errors: [{ messageId: "privileged", data: { service: "app" }, line: 3, column: 17, endColumn: 21 }],
    },
    {
      code: yaml(
        "services:",
        "  ci:",
        "    volumes:",
        "      - /var/run/docker.sock:/var/run/docker.sock:ro",
        "      - type: bind",
        "        source: /run/docker.sock",
        "        target: /var/run/docker.sock",
      ),
      errors: [
        { messageId: "dockerSocket", line: 4, column: 9 },
        { messageId: "dockerSocket", line: 6, column: 17 },
      ],
    },
    {
      code: yaml("services:", "  app:", "    network_mode: host"),
      errors: [{ messageId: "hostNetwork", line: 3, column: 19, endColumn: 23 }],
    },
    {
      code: yaml("services:", "  app:", "    cap_add:", "      - NET_ADMIN", "      - all"),
      errors: [{ messageId: "allCapabilities", line: 5, column: 9 }],
    },
  ],
});
