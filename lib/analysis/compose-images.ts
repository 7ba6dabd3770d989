/**
 * The images a compose file pulls: `services.*.image` of services that do not build their image
 * (with `build:`, `image:` only names the image built). Values with `${...}` interpolation are
 * left out: their value is not in the file.
 */
import { parseImageReference, type ImageReference } from "./image-reference.js";
import { composeServices, type StringScalar, type YamlProgram } from "./compose-file.js";

export interface PulledImage {
  service: string;
  node: StringScalar;
  reference: ImageReference;
  /** Registry and repository, without tag or digest (what `ignoreImages` options name). */
  name: string;
}

export function pulledImages(program: YamlProgram): PulledImage[] {
  return composeServices(program).flatMap((service) => {
    const node = service.image;
    if (!node || service.build || service.buildContext || node.value.includes("$")) return [];
    const reference = parseImageReference(node.value);
    if (!reference) return [];
    const name = reference.registry ? `${reference.registry}/${reference.repository}` : reference.repository;
    return [{ service: service.name, node, reference, name }];
  });
}
