import { describe, expect, it } from "vitest";
import { isSecretFile, secretByName, secretNamedByPattern, secretPattern } from "../../../lib/analysis/secret-files.js";

const patternOf = (match: ReturnType<typeof secretByName>) => (match ? secretPattern(match) : null);

describe("secretByName", () => {
  it("knows secret files by name, at any depth", () => {
    const cases: [string, string][] = [
      [".env", ".env"],
      ["app/.env.production", ".env.*"],
      ["certs/server.pem", "*.pem"],
      ["tls.key", "*.key"],
      ["deploy/id_rsa", "id_rsa*"],
      ["id_ed25519", "id_ed25519*"],
      [".npmrc", ".npmrc"],
      [".pypirc", ".pypirc"],
      ["home/.netrc", ".netrc"],
      ["credentials", "credentials*"],
      ["gcp/credentials.json", "credentials*"],
      ["store.p12", "*.p12"],
      [".aws", ".aws/"],
      [".aws/config", ".aws/"],
    ];
    for (const [file, pattern] of cases) expect(patternOf(secretByName(file)), file).toBe(pattern);
  });

  it("leaves out templates, public keys, code and look-alikes", () => {
    for (const file of [
      ".env.example",
      ".env.local.sample",
      ".env.template",
      ".envrc",
      "env",
      "id_rsa.pub",
      "lib/credentials.py",
      "credentials.go",
      "config/credentials.yml.enc",
      ".pem",
      "README.md",
      "Credentials.java",
      "app/.ENV",
    ]) {
      expect(secretByName(file), file).toBeNull();
    }
  });
});

describe("isSecretFile", () => {
  it("reads PEM files and .npmrc before calling them secrets", () => {
    expect(patternOf(isSecretFile("a.pem", () => "-----BEGIN RSA PRIVATE KEY-----\n"))).toBe("*.pem");
    expect(isSecretFile("ca.pem", () => "-----BEGIN CERTIFICATE-----\n")).toBeNull();
    expect(patternOf(isSecretFile(".npmrc", () => "//registry.npmjs.org/:_authToken=abc\n"))).toBe(".npmrc");
    expect(patternOf(isSecretFile(".npmrc", () => "_auth = dXNlcjpwYXNz\n"))).toBe(".npmrc");
    expect(isSecretFile(".npmrc", () => "legacy-peer-deps=true\n# _authToken=\n")).toBeNull();
  });

  it("goes by the name when the file cannot be read, and reads nothing for other names", () => {
    expect(patternOf(isSecretFile("a.pem", () => null))).toBe("*.pem");
    let read = false;
    expect(patternOf(isSecretFile(".env", () => ((read = true), "")))).toBe(".env");
    expect(read).toBe(false);
  });
});

describe("secretNamedByPattern", () => {
  it("finds the secret a wildcard is written for", () => {
    const cases: [string, string][] = [
      ["app/.env*", ".env"],
      [".env.*", ".env.*"],
      ["**/*.pem", "*.pem"],
      ["keys/*.key", "*.key"],
      ["id_rsa*", "id_rsa*"],
      ["credentials*", "credentials*"],
      [".aws/*", ".aws/"],
      ["secrets/*.p1[2]", "*.p12"],
    ];
    for (const [pattern, secret] of cases) expect(patternOf(secretNamedByPattern(pattern)), pattern).toBe(secret);
  });

  it("finds none in wildcards that name nothing in particular", () => {
    for (const pattern of ["*", "**", "*.txt", "app/*", "src/**", "*env*", "package*.json", ".env.example*", "x["]) {
      expect(secretNamedByPattern(pattern), pattern).toBeNull();
    }
  });
});
