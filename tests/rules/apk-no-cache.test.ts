import rule from "../../rules/apk-no-cache.js";
import { lines, runRuleTests } from "../rule-tester.js";

const ALPINE = "FROM alpine:3.20";

runRuleTests("apk-no-cache", rule, {
  valid: [
    lines(ALPINE, "RUN apk add --no-cache curl"),
    lines(ALPINE, "RUN apk --no-cache add curl", "RUN apk add --no-cache --virtual .build-deps gcc"),
    lines(ALPINE, "RUN apk update && apk add curl && rm -rf /var/cache/apk/*"),
    lines(ALPINE, "RUN apk add curl && apk cache clean"),
    lines(ALPINE, "RUN --mount=type=cache,target=/var/cache/apk apk add curl"),
    lines(ALPINE, "RUN --mount=type=cache,target=/var/cache apk add curl"),
    lines(ALPINE, "ARG APK_CACHE=/var/cache/apk", "RUN --mount=type=cache,target=$APK_CACHE,sharing=locked apk add curl"),
    lines(ALPINE, "RUN apk del curl", "RUN apk upgrade --no-cache", "RUN echo apk add curl"),
    lines(ALPINE, 'RUN ["apk", "add", "curl"]'),
    lines(ALPINE, "RUN cat <<EOF > /setup.sh", "apk add curl", "EOF"),
  ],
  invalid: [
    {
      code: lines(ALPINE, "RUN apk update && apk add curl"),
      output: lines(ALPINE, "RUN apk update && apk add --no-cache curl"),
      errors: [{ messageId: "missingNoCache", line: 2, column: 19, endLine: 2, endColumn: 26 }],
    },
    {
      code: lines(ALPINE, "RUN sudo apk -U add curl && apk add --virtual .deps gcc"),
      output: lines(ALPINE, "RUN sudo apk -U add --no-cache curl && apk add --no-cache --virtual .deps gcc"),
      errors: [{ messageId: "missingNoCache", column: 10 }, { messageId: "missingNoCache", column: 29 }],
    },
    {
      // A cache mount elsewhere, or a tmpfs on an unrelated folder, does not help.
      code: lines(ALPINE, "RUN --mount=type=cache,target=/root/.cache apk add curl"),
      output: lines(ALPINE, "RUN --mount=type=cache,target=/root/.cache apk add --no-cache curl"),
      errors: [{ messageId: "missingNoCache" }],
    },
    {
      code: lines(ALPINE, "RUN set -eux; \\", "    # build deps", "    apk add \\", "        gcc"),
      output: lines(ALPINE, "RUN set -eux; \\", "    # build deps", "    apk add --no-cache \\", "        gcc"),
      errors: [{ messageId: "missingNoCache", line: 4, column: 5 }],
    },
    {
      code: lines(ALPINE, 'RUN ["/bin/ash", "-c", "apk add curl"]'),
      output: lines(ALPINE, 'RUN ["/bin/ash", "-c", "apk add --no-cache curl"]'),
      errors: [{ messageId: "missingNoCache" }],
    },
    {
      code: lines(ALPINE, "RUN <<EOF", "apk add curl", "EOF"),
      output: lines(ALPINE, "RUN <<EOF", "apk add --no-cache curl", "EOF"),
      errors: [{ messageId: "missingNoCache", line: 3 }],
    },
    {
      code: lines(ALPINE, "ONBUILD RUN env X=1 apk add curl"),
      output: lines(ALPINE, "ONBUILD RUN env X=1 apk add --no-cache curl"),
      errors: [{ messageId: "missingNoCache" }],
    },
    {
      code: lines("# escape=`", ALPINE, "RUN apk add `", "    curl || exit 1"),
      output: lines("# escape=`", ALPINE, "RUN apk add --no-cache `", "    curl || exit 1"),
      errors: [{ messageId: "missingNoCache", line: 3 }],
    },
  ],
});
