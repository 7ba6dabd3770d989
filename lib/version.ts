/** Kept equal to package.json by a test (importing package.json would copy it into dist/). */
export const PLUGIN_NAME = "eslint-plugin-dockerfile";
export const PLUGIN_VERSION = "0.1.0";
