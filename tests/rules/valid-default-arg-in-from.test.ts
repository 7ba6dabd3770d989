import rule from "../../rules/valid-default-arg-in-from.js";
import { lines, runRuleTests } from "../rule-tester.js";

runRuleTests("valid-default-arg-in-from", rule, {
  valid: [
    lines("ARG TAG=latest", "FROM busybox:${TAG}"),
    // Empty is fine when the name stays valid.
    lines("ARG VARIANT", "FROM busybox:stable${VARIANT}"),
    lines("ARG TAG", "FROM alpine:${TAG:-3.20}"),
    lines("FROM --platform=$BUILDPLATFORM golang:1.22 AS build", "FROM build-${TARGETARCH}"),
    // Undeclared names are no-undefined-arg-in-from's business.
    lines("FROM busybox:${TAG}"),
    lines("FROM busybox:1.36"),
    // Defaults built from other defaults.
    lines("ARG REGISTRY=docker.io", "ARG IMAGE=${REGISTRY}/library/busybox", "FROM ${IMAGE}:1.36"),
  ],
  invalid: [
    {
      code: lines("ARG TAG", "FROM busybox:${TAG}"),
      errors: [{ messageId: "invalid", data: { written: "busybox:${TAG}", expanded: "busybox:", names: "ARG TAG", first: "TAG" }, line: 2, column: 6, endColumn: 20 }],
    },
    {
      code: lines("ARG REGISTRY", "ARG IMAGE=${REGISTRY}/app", "FROM ${IMAGE}"),
      errors: [{ messageId: "invalid", data: { written: "${IMAGE}", expanded: "/app", names: "ARG IMAGE", first: "IMAGE" } }],
    },
    {
      code: lines("ARG IMAGE", "ARG DIGEST", "FROM ${IMAGE}@${DIGEST}"),
      errors: [{ messageId: "invalid", data: { written: "${IMAGE}@${DIGEST}", expanded: "@", names: "ARG IMAGE, ARG DIGEST", first: "IMAGE" } }],
    },
  ],
});
