import { describe, expect, it } from "vitest";
import { isValidLabelValue, type LabelValueType } from "../../../lib/analysis/label-values.js";

const cases: Record<LabelValueType, { valid: string[]; invalid: string[] }> = {
  text: { valid: ["anything at all", "1"], invalid: [] },
  url: {
    valid: ["https://github.com/example/app", "http://localhost:8080/x?y=1", "mailto:team@example.com"],
    invalid: ["github.com/example/app", "not a url", "https://"],
  },
  rfc3339: {
    valid: ["2024-05-01T12:00:00Z", "2024-02-29T23:59:59.123+02:00", "2024-05-01 12:00:00z"],
    invalid: ["2024-05-01", "2023-02-29T00:00:00Z", "2024-13-01T00:00:00Z", "2024-05-01T25:00:00Z", "yesterday"],
  },
  spdx: {
    valid: ["MIT", "apache-2.0", "Apache-2.0 OR MIT", "(MIT AND BSD-3-Clause) OR GPL-2.0+", "GPL-2.0-or-later WITH Classpath-exception-2.0", "LicenseRef-Proprietary"],
    invalid: ["Apache 2", "MIT OR", "(MIT", "MIT WITH Nothing-1.0", "Proprietary", ""],
  },
  hash: {
    valid: ["a1b2c3d", "0123456789abcdef0123456789abcdef01234567", "A1B2C3D4E5F6"],
    invalid: ["a1b2c3", "main", "0123456789abcdef0123456789abcdef012345678"],
  },
  semver: {
    valid: ["1.4.2", "0.0.0", "1.0.0-rc.1+build.5"],
    invalid: ["1.4", "v1.4.2", "01.2.3", "1.2.3-"],
  },
  email: {
    valid: ["team@example.com", "first.last+tag@mail.example.org"],
    invalid: ["team", "team@localhost", "Team <team@example.com>", "a b@example.com"],
  },
};

describe("label values", () => {
  for (const [type, { valid, invalid }] of Object.entries(cases) as [LabelValueType, { valid: string[]; invalid: string[] }][]) {
    it(`tells ${type} values apart`, () => {
      for (const value of valid) expect(isValidLabelValue(type, value), `${type}: ${value}`).toBe(true);
      for (const value of invalid) expect(isValidLabelValue(type, value), `${type}: ${value}`).toBe(false);
    });
  }
});
