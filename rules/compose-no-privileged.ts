/**
 * Settings that hand a compose service the host: `privileged: true`, the Docker socket mounted
 * (whoever reaches it controls the Docker host), `network_mode: host` and `cap_add: [ALL]`.
 */
import { createComposeRule } from "../lib/rule.js";
import { asMapping, asScalar, asSequence, asString, composeServices, valueOf, type YamlNode } from "../lib/analysis/compose-file.js";

type MessageIds = "privileged" | "dockerSocket" | "hostNetwork" | "allCapabilities";

const DOCKER_SOCKET = /^(?:\/var)?\/run\/docker\.sock$/u;

/** The host path of a volume entry: short syntax `source:target[:mode]`, or long syntax `source:`. */
function volumeSource(entry: YamlNode | null): { node: YamlNode; source: string } | null {
  const short = asString(entry);
  if (short) return { node: short, source: short.value.split(":")[0]! };
  const source = asString(valueOf(asMapping(entry), "source"));
  return source ? { node: source, source: source.value } : null;
}

export default createComposeRule<{ MessageIds: MessageIds }>("compose-no-privileged", {
  meta: {
    type: "problem",
    docs: {
      description: "Disallow compose settings that give a service control of the host",
      recommended: false,
      strict: true,
      hadolint: [],
      buildkit: [],
    },
    schema: [],
    defaultOptions: [],
    messages: {
      privileged: 'Service "{{service}}" runs privileged: it has every capability and all host devices. Remove "privileged: true" and add only the capabilities or devices it needs.',
      dockerSocket: 'Service "{{service}}" mounts the Docker socket: whoever controls the service controls the Docker host. Remove the mount, or use a socket proxy that allows only the calls it needs.',
      hostNetwork: 'Service "{{service}}" shares the host\'s network stack: it can reach every host port and service. Remove "network_mode: host" and publish the ports it needs.',
      allCapabilities: 'Service "{{service}}" adds every Linux capability. Add only the capabilities it needs (e.g. NET_BIND_SERVICE).',
    },
  },
  create(context) {
    return {
      Program(program) {
        for (const service of composeServices(program)) {
          const data = { service: service.name };
          const privileged = asScalar(valueOf(service.mapping, "privileged"));
          if (privileged?.value === true) context.report({ node: privileged, messageId: "privileged", data });
          for (const entry of asSequence(valueOf(service.mapping, "volumes"))?.entries ?? []) {
            const volume = volumeSource(entry);
            if (volume && DOCKER_SOCKET.test(volume.source)) context.report({ node: volume.node, messageId: "dockerSocket", data });
          }
          const networkMode = asString(valueOf(service.mapping, "network_mode"));
          if (networkMode?.value === "host") context.report({ node: networkMode, messageId: "hostNetwork", data });
          for (const entry of asSequence(valueOf(service.mapping, "cap_add"))?.entries ?? []) {
            const capability = asString(entry);
            if (capability && /^(?:CAP_)?ALL$/iu.test(capability.value)) context.report({ node: capability, messageId: "allCapabilities", data });
          }
        }
      },
    };
  },
});
