import rule from "../../rules/wget-progress.js";
import { lines, runRuleTests } from "../rule-tester.js";

const FROM = "FROM debian:12.7";

runRuleTests("wget-progress", rule, {
  valid: [
    lines(FROM, "RUN wget --progress=dot:giga https://example.com/a.tgz"),
    lines(FROM, "RUN wget --progress bar:force https://example.com/a.tgz"),
    lines(FROM, "RUN wget -q https://example.com/a.tgz && wget --quiet https://example.com/b.tgz"),
    lines(FROM, "RUN wget -nv https://example.com/a.tgz && wget --no-verbose https://example.com/b.tgz"),
    lines(FROM, "RUN wget -qO- https://example.com/a.tgz | tar -xz"),
    lines(FROM, "RUN wget -cq https://example.com/a.tgz"),
    lines(FROM, "RUN wget -o /tmp/wget.log https://example.com/a.tgz && wget -a /tmp/wget.log https://example.com/b"),
    lines(FROM, "RUN echo wget https://example.com", 'RUN ["wget", "https://example.com/a.tgz"]'),
  ],
  invalid: [
    {
      code: lines(FROM, "RUN wget https://example.com/a.tgz"),
      errors: [
        {
          messageId: "noProgress",
          line: 2,
          column: 5,
          endColumn: 9,
          suggestions: [
            { messageId: "addProgress", output: lines(FROM, "RUN wget --progress=dot:giga https://example.com/a.tgz") },
            { messageId: "addQuiet", output: lines(FROM, "RUN wget -q https://example.com/a.tgz") },
          ],
        },
      ],
    },
    {
      // -O takes a value: the q in `-Oq` is the file name.
      code: lines(FROM, "RUN wget -Oq https://example.com/a.tgz"),
      errors: [{ messageId: "noProgress", suggestions: 2 }],
    },
    {
      code: lines(FROM, "RUN set -e; \\", "    # fetch", "    sudo wget -O /tmp/a.tgz https://example.com/a.tgz"),
      errors: [
        {
          messageId: "noProgress",
          line: 4,
          column: 10,
          suggestions: [
            { messageId: "addProgress", output: lines(FROM, "RUN set -e; \\", "    # fetch", "    sudo wget --progress=dot:giga -O /tmp/a.tgz https://example.com/a.tgz") },
            { messageId: "addQuiet", output: lines(FROM, "RUN set -e; \\", "    # fetch", "    sudo wget -q -O /tmp/a.tgz https://example.com/a.tgz") },
          ],
        },
      ],
    },
    {
      code: lines(FROM, 'RUN ["sh", "-c", "wget https://example.com/a"]'),
      errors: [
        {
          messageId: "noProgress",
          column: 19,
          suggestions: [
            { messageId: "addProgress", output: lines(FROM, 'RUN ["sh", "-c", "wget --progress=dot:giga https://example.com/a"]') },
            { messageId: "addQuiet", output: lines(FROM, 'RUN ["sh", "-c", "wget -q https://example.com/a"]') },
          ],
        },
      ],
    },
    {
      code: lines(FROM, "RUN <<EOF", "for u in a b; do wget https://example.com/$u; done", "EOF"),
      errors: [
        {
          messageId: "noProgress",
          line: 3,
          column: 18,
          suggestions: [
            { messageId: "addProgress", output: lines(FROM, "RUN <<EOF", "for u in a b; do wget --progress=dot:giga https://example.com/$u; done", "EOF") },
            { messageId: "addQuiet", output: lines(FROM, "RUN <<EOF", "for u in a b; do wget -q https://example.com/$u; done", "EOF") },
          ],
        },
      ],
    },
    {
      code: lines(FROM, "ONBUILD RUN wget https://example.com/a"),
      errors: [{ messageId: "noProgress", column: 13, suggestions: 2 }],
    },
  ],
});
