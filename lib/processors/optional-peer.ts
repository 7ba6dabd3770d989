/**
 * The optional peer dependencies (`eslint-plugin-yml`, `@eslint/markdown`), loaded only when a
 * config or processor that needs them is used. Loading is synchronous (`require` of an ES
 * module, which every Node version this plugin supports can do) because ESLint configs are plain
 * arrays and processors are synchronous.
 */
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const loaded = new Map<string, unknown>();

export class MissingPeerError extends Error {
  constructor(packageName: string, feature: string, cause: unknown) {
    super(
      `eslint-plugin-dockerfile: ${feature} needs the package "${packageName}", which could not be loaded. ` +
        `Install it beside ESLint: npm install --save-dev ${packageName}`,
      { cause },
    );
    this.name = "MissingPeerError";
  }
}

/** The default export of an optional peer, or a clear error naming the package to install. */
export function loadPeer<T>(packageName: string, feature: string): T {
  if (!loaded.has(packageName)) {
    let module: { default?: unknown };
    try {
      module = require(packageName) as { default?: unknown };
    } catch (error) {
      throw new MissingPeerError(packageName, feature, error);
    }
    loaded.set(packageName, module.default ?? module);
  }
  return loaded.get(packageName) as T;
}
