import rule from "../../rules/copy-chown.js";
import { lines, runRuleTests } from "../rule-tester.js";

const FROM = "FROM python:3.12-slim";
const USER = ["RUN useradd -m appuser", "USER appuser", "WORKDIR /app"];
const AFTER_USER = [{ onlyAfterUser: true }];

runRuleTests("copy-chown", rule, {
  valid: [
    // The seed: every COPY of the application sets the owner.
    lines(FROM, ...USER, "COPY --chown=appuser:appuser requirements.txt .", "COPY --chown=appuser:appuser app ./app"),
    lines(FROM, ...USER, "COPY --from=build --chown=appuser:appuser /app/app ./app"),
    // A stage that runs as root, or as a user the file cannot tell.
    lines(FROM, "WORKDIR /app", "COPY . ."),
    lines(FROM, "USER appuser", "USER root", "COPY . /app"),
    lines(FROM, "USER 0:0", "COPY . /app"),
    lines("ARG BASE=python:3.12-slim", "FROM ${BASE}", "COPY . /app"),
    lines("FROM $BASE", "COPY . /app"),
    lines(FROM, "COPY . /app", "ARG APP_USER", "USER ${APP_USER}"),
    // Files for the system stay root's: tools, libraries, configuration.
    lines(FROM, "COPY --from=build /install /usr/local", "COPY nginx.conf /etc/nginx/nginx.conf", "COPY --from=ghcr.io/astral-sh/uv:0.5 /uv /bin/", ...USER),
    lines(FROM, ...USER, "WORKDIR /usr/local/bin", "COPY tool ."),
    // onlyAfterUser: before USER the files are root's on purpose.
    { code: lines(FROM, "COPY requirements.txt /app/", "RUN pip install --no-cache-dir -r /app/requirements.txt", "USER appuser"), options: AFTER_USER },
    // Build stages that another stage builds FROM count with their own user.
    lines(FROM + " AS base", "USER appuser", "FROM base AS build", "USER root", "COPY . /src"),
    // ONBUILD runs in a child image whose user is unknown here.
    lines(FROM, "USER appuser", "ONBUILD COPY . /app"),
  ],
  invalid: [
    {
      code: lines(FROM, ...USER, "COPY requirements.txt ."),
      output: lines(FROM, ...USER, "COPY --chown=appuser requirements.txt ."),
      errors: [{ messageId: "missingChown", line: 5, column: 1, endLine: 5, endColumn: 24, data: { instruction: "COPY", user: '"appuser"', chown: "appuser" } }],
    },
    {
      // USER naming a group: both are set.
      code: lines(FROM, "USER app:www-data", "ADD --checksum=sha256:abc https://example.com/data.csv /srv/data/"),
      output: lines(FROM, "USER app:www-data", "ADD --chown=app:www-data --checksum=sha256:abc https://example.com/data.csv /srv/data/"),
      errors: [{ messageId: "missingChown", line: 3 }],
    },
    {
      // COPY --from keeps the owner of the source stage: usually root.
      code: lines(FROM + " AS build", "RUN make", FROM, "USER 1000", "COPY --from=build /src/dist /app"),
      output: lines(FROM + " AS build", "RUN make", FROM, "USER 1000", "COPY --chown=1000 --from=build /src/dist /app"),
      errors: [{ messageId: "missingChown", line: 5 }],
    },
    {
      // A COPY before USER: the files are still root's when the stage runs.
      code: lines(FROM, "WORKDIR /app", "COPY . .", "USER appuser"),
      output: lines(FROM, "WORKDIR /app", "COPY --chown=appuser . .", "USER appuser"),
      errors: [{ messageId: "missingChown", line: 3 }],
    },
    {
      // The USER of the stage built FROM applies.
      code: lines(FROM + " AS base", "USER appuser", "FROM base", "COPY . /app"),
      output: lines(FROM + " AS base", "USER appuser", "FROM base", "COPY --chown=appuser . /app"),
      errors: [{ messageId: "missingChown", line: 4 }],
    },
    {
      // A variable that means the same at the COPY is kept as written.
      code: lines(FROM, "ARG APP_USER=appuser", "COPY . /app", "USER ${APP_USER}"),
      output: lines(FROM, "ARG APP_USER=appuser", "COPY --chown=${APP_USER} . /app", "USER ${APP_USER}"),
      errors: [{ messageId: "missingChown", line: 3 }],
    },
    {
      // Declared after the COPY: its value is used instead.
      code: lines(FROM, "COPY . /app", "ARG APP_USER=appuser", "USER ${APP_USER}"),
      output: lines(FROM, "COPY --chown=appuser . /app", "ARG APP_USER=appuser", "USER ${APP_USER}"),
      errors: [{ messageId: "missingChown", line: 2 }],
    },
    {
      // A base image made to run as non-root: its user is not named in the file.
      code: lines("FROM gcr.io/distroless/python3-debian12:nonroot", "COPY --from=build /app /app"),
      output: null,
      errors: [{ messageId: "missingChown", line: 2, data: { instruction: "COPY", user: "a non-root user", chown: "<user>" } }],
    },
    {
      code: lines(FROM, "USER appuser", 'COPY ["run.py", "/app/"]', "COPY <<EOF /app/config.ini", "[app]", "EOF"),
      output: lines(FROM, "USER appuser", 'COPY --chown=appuser ["run.py", "/app/"]', "COPY --chown=appuser <<EOF /app/config.ini", "[app]", "EOF"),
      errors: [{ messageId: "missingChown", line: 3 }, { messageId: "missingChown", line: 4 }],
    },
    {
      code: lines(FROM, "USER appuser", "copy   --link app.py /app/"),
      output: lines(FROM, "USER appuser", "copy --chown=appuser   --link app.py /app/"),
      errors: [{ messageId: "missingChown", line: 3 }],
    },
    {
      // onlyAfterUser still reports what comes after USER.
      code: lines(FROM, "COPY requirements.txt /app/", "USER appuser", "COPY . /app"),
      output: lines(FROM, "COPY requirements.txt /app/", "USER appuser", "COPY --chown=appuser . /app"),
      options: AFTER_USER,
      errors: [{ messageId: "missingChown", line: 4 }],
    },
    {
      // A relative destination in an unknown working directory is not taken for a system folder.
      code: lines(FROM, "USER appuser", "COPY tool usr/local/bin/"),
      output: lines(FROM, "USER appuser", "COPY --chown=appuser tool usr/local/bin/"),
      errors: [{ messageId: "missingChown", line: 3 }],
    },
  ],
});
