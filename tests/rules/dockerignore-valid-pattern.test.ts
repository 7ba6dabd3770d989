import rule from "../../rules/dockerignore-valid-pattern.js";
import { lines, runIgnoreFileRuleTests } from "../rule-tester.js";

const removeLine = (output: string) => ({ messageId: "removeLine", output });

runIgnoreFileRuleTests("dockerignore-valid-pattern", rule, {
  valid: [
    lines("# comment", ".git", ".env*", "!.env.example", "**/__pycache__", "*.py[co]", "node_modules/", "dist/**"),
    // Whitespace around a pattern is trimmed by Docker, and harmless.
    "  node_modules  \n\t*.log\t\n",
    // Escapes used on purpose, and `#` inside a name.
    lines("\\#notes", "file\\*name", "a\\?b", "weird\\\\name", "issue#42.md", "\\!important"),
    // `**.ext` is Docker's own suffix form: every path ending in `.ext`.
    lines("**.pyc", "**/*.go"),
    // A `!` that puts back a file that is not a secret, or a public key.
    lines("*", "!src", "!id_rsa.pub", "!certs/"),
  ],
  invalid: [
    {
      code: lines("node_modules", "  # build output", "dist"),
      errors: [
        {
          messageId: "notComment",
          line: 2,
          column: 3,
          endColumn: 17,
          data: { raw: "# build output" },
          suggestions: [{ messageId: "makeComment", output: lines("node_modules", "# build output", "dist") }],
        },
      ],
    },
    {
      code: lines("node_modules # dependencies", "!.env.example\t# template"),
      errors: [
        { messageId: "inlineComment", line: 1, suggestions: [{ messageId: "moveComment", output: lines("# dependencies", "node_modules", "!.env.example\t# template") }] },
        { messageId: "inlineComment", line: 2, suggestions: [{ messageId: "moveComment", output: lines("node_modules # dependencies", "# template", "!.env.example") }] },
      ],
    },
    {
      code: lines(".git", "!", "abc["),
      errors: [
        { messageId: "loneBang", line: 2, suggestions: [removeLine(lines(".git", "abc["))] },
        {
          messageId: "invalid",
          line: 3,
          data: { raw: "abc[", reason: 'a "[" character class is not closed, or is malformed' },
          suggestions: [{ messageId: "escapeBracket", data: { replacement: "abc\\[" }, output: lines(".git", "!", "abc\\[") }],
        },
      ],
    },
    {
      // A .gitignore-style escaped trailing space: Docker trims the space, and the `\` is left alone.
      code: "my\\ \nlog\\\n",
      errors: [
        { messageId: "invalid", line: 1, data: { raw: "my\\", reason: 'the space after the final "\\" is trimmed, which leaves a "\\" with nothing to escape' }, suggestions: [removeLine("log\\\n")] },
        { messageId: "invalid", line: 2, data: { raw: "log\\", reason: 'it ends with "\\", which has nothing to escape' }, suggestions: [removeLine("my\\ \n")] },
      ],
    },
    {
      code: lines("node_modules\\.cache", "!build\\keep.txt"),
      errors: [
        {
          messageId: "backslash",
          line: 1,
          data: { raw: "node_modules\\.cache", reading: "node_modules.cache" },
          suggestions: [{ messageId: "useSlash", output: lines("node_modules/.cache", "!build\\keep.txt") }],
        },
        { messageId: "backslash", line: 2, data: { raw: "!build\\keep.txt", reading: "buildkeep.txt" }, suggestions: [{ messageId: "useSlash", output: lines("node_modules\\.cache", "!build/keep.txt") }] },
      ],
    },
    {
      code: lines("/node_modules", "!/dist/keep", "//tmp"),
      errors: [
        { messageId: "leadingSlash", line: 1, data: { raw: "/node_modules", plain: "node_modules" }, suggestions: [{ messageId: "dropSlash", output: lines("node_modules", "!/dist/keep", "//tmp") }] },
        { messageId: "leadingSlash", line: 2, data: { raw: "!/dist/keep", plain: "dist/keep" }, suggestions: [{ messageId: "dropSlash", output: lines("/node_modules", "!dist/keep", "//tmp") }] },
        { messageId: "leadingSlash", line: 3, data: { raw: "//tmp", plain: "tmp" }, suggestions: [{ messageId: "dropSlash", output: lines("/node_modules", "!/dist/keep", "tmp") }] },
      ],
    },
    {
      code: lines("**node_modules", "build**", "src/**.test.js", "a/***/b"),
      errors: [
        {
          messageId: "doubleStar",
          line: 1,
          data: { raw: "**node_modules", segment: "**node_modules", reading: 'any path that ends with "node_modules" ("xnode_modules" too)' },
          suggestions: [{ messageId: "splitDoubleStar", data: { replacement: "**/node_modules" }, output: lines("**/node_modules", "build**", "src/**.test.js", "a/***/b") }],
        },
        {
          messageId: "doubleStar",
          line: 2,
          data: { raw: "build**", segment: "build**", reading: 'any path that starts with "build" ("buildx" too)' },
          suggestions: [{ messageId: "splitDoubleStar", data: { replacement: "build/**" }, output: lines("**node_modules", "build/**", "src/**.test.js", "a/***/b") }],
        },
        { messageId: "doubleStar", line: 3, data: { raw: "src/**.test.js", segment: "**.test.js", reading: 'any characters, "/" included' }, suggestions: [] },
        { messageId: "doubleStar", line: 4, data: { raw: "a/***/b", segment: "***", reading: 'any characters, "/" included' }, suggestions: [] },
      ],
    },
    {
      code: lines("../secrets", "src/../../x"),
      errors: [
        { messageId: "outside", line: 1, suggestions: [removeLine(lines("src/../../x"))] },
        { messageId: "outside", line: 2, suggestions: [removeLine(lines("../secrets"))] },
      ],
    },
    {
      code: lines("**/.env*", "!.env", "!config/.env.production", "!**/*.pem", "!.aws/config", "!id_rsa"),
      errors: [
        { messageId: "reincludesSecret", line: 2, data: { raw: "!.env", pattern: ".env" }, suggestions: [removeLine(lines("**/.env*", "!config/.env.production", "!**/*.pem", "!.aws/config", "!id_rsa"))] },
        { messageId: "reincludesSecret", line: 3, data: { raw: "!config/.env.production", pattern: ".env.*" }, suggestions: [removeLine(lines("**/.env*", "!.env", "!**/*.pem", "!.aws/config", "!id_rsa"))] },
        { messageId: "reincludesSecret", line: 4, data: { raw: "!**/*.pem", pattern: "*.pem" }, suggestions: [removeLine(lines("**/.env*", "!.env", "!config/.env.production", "!.aws/config", "!id_rsa"))] },
        { messageId: "reincludesSecret", line: 5, data: { raw: "!.aws/config", pattern: ".aws/" }, suggestions: [removeLine(lines("**/.env*", "!.env", "!config/.env.production", "!**/*.pem", "!id_rsa"))] },
        { messageId: "reincludesSecret", line: 6, data: { raw: "!id_rsa", pattern: "id_rsa*" }, suggestions: [removeLine(lines("**/.env*", "!.env", "!config/.env.production", "!**/*.pem", "!.aws/config"))] },
      ],
    },
  ],
});
