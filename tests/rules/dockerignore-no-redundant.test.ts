import rule from "../../rules/dockerignore-no-redundant.js";
import { lines, runIgnoreFileRuleTests } from "../rule-tester.js";

const remove = (output: string) => ({ messageId: "remove", output });

runIgnoreFileRuleTests("dockerignore-no-redundant", rule, {
  valid: [
    lines(".git", ".env*", "node_modules", "**/__pycache__"),
    // A later pattern that is narrower, or of the other kind, does not make an earlier one dead.
    lines("docs", "!docs/README.md"),
    lines("*.md", "!README.md", "docs/*.md"),
    lines("*", "!src", "src/secrets"),
    // Patterns at other depths or of other names do not cover each other.
    lines("**/node_modules", "*.pyc", "temp?", "temp*/cache", "docs/*.md", "docs/*.txt"),
    // Negations of something an earlier line excludes, through wildcards and parents.
    lines("**/*.log", "!keep.log"),
    lines("build/*", "!build/keep"),
    lines("*/tmp", "!a/tmp/keep"),
    lines("a/*/c", "!a/b"),
    lines("logs/**", "!logs/important/*.log"),
    // Invalid patterns are dockerignore-valid-pattern's business.
    lines("abc[", "abc["),
  ],
  invalid: [
    {
      code: lines("node_modules", ".git", "node_modules"),
      output: lines("node_modules", ".git"),
      errors: [{ messageId: "duplicate", line: 3, column: 1, endLine: 3, endColumn: 13, data: { pattern: "node_modules", line: "1" } }],
    },
    {
      // Docker reads /dist, dist/ and ./dist alike; the last line has no line break.
      code: "dist\n.git\n/dist/\r\n./dist",
      // One pass: the two removals touch, so the second waits for the next pass.
      output: "dist\n.git\n./dist",
      errors: [
        { messageId: "duplicate", line: 3, data: { pattern: "/dist/", line: "1" } },
        { messageId: "duplicate", line: 4, data: { pattern: "./dist", line: "3" } },
      ],
    },
    {
      code: lines("*.md", "!README.md", "!README.md"),
      output: lines("*.md", "!README.md"),
      errors: [{ messageId: "duplicate", line: 3, data: { pattern: "!README.md", line: "2" } }],
    },
    {
      // Last match wins: line 1 never decides, line 3 decides for every path it matches.
      code: lines("docs/build", "*.tmp", "docs"),
      output: null,
      errors: [
        {
          messageId: "dead",
          line: 1,
          data: { pattern: "docs/build", later: "docs", line: "3" },
          suggestions: [remove(lines("*.tmp", "docs"))],
        },
      ],
    },
    {
      // The classic: a `!` before the pattern it should make an exception to.
      code: lines("!README.md", "*.md"),
      output: null,
      errors: [
        {
          messageId: "dead",
          line: 1,
          data: { pattern: "!README.md", later: "*.md", line: "2" },
          suggestions: [{ messageId: "moveAfter", data: { line: "2" }, output: lines("*.md", "!README.md") }, remove(lines("*.md"))],
        },
      ],
    },
    {
      // A repeat after an opposite pattern is no duplicate: it decides, and both lines before it are dead.
      code: lines("*.md", "!README.md", "*.md"),
      output: null,
      errors: [
        { messageId: "dead", line: 1, data: { pattern: "*.md", later: "*.md", line: "3" }, suggestions: [remove(lines("!README.md", "*.md"))] },
        {
          messageId: "dead",
          line: 2,
          data: { pattern: "!README.md", later: "*.md", line: "3" },
          suggestions: [{ messageId: "moveAfter", data: { line: "3" }, output: lines("*.md", "*.md", "!README.md") }, remove(lines("*.md", "*.md"))],
        },
      ],
    },
    {
      // `**/node_modules` matches the root one too.
      code: lines("node_modules", "**/node_modules", "*.pyc", "**/*.pyc"),
      output: null,
      errors: [
        { messageId: "dead", line: 1, data: { pattern: "node_modules", later: "**/node_modules", line: "2" }, suggestions: [remove(lines("**/node_modules", "*.pyc", "**/*.pyc"))] },
        { messageId: "dead", line: 3, data: { pattern: "*.pyc", later: "**/*.pyc", line: "4" }, suggestions: [remove(lines("node_modules", "**/node_modules", "**/*.pyc"))] },
      ],
    },
    {
      // An exclusion inside a folder that a later line puts back whole.
      code: lines("*", "config/secrets.yml", "!config"),
      output: null,
      errors: [
        {
          messageId: "dead",
          line: 2,
          data: { pattern: "config/secrets.yml", later: "!config", line: "3" },
          suggestions: [{ messageId: "moveAfter", data: { line: "3" }, output: lines("*", "!config", "config/secrets.yml") }, remove(lines("*", "!config"))],
        },
      ],
    },
    {
      code: lines("node_modules", "*"),
      output: null,
      errors: [{ messageId: "dead", line: 1, data: { pattern: "node_modules", later: "*", line: "2" }, suggestions: [remove(lines("*"))] }],
    },
    {
      code: lines("dist", "dist/cache", "*", "!src", "src/tmp/*.log", "!**/keep", "src/tmp"),
      output: null,
      errors: [
        { messageId: "dead", line: 1, data: { pattern: "dist", later: "*", line: "3" }, suggestions: [remove(lines("dist/cache", "*", "!src", "src/tmp/*.log", "!**/keep", "src/tmp"))] },
        { messageId: "dead", line: 2, data: { pattern: "dist/cache", later: "*", line: "3" }, suggestions: [remove(lines("dist", "*", "!src", "src/tmp/*.log", "!**/keep", "src/tmp"))] },
        {
          messageId: "dead",
          line: 5,
          data: { pattern: "src/tmp/*.log", later: "src/tmp", line: "7" },
          suggestions: [remove(lines("dist", "dist/cache", "*", "!src", "!**/keep", "src/tmp"))],
        },
      ],
    },
    {
      code: lines("build", "build/cache", "tests/*.pyc", "tests"),
      output: null,
      errors: [
        { messageId: "noEffect", line: 2, data: { pattern: "build/cache", earlier: "build", line: "1" }, suggestions: [remove(lines("build", "tests/*.pyc", "tests"))] },
        { messageId: "dead", line: 3, data: { pattern: "tests/*.pyc", later: "tests", line: "4" }, suggestions: [remove(lines("build", "build/cache", "tests"))] },
      ],
    },
    {
      code: lines("*.log", "!README.md", "!docs/"),
      output: null,
      errors: [
        { messageId: "negatesNothing", line: 2, data: { pattern: "!README.md" }, suggestions: [remove(lines("*.log", "!docs/"))] },
        { messageId: "negatesNothing", line: 3, data: { pattern: "!docs/" }, suggestions: [remove(lines("*.log", "!README.md"))] },
      ],
    },
    {
      code: "!keep\r\n",
      output: null,
      errors: [{ messageId: "negatesNothing", line: 1, suggestions: [remove("")] }],
    },
  ],
});
