import { describe, expect, it } from "vitest";
import { isValidPortOrRange, parsePortSpec, portProblems } from "../../../lib/analysis/port-spec.js";

describe("port specs", () => {
  it.each([
    ["80", { hostPart: "", port: "80", protocol: null, protocolStart: -1 }],
    ["80/udp", { hostPart: "", port: "80", protocol: "udp", protocolStart: 3 }],
    ["8080:80/TCP", { hostPart: "8080:", port: "80", protocol: "TCP", protocolStart: 8 }],
    ["127.0.0.1:8080:80", { hostPart: "127.0.0.1:8080:", port: "80", protocol: null }],
    ["[::1]:8080:80/tcp", { hostPart: "[::1]:8080:", port: "80", protocol: "tcp" }],
    ["8000-8010/sctp", { hostPart: "", port: "8000-8010", protocol: "sctp" }],
    ["80/", { port: "80", protocol: "" }],
  ])("splits %s", (raw, expected) => {
    expect(parsePortSpec(raw)).toMatchObject(expected);
  });

  it("accepts ports and ranges within 0-65535, as Docker does", () => {
    for (const port of ["0", "80", "65535", "080", "8000-8010", "5000-5000"]) expect(isValidPortOrRange(port), port).toBe(true);
    for (const port of ["65536", "-1", "", "http", "8010-8000", "1-2-3", "80-", "+80", "8 0"]) expect(isValidPortOrRange(port), port).toBe(false);
  });

  it.each([
    ["80", []],
    ["80/tcp", []],
    ["80/", []],
    ["53/udp", []],
    ["80/Tcp", ["protocolCase"]],
    ["80/http", ["unknownProtocol"]],
    ["80/tcp/udp", ["unknownProtocol"]],
    ["70000", ["invalidPort"]],
    ["8080:80", ["hostMapping"]],
    ["0.0.0.0:99999/UDP", ["hostMapping", "invalidPort", "protocolCase"]],
  ])("finds what is wrong with %s", (raw, expected) => {
    expect(portProblems(parsePortSpec(raw))).toEqual(expected);
  });
});
