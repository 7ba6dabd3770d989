import rule from "../../rules/pip-no-cache-dir.js";
import { lines, runRuleTests } from "../rule-tester.js";

const FROM = "FROM python:3.12-slim";

runRuleTests("pip-no-cache-dir", rule, {
  valid: [
    lines(FROM, "RUN pip install --no-cache-dir -r requirements.txt"),
    lines(FROM, "RUN pip3 install --no-cache-dir flask==3.0.0"),
    lines(FROM, "RUN python -m pip install --no-cache-dir --upgrade pip"),
    lines(FROM, "RUN pip install --upgrade --no-cache-dir pip && pip install --no-cache-dir -r req.txt"),
    lines(FROM, "ENV PIP_NO_CACHE_DIR=1", "RUN pip install -r requirements.txt"),
    lines(FROM, "ARG PIP_NO_CACHE_DIR=1", "RUN pip install -r requirements.txt"),
    lines(FROM, "RUN PIP_NO_CACHE_DIR=1 pip install -r requirements.txt"),
    lines(FROM, "RUN --mount=type=cache,target=/root/.cache/pip pip install -r requirements.txt"),
    lines(FROM, "RUN --mount=type=cache,target=/root/.cache pip install -r requirements.txt"),
    lines(FROM, "ENV PIP_CACHE_DIR=/pip-cache", "RUN --mount=type=cache,target=/pip-cache pip install -r requirements.txt"),
    // The shared RUN mount reading: ids, sharing, tmpfs, a non-root home, folders above the cache.
    lines(FROM, "RUN --mount=type=cache,target=/root/.cache/pip,id=pip,sharing=locked pip install flask"),
    lines(FROM, "RUN --mount=type=cache,id=pip,target=/home/app/.cache/pip,uid=1000 pip install --user flask"),
    lines(FROM, "RUN --mount=type=tmpfs,target=/root/.cache pip install flask"),
    lines(FROM, "ARG CACHE=/root/.cache", "RUN --mount=type=cache,target=${CACHE} pip install flask"),
    lines(FROM, "ENV PIP_CACHE_DIR=/cache/pip", "RUN --mount=type=cache,target=/cache pip install flask"),
    lines(FROM, "RUN --mount=type=cache,target=/wheels pip install --cache-dir=/wheels/pip flask && pip install --cache-dir /wheels x"),
    lines(FROM, "RUN --mount=type=cache,target=/root/.cache/pip <<EOF", "pip install flask", "EOF"),
    // Other pip commands and other tools.
    lines(FROM, "RUN pip freeze > requirements.txt", "RUN pip download flask", "RUN echo pip install"),
    lines(FROM, "RUN uv pip install -r requirements.txt"),
    // Plain exec form is not run through a shell and is not analysed.
    lines(FROM, 'RUN ["pip", "install", "flask"]'),
    // A SHELL that is not POSIX turns shell analysis off.
    lines("FROM mcr.microsoft.com/windows/servercore:ltsc2022", 'SHELL ["powershell", "-Command"]', "RUN pip install flask"),
    // The heredoc feeds Python, not a shell.
    lines(FROM, "RUN python3 <<EOF", "import subprocess", "subprocess.run(['pip', 'install', 'x'])", "EOF"),
    lines(FROM, "RUN <<EOF python3", "pip install x", "EOF"),
    lines(FROM, "RUN <<EOF", "#!/usr/bin/env python3", "pip install x", "EOF"),
    // Heredocs that are files, not scripts.
    lines(FROM, "COPY <<EOF /app/setup.sh", "pip install x", "EOF"),
    lines(FROM, "RUN cat <<EOF > /app/setup.sh", "pip install x", "EOF"),
  ],
  invalid: [
    {
      code: lines(FROM, "RUN pip install -r requirements.txt"),
      output: lines(FROM, "RUN pip install --no-cache-dir -r requirements.txt"),
      errors: [{ messageId: "missingNoCacheDir", line: 2, column: 5, endLine: 2, endColumn: 16 }],
    },
    {
      code: lines(FROM, "RUN pip3 install flask && python3 -m pip install gunicorn"),
      output: lines(FROM, "RUN pip3 install --no-cache-dir flask && python3 -m pip install --no-cache-dir gunicorn"),
      errors: [{ messageId: "missingNoCacheDir", column: 5 }, { messageId: "missingNoCacheDir", column: 27 }],
    },
    {
      code: lines(FROM, "RUN set -eux; \\", "    # upgrade first", "    /usr/local/bin/pip install --upgrade pip"),
      output: lines(FROM, "RUN set -eux; \\", "    # upgrade first", "    /usr/local/bin/pip install --no-cache-dir --upgrade pip"),
      errors: [{ messageId: "missingNoCacheDir", line: 4 }],
    },
    {
      code: lines(FROM, "RUN sudo -H pip install flask"),
      output: lines(FROM, "RUN sudo -H pip install --no-cache-dir flask"),
      errors: [{ messageId: "missingNoCacheDir" }],
    },
    {
      code: lines(FROM, 'RUN ["/bin/sh", "-c", "pip install flask"]'),
      output: lines(FROM, 'RUN ["/bin/sh", "-c", "pip install --no-cache-dir flask"]'),
      errors: [{ messageId: "missingNoCacheDir", line: 2 }],
    },
    {
      code: lines(FROM, "RUN <<EOF", "set -e", "pip install -r requirements.txt", "EOF"),
      output: lines(FROM, "RUN <<EOF", "set -e", "pip install --no-cache-dir -r requirements.txt", "EOF"),
      errors: [{ messageId: "missingNoCacheDir", line: 4, column: 1 }],
    },
    {
      code: lines(FROM, "RUN bash <<EOF", "pip install flask", "EOF"),
      output: lines(FROM, "RUN bash <<EOF", "pip install --no-cache-dir flask", "EOF"),
      errors: [{ messageId: "missingNoCacheDir", line: 3 }],
    },
    {
      // Docker's documented way to choose the shell for a heredoc.
      code: lines(FROM, "RUN <<EOF bash", "set -ex", "pip install flask", "EOF"),
      output: lines(FROM, "RUN <<EOF bash", "set -ex", "pip install --no-cache-dir flask", "EOF"),
      errors: [{ messageId: "missingNoCacheDir", line: 4 }],
    },
    {
      code: lines(FROM, "RUN <<EOF", "#!/bin/bash", "pip install flask", "EOF"),
      output: lines(FROM, "RUN <<EOF", "#!/bin/bash", "pip install --no-cache-dir flask", "EOF"),
      errors: [{ messageId: "missingNoCacheDir", line: 4 }],
    },
    {
      code: lines("# escape=`", FROM, "RUN pip install `", "    flask"),
      output: lines("# escape=`", FROM, "RUN pip install --no-cache-dir `", "    flask"),
      errors: [{ messageId: "missingNoCacheDir", line: 3 }],
    },
    {
      code: lines(FROM, "ONBUILD RUN pip install -r requirements.txt"),
      output: lines(FROM, "ONBUILD RUN pip install --no-cache-dir -r requirements.txt"),
      errors: [{ messageId: "missingNoCacheDir" }],
    },
    {
      // A cache mount elsewhere does not keep pip's cache out of the layer.
      code: lines(FROM, "RUN --mount=type=cache,target=/var/cache/apt pip install flask"),
      output: lines(FROM, "RUN --mount=type=cache,target=/var/cache/apt pip install --no-cache-dir flask"),
      errors: [{ messageId: "missingNoCacheDir" }],
    },
    {
      // A bind mount, or a cache mount below pip's cache folder, keeps nothing out of the layer.
      code: lines(FROM, "RUN --mount=type=bind,target=/root/.cache/pip --mount=type=cache,target=/root/.cache/pip/http pip install flask"),
      output: lines(FROM, "RUN --mount=type=bind,target=/root/.cache/pip --mount=type=cache,target=/root/.cache/pip/http pip install --no-cache-dir flask"),
      errors: [{ messageId: "missingNoCacheDir" }],
    },
    {
      // --cache-dir points outside the mount.
      code: lines(FROM, "RUN --mount=type=cache,target=/wheels pip install --cache-dir /tmp/pip flask"),
      output: lines(FROM, "RUN --mount=type=cache,target=/wheels pip install --no-cache-dir --cache-dir /tmp/pip flask"),
      errors: [{ messageId: "missingNoCacheDir" }],
    },
    {
      code: lines(FROM, "RUN if [ -f requirements.txt ]; then \\", "      pip install -r requirements.txt; \\", "    fi"),
      output: lines(FROM, "RUN if [ -f requirements.txt ]; then \\", "      pip install --no-cache-dir -r requirements.txt; \\", "    fi"),
      errors: [{ messageId: "missingNoCacheDir", line: 3, column: 7 }],
    },
    {
      code: lines(FROM, "RUN echo flask gunicorn | xargs pip install"),
      output: lines(FROM, "RUN echo flask gunicorn | xargs pip install --no-cache-dir"),
      errors: [{ messageId: "missingNoCacheDir", column: 27 }],
    },
    {
      // PIP_NO_CACHE_DIR set in another stage does not count.
      code: lines("FROM python:3.12-slim AS a", "ENV PIP_NO_CACHE_DIR=1", "FROM python:3.12-slim", "RUN pip install flask"),
      output: lines("FROM python:3.12-slim AS a", "ENV PIP_NO_CACHE_DIR=1", "FROM python:3.12-slim", "RUN pip install --no-cache-dir flask"),
      errors: [{ messageId: "missingNoCacheDir", line: 4 }],
    },
  ],
});
