import rule from "../../rules/require-healthcheck.js";
import { lines, runRuleTests } from "../rule-tester.js";

runRuleTests("require-healthcheck", rule, {
  valid: [
    lines("FROM python:3.12-slim", "HEALTHCHECK CMD curl -f http://localhost:5000/health || exit 1", 'CMD ["python", "app.py"]'),
    lines("FROM python:3.12-slim", "HEALTHCHECK NONE"),
    // Build stages need none; the final stage inherits its parent stage's HEALTHCHECK.
    lines("FROM node:20 AS build", "RUN npm ci", "FROM nginx:1.27", "HEALTHCHECK CMD wget -q -O /dev/null http://localhost/", "COPY --from=build /app /usr/share/nginx/html"),
    lines("FROM nginx:1.27 AS base", "HEALTHCHECK CMD wget -q -O /dev/null http://localhost/", "FROM base", "COPY site /usr/share/nginx/html"),
    lines("ARG A=1"),
  ],
  invalid: [
    {
      code: lines("FROM python:3.12-slim", 'CMD ["python", "app.py"]'),
      errors: [{ messageId: "missingHealthcheck", line: 1, column: 1, endLine: 1, endColumn: 22 }],
    },
    {
      // A HEALTHCHECK in a build stage does not reach the final image.
      code: lines("FROM node:20 AS build", "HEALTHCHECK CMD true", "FROM nginx:1.27", "ONBUILD HEALTHCHECK CMD true"),
      errors: [{ messageId: "missingHealthcheck", line: 3 }],
    },
  ],
});
