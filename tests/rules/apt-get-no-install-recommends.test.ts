import rule from "../../rules/apt-get-no-install-recommends.js";
import { lines, runRuleTests } from "../rule-tester.js";

const DEBIAN = "FROM debian:bookworm-slim";

runRuleTests("apt-get-no-install-recommends", rule, {
  valid: [
    lines(DEBIAN, "RUN apt-get update && apt-get install -y --no-install-recommends curl"),
    lines(DEBIAN, "RUN apt-get install --no-install-recommends -y curl", "RUN apt --no-install-recommends install curl"),
    lines(DEBIAN, "RUN apt-get -o APT::Install-Recommends=false install -y curl"),
    lines(DEBIAN, "RUN apt-get install -o APT::Install-Recommends=0 -y curl", "RUN apt-get install --option=APT::Install-Recommends=false -y curl"),
    // Other subcommands and other tools.
    lines(DEBIAN, "RUN apt-get update && apt-get remove -y curl && apt-get upgrade -y"),
    lines(DEBIAN, "RUN echo apt-get install curl", "RUN apt-cache show curl", 'RUN ["apt-get", "install", "curl"]'),
    lines(DEBIAN, "RUN cat <<EOF > /setup.sh", "apt-get install curl", "EOF"),
    lines(DEBIAN, 'SHELL ["pwsh", "-Command"]', "RUN apt-get install curl"),
  ],
  invalid: [
    {
      code: lines(DEBIAN, "RUN apt-get update && apt-get install -y curl"),
      output: lines(DEBIAN, "RUN apt-get update && apt-get install --no-install-recommends -y curl"),
      errors: [{ messageId: "missingNoInstallRecommends", line: 2, column: 23, endLine: 2, endColumn: 38, data: { command: "apt-get install" } }],
    },
    {
      code: lines(DEBIAN, "RUN sudo apt install -y curl && env DEBIAN_FRONTEND=noninteractive apt-get -q install -y tzdata"),
      output: lines(DEBIAN, "RUN sudo apt install --no-install-recommends -y curl && env DEBIAN_FRONTEND=noninteractive apt-get -q install --no-install-recommends -y tzdata"),
      errors: [{ messageId: "missingNoInstallRecommends", column: 10 }, { messageId: "missingNoInstallRecommends", column: 68 }],
    },
    {
      // Another -o setting does not turn recommends off.
      code: lines(DEBIAN, "RUN apt-get -o Dpkg::Options::=--force-confold install -y curl"),
      output: lines(DEBIAN, "RUN apt-get -o Dpkg::Options::=--force-confold install --no-install-recommends -y curl"),
      errors: [{ messageId: "missingNoInstallRecommends" }],
    },
    {
      code: lines(DEBIAN, "RUN apt-get update \\", "    # the tools", "    && apt-get install -y \\", "       curl"),
      output: lines(DEBIAN, "RUN apt-get update \\", "    # the tools", "    && apt-get install --no-install-recommends -y \\", "       curl"),
      errors: [{ messageId: "missingNoInstallRecommends", line: 4, column: 8 }],
    },
    {
      code: lines(DEBIAN, 'RUN ["/bin/bash", "-c", "apt-get install -y curl"]'),
      output: lines(DEBIAN, 'RUN ["/bin/bash", "-c", "apt-get install --no-install-recommends -y curl"]'),
      errors: [{ messageId: "missingNoInstallRecommends" }],
    },
    {
      code: lines(DEBIAN, "RUN <<EOF", "apt-get update", "apt-get install -y curl", "EOF"),
      output: lines(DEBIAN, "RUN <<EOF", "apt-get update", "apt-get install --no-install-recommends -y curl", "EOF"),
      errors: [{ messageId: "missingNoInstallRecommends", line: 4 }],
    },
    {
      code: lines(DEBIAN, "ONBUILD RUN apt-get install -y curl"),
      output: lines(DEBIAN, "ONBUILD RUN apt-get install --no-install-recommends -y curl"),
      errors: [{ messageId: "missingNoInstallRecommends" }],
    },
    {
      code: lines(DEBIAN, "RUN if true; then apt-get install -y curl; fi"),
      output: lines(DEBIAN, "RUN if true; then apt-get install --no-install-recommends -y curl; fi"),
      errors: [{ messageId: "missingNoInstallRecommends" }],
    },
    {
      code: lines("# escape=`", DEBIAN, "RUN apt-get update && `", "    apt-get install -y curl"),
      output: lines("# escape=`", DEBIAN, "RUN apt-get update && `", "    apt-get install --no-install-recommends -y curl"),
      errors: [{ messageId: "missingNoInstallRecommends", line: 4 }],
    },
  ],
});
