import rule from "../../rules/prefer-apt-get.js";
import { lines, runRuleTests } from "../rule-tester.js";

const DEBIAN = "FROM debian:bookworm-slim";

runRuleTests("prefer-apt-get", rule, {
  valid: [
    lines(DEBIAN, "RUN apt-get update && apt-get install -y curl"),
    lines(DEBIAN, "RUN apt-cache policy curl", "RUN apt-key list", "RUN apt-mark hold curl"),
    lines(DEBIAN, "RUN echo apt install curl", 'RUN ["apt", "install", "curl"]'),
    lines(DEBIAN, "RUN cat <<EOF > /setup.sh", "apt install curl", "EOF"),
    lines(DEBIAN, 'SHELL ["pwsh", "-Command"]', "RUN apt install curl"),
  ],
  invalid: [
    {
      code: lines(DEBIAN, "RUN apt update && apt install -y curl"),
      output: lines(DEBIAN, "RUN apt-get update && apt-get install -y curl"),
      errors: [
        { messageId: "preferAptGet", line: 2, column: 5, endLine: 2, endColumn: 8 },
        { messageId: "preferAptGet", line: 2, column: 19, endLine: 2, endColumn: 22 },
      ],
    },
    {
      code: lines(DEBIAN, "RUN sudo /usr/bin/apt -y install curl && env X=1 apt remove -y wget"),
      output: lines(DEBIAN, "RUN sudo /usr/bin/apt-get -y install curl && env X=1 apt-get remove -y wget"),
      errors: [{ messageId: "preferAptGet", column: 10, endColumn: 22 }, { messageId: "preferAptGet" }],
    },
    {
      // apt-get has no `full-upgrade`, `list` or `search`: reported, not renamed.
      code: lines(DEBIAN, "RUN apt full-upgrade -y && apt list --installed && apt search curl"),
      output: null,
      errors: [{ messageId: "preferAptGet" }, { messageId: "preferAptGet" }, { messageId: "preferAptGet" }],
    },
    {
      // A quoted program name is reported but not renamed.
      code: lines(DEBIAN, "RUN 'apt' install -y curl"),
      output: null,
      errors: [{ messageId: "preferAptGet" }],
    },
    {
      code: lines(DEBIAN, "RUN apt-get update \\", "    # then", "    && apt install -y curl"),
      output: lines(DEBIAN, "RUN apt-get update \\", "    # then", "    && apt-get install -y curl"),
      errors: [{ messageId: "preferAptGet", line: 4, column: 8 }],
    },
    {
      code: lines(DEBIAN, 'RUN ["sh", "-c", "apt install -y curl"]'),
      output: lines(DEBIAN, 'RUN ["sh", "-c", "apt-get install -y curl"]'),
      errors: [{ messageId: "preferAptGet", column: 19 }],
    },
    {
      code: lines(DEBIAN, "RUN <<EOF bash", "apt install -y curl", "EOF"),
      output: lines(DEBIAN, "RUN <<EOF bash", "apt-get install -y curl", "EOF"),
      errors: [{ messageId: "preferAptGet", line: 3, column: 1 }],
    },
    {
      code: lines(DEBIAN, "ONBUILD RUN for p in a b; do apt install -y $p; done"),
      output: lines(DEBIAN, "ONBUILD RUN for p in a b; do apt-get install -y $p; done"),
      errors: [{ messageId: "preferAptGet" }],
    },
  ],
});
