import rule from "../../rules/copy-destination-slash.js";
import { lines, runRuleTests } from "../rule-tester.js";

const stage = (...instructions: string[]) => lines("FROM python:3.12-slim", ...instructions);

runRuleTests("copy-destination-slash", rule, {
  valid: [
    stage("COPY requirements.txt /app/requirements.txt"),
    stage("COPY requirements.txt setup.py /app/"),
    stage('COPY ["requirements.txt", "setup.py", "/app/"]'),
    stage('COPY a b "/app/"'),
    stage("ARG DEST=/app/", "COPY a b $DEST"),
    stage("COPY a b ${DEST}"),
    stage("ARG DEST", "COPY a b $DEST"),
    stage("COPY src/*.py /app"),
    stage("COPY a b ./"),
    stage("ADD https://example.com/a.tar.gz b.txt /opt/"),
    stage("COPY <<one <<two /etc/", "1", "one", "2", "two"),
  ],
  invalid: [
    {
      code: stage("COPY requirements.txt setup.py /app"),
      output: stage("COPY requirements.txt setup.py /app/"),
      errors: [{ messageId: "missingSlash", data: { instruction: "COPY", count: "2", destination: "/app" }, line: 2, column: 32, endColumn: 36 }],
    },
    {
      code: stage('COPY ["a", "b", "c", "/app"]'),
      output: stage('COPY ["a", "b", "c", "/app/"]'),
      errors: [{ messageId: "missingSlash", data: { instruction: "COPY", count: "3", destination: "/app" }, column: 22 }],
    },
    {
      code: stage('add a.txt b.txt "dir"'),
      output: stage('add a.txt b.txt "dir/"'),
      errors: [{ messageId: "missingSlash", data: { instruction: "ADD", count: "2", destination: "dir" } }],
    },
    {
      code: stage("ARG DEST=/app", "COPY a b $DEST"),
      output: stage("ARG DEST=/app", "COPY a b $DEST/"),
      errors: [{ messageId: "missingSlash", line: 3 }],
    },
    {
      code: stage("COPY --from=builder /out/a /out/b .", "ONBUILD COPY x y /z"),
      output: stage("COPY --from=builder /out/a /out/b ./", "ONBUILD COPY x y /z/"),
      errors: [{ messageId: "missingSlash", line: 2 }, { messageId: "missingSlash", line: 3 }],
    },
  ],
});
