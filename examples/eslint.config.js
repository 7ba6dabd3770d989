// The example project's own config: every Dockerfile and .dockerignore through the plugin's
// recommended config, and the JavaScript with a few core rules, scoped to JS files (core JS rules
// must not run on other languages).
import dockerfile from "eslint-plugin-dockerfile";

export default [
  ...dockerfile.configs.recommended,
  {
    files: ["**/*.js"],
    languageOptions: {
      globals: { console: "readonly", document: "readonly", fetch: "readonly" },
    },
    rules: {
      "no-undef": "error",
      "no-unused-vars": "error",
      "prefer-const": "error",
      eqeqeq: "error",
    },
  },
];
