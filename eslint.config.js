// The project's own lint: TypeScript sources and tests. The example project and test fixtures
// have configs of their own and are linted by the tests, not here.
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/", "examples/", "tests/fixtures/", "coverage/"] },
  {
    files: ["**/*.ts"],
    extends: [tseslint.configs.recommended],
    rules: {
      "@typescript-eslint/no-empty-object-type": "off",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
);
