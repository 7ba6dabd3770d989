/**
 * The services of a compose file, read from the AST of eslint-plugin-yml's YAML parser
 * (yaml-eslint-parser): the compose processor and the compose rules ask here, never walk YAML
 * themselves. Only the shapes they need are typed; anchors (`&x`, tags) are looked through,
 * aliases (`*x`) and merge keys (`<<`) are left alone.
 */
import type { Range } from "../text/line-index.js";
import { loadPeer } from "../processors/optional-peer.js";

export type ScalarStyle = "plain" | "single-quoted" | "double-quoted" | "literal" | "folded";

interface YamlLoc {
  start: { line: number; column: number };
  end: { line: number; column: number };
}

export interface YamlNodeBase {
  type: string;
  range: Range;
  loc: YamlLoc;
}

export interface YamlScalar extends YamlNodeBase {
  type: "YAMLScalar";
  style: ScalarStyle;
  value: string | number | boolean | null | bigint;
}

export interface YamlPair extends YamlNodeBase {
  type: "YAMLPair";
  key: YamlNode | null;
  value: YamlNode | null;
}

export interface YamlMapping extends YamlNodeBase {
  type: "YAMLMapping";
  pairs: YamlPair[];
}

export interface YamlSequence extends YamlNodeBase {
  type: "YAMLSequence";
  entries: (YamlNode | null)[];
}

export interface YamlWithMeta extends YamlNodeBase {
  type: "YAMLWithMeta";
  value: YamlNode | null;
}

export type YamlNode = YamlScalar | YamlMapping | YamlSequence | YamlWithMeta | YamlPair | (YamlNodeBase & { type: "YAMLAlias" });

export interface YamlProgram extends YamlNodeBase {
  type: "Program";
  body: { type: "YAMLDocument"; content: YamlNode | null }[];
}

/** A string scalar: its node and value. */
export interface StringScalar extends YamlScalar {
  value: string;
}

export interface ComposeService {
  name: string;
  /** The service's key node (`web:`). */
  key: YamlScalar;
  mapping: YamlMapping;
  /** `image:`, when it is a string. */
  image: StringScalar | null;
  /** `build:` as a mapping (long syntax). */
  build: YamlMapping | null;
  /** `build:` as a string (short syntax: the context folder). */
  buildContext: StringScalar | null;
  /** `build.dockerfile_inline`, when it is a string. */
  dockerfileInline: StringScalar | null;
}

/** Looks through anchors and tags (`&x`, `!!str`) to the node they carry. */
export function unwrap(node: YamlNode | null | undefined): YamlNode | null {
  let current = node ?? null;
  while (current && current.type === "YAMLWithMeta") current = current.value;
  return current;
}

export function asMapping(node: YamlNode | null | undefined): YamlMapping | null {
  const found = unwrap(node);
  return found?.type === "YAMLMapping" ? found : null;
}

export function asSequence(node: YamlNode | null | undefined): YamlSequence | null {
  const found = unwrap(node);
  return found?.type === "YAMLSequence" ? found : null;
}

export function asString(node: YamlNode | null | undefined): StringScalar | null {
  const found = unwrap(node);
  return found?.type === "YAMLScalar" && typeof found.value === "string" ? (found as StringScalar) : null;
}

export function asScalar(node: YamlNode | null | undefined): YamlScalar | null {
  const found = unwrap(node);
  return found?.type === "YAMLScalar" ? found : null;
}

/** The pairs of a mapping, keyed by their scalar keys (the last wins, as in YAML loaders). */
export function entries(mapping: YamlMapping): Map<string, YamlPair> {
  const found = new Map<string, YamlPair>();
  for (const pair of mapping.pairs) {
    const key = asScalar(pair.key);
    if (key && key.value !== null) found.set(String(key.value), pair);
  }
  return found;
}

export function valueOf(mapping: YamlMapping | null, key: string): YamlNode | null {
  return mapping ? unwrap(entries(mapping).get(key)?.value) : null;
}

/** The services of every document of a compose file, in source order. */
export function composeServices(program: YamlProgram): ComposeService[] {
  const services: ComposeService[] = [];
  for (const document of program.body) {
    const servicesMapping = asMapping(valueOf(asMapping(document.content), "services"));
    if (!servicesMapping) continue;
    for (const pair of servicesMapping.pairs) {
      const key = asScalar(pair.key);
      const mapping = asMapping(pair.value);
      if (!key || key.value === null || key.value === "<<" || !mapping) continue;
      const buildNode = valueOf(mapping, "build");
      const build = asMapping(buildNode);
      services.push({
        name: String(key.value),
        key,
        mapping,
        image: asString(valueOf(mapping, "image")),
        build,
        buildContext: asString(buildNode),
        dockerfileInline: asString(valueOf(build, "dockerfile_inline")),
      });
    }
  }
  return services;
}

interface YamlLanguage {
  parse(file: { body: string; path: string }, context: { languageOptions: object }): { ok: true; ast: YamlProgram } | { ok: false };
}

/** Parses a compose file with eslint-plugin-yml's own parser; null when it does not parse. */
export function parseCompose(text: string, filename: string): YamlProgram | null {
  const plugin = loadPeer<{ languages: { yaml: YamlLanguage } }>("eslint-plugin-yml", "Compose support");
  try {
    const result = plugin.languages.yaml.parse({ body: text, path: filename }, { languageOptions: {} });
    return result.ok ? result.ast : null;
  } catch {
    return null;
  }
}
