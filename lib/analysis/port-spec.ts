/**
 * Port specifications as Docker reads them in EXPOSE (and `docker run -p`, compose `ports:`):
 * `[[ip:]hostPort:]containerPort[-end][/protocol]`. The container port is what EXPOSE records;
 * Docker accepts 0-65535 and the protocols tcp, udp and sctp (compared in lower case).
 */

export const PORT_PROTOCOLS = ["tcp", "udp", "sctp"] as const;

export interface PortSpec {
  raw: string;
  /** `ip:hostPort:` or `hostPort:` before the container port, colon included; "" when none. */
  hostPart: string;
  /** The container port or range, as written. */
  port: string;
  /** The protocol after `/`, as written; null when there is no `/`. */
  protocol: string | null;
  /** Offset of the protocol in `raw`; -1 when there is none. */
  protocolStart: number;
}

export type PortProblem =
  /** A host port or IP address: EXPOSE only records the container port. */
  | "hostMapping"
  /** `80/TCP`: Docker lower-cases it, BuildKit warns. */
  | "protocolCase"
  /** Not tcp, udp or sctp in any case: the build fails. */
  | "unknownProtocol"
  /** Not a number or range within 0-65535 (or a range that ends before it starts): the build fails. */
  | "invalidPort";

const PORT_OR_RANGE = /^(\d+)(?:-(\d+))?$/u;
const MAX_PORT = 65535;

export function parsePortSpec(raw: string): PortSpec {
  const lastColon = raw.lastIndexOf(":");
  const hostPart = raw.slice(0, lastColon + 1);
  const containerPart = raw.slice(lastColon + 1);
  const slash = containerPart.indexOf("/");
  return {
    raw,
    hostPart,
    port: slash < 0 ? containerPart : containerPart.slice(0, slash),
    protocol: slash < 0 ? null : containerPart.slice(slash + 1),
    protocolStart: slash < 0 ? -1 : hostPart.length + slash + 1,
  };
}

export function isValidPortOrRange(port: string): boolean {
  const match = PORT_OR_RANGE.exec(port);
  if (!match) return false;
  const start = Number(match[1]);
  const end = match[2] === undefined ? start : Number(match[2]);
  return start <= MAX_PORT && end <= MAX_PORT && end >= start;
}

/** What is wrong with a port spec for EXPOSE, in source order (host part, port, protocol). */
export function portProblems(spec: PortSpec): PortProblem[] {
  const problems: PortProblem[] = [];
  if (spec.hostPart !== "") problems.push("hostMapping");
  if (!isValidPortOrRange(spec.port)) problems.push("invalidPort");
  // An empty protocol (`80/`) means tcp to Docker.
  if (spec.protocol) {
    const lower = spec.protocol.toLowerCase();
    if (!(PORT_PROTOCOLS as readonly string[]).includes(lower)) problems.push("unknownProtocol");
    else if (lower !== spec.protocol) problems.push("protocolCase");
  }
  return problems;
}
