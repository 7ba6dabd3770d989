/**
 * JSON Schema pieces that several rules' options share.
 */
import type { JSONSchema4 } from "json-schema";

/** A list of distinct strings, e.g. image names or paths a rule should leave alone. */
export function stringListOption(description: string): JSONSchema4 {
  return { type: "array", items: { type: "string" }, uniqueItems: true, description };
}

/** One options object with exactly these properties. */
export function optionsObject(properties: Record<string, JSONSchema4>): JSONSchema4 {
  return { type: "object", properties, additionalProperties: false };
}
