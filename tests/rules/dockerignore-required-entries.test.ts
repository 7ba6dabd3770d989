import rule from "../../rules/dockerignore-required-entries.js";
import { lines, runIgnoreFileRuleTests } from "../rule-tester.js";

const both = '".git" and ".env*"';
const missing = (entries: string, plural = true) => ({
  messageId: "missing",
  line: 1,
  column: 1,
  data: { entries, them: plural ? "they are" : "it is", them2: plural ? "them" : "it" },
});

runIgnoreFileRuleTests("dockerignore-required-entries", rule, {
  valid: [
    lines(".git", ".env*"),
    lines("node_modules", "**/.env*", ".git/"),
    lines("/.git", ".env", ".env.*", "!.env.example"),
    // `.git*` and `.*` match both.
    lines(".*"),
    lines(".git*", ".env*"),
    // An allow-list: everything out, then what the image needs back.
    lines("*", "!src", "!requirements.txt"),
    lines("**"),
    { code: lines(".git", ".env*", "node_modules", "**/__pycache__"), options: [{ entries: ["node_modules", "**/__pycache__"] }] },
    { code: lines("*", "!app/"), options: [{ entries: ["node_modules", ".venv", "*.pyc"] }] },
  ],
  invalid: [
    {
      code: "",
      output: lines(".git", ".env*"),
      errors: [missing(both)],
    },
    {
      code: lines("# only comments", "node_modules"),
      output: lines("# only comments", "node_modules", ".git", ".env*"),
      errors: [missing(both)],
    },
    {
      // The file's own line breaks, and one added before the entries when the last line has none.
      code: "node_modules\r\n.git",
      output: "node_modules\r\n.git\r\n.env*\r\n",
      errors: [missing('".env*"', false)],
    },
    {
      // `.env` alone leaves `.env.local` in the build context; `.git/*` leaves the folder itself.
      code: lines(".env", ".git/*"),
      output: lines(".env", ".git/*", ".git", ".env*"),
      errors: [missing(both)],
    },
    {
      // Nested only: Docker matches from the root, so `**/` or a root pattern is needed.
      code: lines("app/.env*", "*/.git"),
      output: lines("app/.env*", "*/.git", ".git", ".env*"),
      errors: [missing(both)],
    },
    {
      // Excluded, then put back.
      code: lines(".git", "!.git"),
      output: null,
      errors: [
        {
          ...missing(both),
          suggestions: [{ messageId: "appendAll", data: { entries: both, line: 2 }, output: lines(".git", "!.git", ".git", ".env*") }],
        },
      ],
    },
    {
      // Appending `.env*` would also exclude the template that line 2 puts back: suggestions only.
      code: lines(".git", ".env", "!.env.example"),
      output: null,
      errors: [
        {
          ...missing('".env*"', false),
          suggestions: [
            { messageId: "insertBefore", data: { entries: '".env*"', line: 3 }, output: lines(".git", ".env", ".env*", "!.env.example") },
            { messageId: "appendAll", data: { entries: '".env*"', line: 3 }, output: lines(".git", ".env", "!.env.example", ".env*") },
          ],
        },
      ],
    },
    {
      code: lines(".git", ".env*"),
      options: [{ entries: ["node_modules", "**/__pycache__", "*.pyc"] }],
      output: lines(".git", ".env*", "node_modules", "**/__pycache__", "*.pyc"),
      errors: [missing('"node_modules", "**/__pycache__" and "*.pyc"')],
    },
    {
      // `__pycache__` alone is the root folder only; the entry asks for every depth.
      code: lines(".git", ".env*", "__pycache__"),
      options: [{ entries: ["**/__pycache__"] }],
      output: lines(".git", ".env*", "__pycache__", "**/__pycache__"),
      errors: [missing('"**/__pycache__"', false)],
    },
  ],
});
