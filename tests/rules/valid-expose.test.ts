import rule from "../../rules/valid-expose.js";
import { lines, runRuleTests } from "../rule-tester.js";

const expose = (...instructions: string[]) => lines("FROM python:3.12-slim", ...instructions);

runRuleTests("valid-expose", rule, {
  valid: [
    expose("EXPOSE 5000"),
    expose("EXPOSE 80 443/tcp 53/udp 9000/sctp"),
    expose("EXPOSE 0 65535"),
    expose("EXPOSE 8000-8010"),
    expose("EXPOSE 8000-8010/udp"),
    expose('EXPOSE "8080"'),
    expose("EXPOSE 80 \\", "  443"),
    expose("ARG PORT=8080", "EXPOSE $PORT ${PORT}/udp"),
    expose('ARG PORTS="80 443"', "EXPOSE $PORTS"),
    // Values from outside the file (a build argument, the base image's ENV) are not known.
    expose("ARG PORT", "EXPOSE $PORT"),
    expose("EXPOSE $PORT"),
    expose("EXPOSE ${PORT}/udp ${HOST_PORT}:80"),
    expose("EXPOSE '$PORT'"),
  ],
  invalid: [
    {
      code: expose("EXPOSE 80:80"),
      output: expose("EXPOSE 80"),
      errors: [{ messageId: "hostMapping", data: { spec: '"80:80"', port: "80" }, line: 2, column: 8, endLine: 2, endColumn: 13 }],
    },
    {
      code: expose("EXPOSE 127.0.0.1:8080:80/tcp"),
      output: expose("EXPOSE 80/tcp"),
      errors: [{ messageId: "hostMapping", data: { spec: '"127.0.0.1:8080:80/tcp"', port: "80/tcp" } }],
    },
    {
      code: expose("EXPOSE 80/TCP 53/Udp"),
      output: expose("EXPOSE 80/tcp 53/udp"),
      errors: [
        { messageId: "protocolCase", data: { spec: '"80/TCP"', protocol: "TCP", lower: "tcp" }, column: 8 },
        { messageId: "protocolCase", data: { spec: '"53/Udp"', protocol: "Udp", lower: "udp" }, column: 15 },
      ],
    },
    {
      // Two problems in one word: both fixed in one pass.
      code: expose("expose 8080:80/TCP"),
      output: expose("expose 80/tcp"),
      errors: [{ messageId: "hostMapping" }, { messageId: "protocolCase" }],
    },
    {
      code: expose("EXPOSE 80/http"),
      output: null,
      errors: [{ messageId: "unknownProtocol", data: { spec: '"80/http"', protocol: "http" } }],
    },
    {
      code: expose("EXPOSE 65536 8010-8000 http"),
      output: null,
      errors: [
        { messageId: "invalidPort", data: { spec: '"65536"', port: "65536" }, column: 8 },
        { messageId: "invalidPort", data: { spec: '"8010-8000"', port: "8010-8000" }, column: 14 },
        { messageId: "invalidPort", data: { spec: '"http"', port: "http" }, column: 24 },
      ],
    },
    {
      // A variable that resolves to something invalid: reported, not fixed.
      code: expose("ARG PORT=70000", "ENV MAP=8080:80", "EXPOSE $PORT ${MAP}"),
      output: null,
      errors: [
        { messageId: "invalidPort", data: { spec: '"$PORT" (= "70000")', port: "70000" }, line: 4, column: 8 },
        { messageId: "hostMapping", data: { spec: '"${MAP}" (= "8080:80")', port: "80" }, line: 4, column: 14 },
      ],
    },
    {
      // Quoted or split over lines: reported, not fixed.
      code: expose('EXPOSE "80:80"'),
      output: null,
      errors: [{ messageId: "hostMapping" }],
    },
    {
      code: expose("ONBUILD EXPOSE 80/UDP"),
      output: expose("ONBUILD EXPOSE 80/udp"),
      errors: [{ messageId: "protocolCase", column: 16 }],
    },
  ],
});
