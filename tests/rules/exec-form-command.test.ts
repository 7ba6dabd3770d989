import rule from "../../rules/exec-form-command.js";
import { lines, runRuleTests } from "../rule-tester.js";

runRuleTests("exec-form-command", rule, {
  valid: [
    lines("FROM alpine:3.20", 'CMD ["python", "run.py"]'),
    lines("FROM alpine:3.20", 'ENTRYPOINT ["python", "run.py", ".env"]'),
    lines("FROM alpine:3.20", "CMD []"),
    lines("FROM alpine:3.20", 'CMD ["python", \\', '  "run.py"]'),
    // RUN and HEALTHCHECK are not this rule's business.
    lines("FROM alpine:3.20", "RUN echo hi", "HEALTHCHECK CMD curl -f http://localhost/"),
  ],
  invalid: [
    {
      code: lines("FROM alpine:3.20", "CMD python run.py"),
      output: lines("FROM alpine:3.20", 'CMD ["python", "run.py"]'),
      errors: [{ messageId: "shellForm", data: { instruction: "CMD" }, line: 2, column: 1, endLine: 2, endColumn: 18 }],
    },
    {
      code: lines("FROM alpine:3.20", "entrypoint gunicorn --bind=0.0.0.0:8000 app:app"),
      output: lines("FROM alpine:3.20", 'entrypoint ["gunicorn", "--bind=0.0.0.0:8000", "app:app"]'),
      errors: [{ messageId: "shellForm", data: { instruction: "ENTRYPOINT" } }],
    },
    {
      // CRLF line endings are kept.
      code: "FROM alpine:3.20\r\nCMD node server.js\r\nEXPOSE 80\r\n",
      output: 'FROM alpine:3.20\r\nCMD ["node", "server.js"]\r\nEXPOSE 80\r\n',
      errors: [{ messageId: "shellForm", line: 2 }],
    },
    {
      code: lines("FROM alpine:3.20", "ONBUILD CMD ./start"),
      output: lines("FROM alpine:3.20", 'ONBUILD CMD ["./start"]'),
      errors: [{ messageId: "shellForm", line: 2, column: 9 }],
    },
    // Shell syntax: the meaning would change, so no fix.
    ...[
      "CMD python run.py $PORT",
      "CMD python run.py && echo done",
      "CMD python run.py > /tmp/log",
      'CMD echo "hello world"',
      "CMD ls *.py",
      "CMD exec python run.py | tee log",
      "CMD ['python', 'run.py']",
      'CMD ["python", "run.py"',
      "CMD python \\\n  run.py",
    ].map((instruction) => ({
      code: lines("FROM alpine:3.20", instruction),
      output: null,
      errors: [{ messageId: "shellForm" as const }],
    })),
  ],
});
