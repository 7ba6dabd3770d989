import rule from "../../rules/no-undefined-variable.js";
import { lines, runRuleTests } from "../rule-tester.js";

runRuleTests("no-undefined-variable", rule, {
  valid: [
    lines("FROM alpine:3.20 AS base", "ARG foo", "COPY $foo ."),
    // The base image may define it (python defines PYTHON_VERSION).
    lines("FROM python:3.12 AS base", "ARG VERSION=$PYTHON_VERSION", "COPY app-$APP_VERSION.jar /app/"),
    // PATH always has a value; the shell expands RUN, CMD and ENTRYPOINT.
    lines("FROM scratch", "ENV PATH=/bin:$PATH", "RUN echo $UNDEFINED", "CMD echo $UNDEFINED"),
    // Single quotes and escaped dollars do not expand; a fallback means unset is expected.
    lines("FROM scratch", "LABEL description='costs $5'", "ENV PRICE=\\$5", "WORKDIR ${APP_HOME:-/app}"),
    // ENV is inherited from a parent stage.
    lines("FROM scratch AS base", "ENV APP=/app", "FROM base", "WORKDIR $APP"),
    // A global ARG re-declared in the stage.
    lines("ARG VERSION=1", "FROM scratch", "ARG VERSION", "LABEL version=$VERSION"),
    // Global ARG not re-declared, but the base image may define the same name as ENV (node defines NODE_VERSION).
    lines("ARG NODE_VERSION=22", "FROM node:${NODE_VERSION}", "ENV V=$NODE_VERSION"),
  ],
  invalid: [
    {
      code: lines("FROM scratch AS base", "COPY $foo ."),
      errors: [{ messageId: "undefined", data: { name: "foo", instruction: "COPY" }, line: 2, column: 7, endColumn: 10, suggestions: [] }],
    },
    {
      code: lines("FROM alpine:3.20", "ENV PATH=$PAHT:/app/bin"),
      errors: [
        {
          messageId: "typo",
          data: { name: "PAHT", suggestion: "PATH", instruction: "ENV" },
          line: 2,
          column: 11,
          suggestions: [{ messageId: "replace", data: { suggestion: "PATH" }, output: lines("FROM alpine:3.20", "ENV PATH=$PATH:/app/bin") }],
        },
      ],
    },
    {
      code: lines("FROM node:22", "ARG APP_VERSION=1.0", "COPY --chown=node app-${APP_VERSON}.tgz /srv/"),
      errors: [
        {
          messageId: "typo",
          data: { name: "APP_VERSON", suggestion: "APP_VERSION", instruction: "COPY" },
          suggestions: [{ messageId: "replace", data: { suggestion: "APP_VERSION" }, output: lines("FROM node:22", "ARG APP_VERSION=1.0", "COPY --chown=node app-${APP_VERSION}.tgz /srv/") }],
        },
      ],
    },
    {
      // Platform ARGs are global: a stage must declare them.
      code: lines("FROM alpine:3.20", "COPY bin/$TARGETARCH/app /usr/local/bin/"),
      errors: [
        {
          messageId: "notInStage",
          data: { name: "TARGETARCH" },
          line: 2,
          suggestions: [{ messageId: "declare", data: { name: "TARGETARCH" }, output: lines("FROM alpine:3.20", "ARG TARGETARCH", "COPY bin/$TARGETARCH/app /usr/local/bin/") }],
        },
      ],
    },
    {
      // On scratch the environment is known: a global ARG must be re-declared.
      code: lines("ARG VERSION=1", "from scratch", "label version=$VERSION"),
      errors: [
        {
          messageId: "notInStage",
          data: { name: "VERSION" },
          suggestions: [{ messageId: "declare", data: { name: "VERSION" }, output: lines("ARG VERSION=1", "from scratch", "arg VERSION", "label version=$VERSION") }],
        },
      ],
    },
    {
      // ENV values see the environment before the instruction, not the pairs before them.
      code: lines("FROM scratch", "ENV A=1 B=$A", "ARG X=1 Y=$X Z=$W"),
      errors: [
        { messageId: "undefined", data: { name: "A", instruction: "ENV" }, line: 2 },
        { messageId: "undefined", data: { name: "W", instruction: "ARG" }, line: 3 },
      ],
    },
    {
      code: lines("FROM scratch", "USER ${UID}:${GID:?}", "WORKDIR /home/$USER", "EXPOSE $PORT", 'VOLUME ["$DATA"]', "STOPSIGNAL $SIG"),
      errors: ["UID", "GID", "USER", "PORT", "DATA", "SIG"].map((name) => ({ messageId: "undefined" as const, data: { name, instruction: name === "UID" || name === "GID" ? "USER" : name === "USER" ? "WORKDIR" : name === "PORT" ? "EXPOSE" : name === "DATA" ? "VOLUME" : "STOPSIGNAL" } })),
    },
  ],
});
