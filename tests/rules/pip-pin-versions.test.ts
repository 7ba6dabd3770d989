import rule from "../../rules/pip-pin-versions.js";
import { lines, runRuleTests } from "../rule-tester.js";

const FROM = "FROM python:3.12-slim";

runRuleTests("pip-pin-versions", rule, {
  valid: [
    lines(FROM, "RUN pip install --no-cache-dir flask==3.0.3 'gunicorn>=23,<24' celery[redis]~=5.4"),
    lines(FROM, "RUN pip install -r requirements.txt && pip install --requirement=dev.txt"),
    lines(FROM, "RUN pip install -c constraints.txt flask gunicorn"),
    lines(FROM, "ENV PIP_CONSTRAINT=/constraints.txt", "RUN pip install flask"),
    lines(FROM, "RUN pip install . && pip install -e ./lib && pip install /wheels/app-1.0-py3-none-any.whl dist/app.tar.gz"),
    lines(FROM, "RUN pip install git+https://github.com/org/repo.git@v1.2.0#egg=repo"),
    lines(FROM, "RUN pip install --upgrade pip && python -m pip install -U pip"),
    // Versions from ARG/ENV count; values the file does not give are not reported.
    lines(FROM, "ARG FLASK_VERSION=3.0.3", 'RUN pip install "flask==${FLASK_VERSION}"'),
    lines(FROM, "ARG PACKAGES", "RUN pip install $PACKAGES && pip install $(cat extra.txt)"),
    lines(FROM, "RUN for p in flask gunicorn; do pip install $p==1.0; done"),
    lines(FROM, "RUN pip download flask && pip freeze && echo pip install flask"),
    lines(FROM, 'RUN ["pip", "install", "flask"]'),
    lines(FROM, "RUN <<EOF python3", "pip install flask", "EOF"),
  ],
  invalid: [
    {
      code: lines(FROM, "RUN pip install --no-cache-dir flask gunicorn==23.0.0"),
      errors: [{ messageId: "unpinned", data: { spec: "flask", name: "flask" }, line: 2, column: 32, endLine: 2, endColumn: 37 }],
    },
    {
      // Wrappers, python -m pip, xargs; && || ; chains; the ENV value resolved.
      code: lines(FROM, "ENV PKG=requests", "RUN sudo pip3 install $PKG || python3 -m pip install 'celery[redis]'; echo x | xargs pip install six"),
      errors: [
        { messageId: "unpinned", data: { spec: "requests", name: "requests" }, line: 3, column: 23, endColumn: 27 },
        { messageId: "unpinned", line: 3, column: 54, endColumn: 69 },
        { messageId: "unpinned", line: 3, column: 98, endColumn: 101 },
      ],
    },
    {
      code: lines(FROM, "RUN set -eux; \\", "    # tools first", "    pip install --upgrade pip setuptools"),
      errors: [{ messageId: "unpinned", data: { spec: "setuptools", name: "setuptools" }, line: 4, column: 31 }],
    },
    {
      code: lines(FROM, "RUN pip install -r requirements.txt gunicorn"),
      errors: [{ messageId: "unpinned", column: 37 }],
    },
    {
      code: lines(FROM, "RUN pip install git+https://github.com/org/repo.git#egg=repo"),
      errors: [{ messageId: "unpinnedSource", column: 17 }],
    },
    {
      code: lines(FROM, "RUN if [ -n \"$DEV\" ]; then pip install pytest; fi"),
      errors: [{ messageId: "unpinned", column: 40 }],
    },
    {
      code: lines(FROM, "RUN <<EOF", "set -e", "pip install flask", "EOF"),
      errors: [{ messageId: "unpinned", line: 4, column: 13 }],
    },
    {
      code: lines(FROM, "RUN <<EOF bash", "pip install flask", "EOF"),
      errors: [{ messageId: "unpinned", line: 3, column: 13 }],
    },
    {
      code: lines(FROM, 'RUN ["/bin/sh", "-c", "pip install flask"]'),
      errors: [{ messageId: "unpinned", line: 2, column: 36, endColumn: 41 }],
    },
    {
      code: lines(FROM, "ONBUILD RUN pip install flask"),
      errors: [{ messageId: "unpinned", column: 25 }],
    },
    {
      code: lines("# escape=`", FROM, "RUN pip install `", "    flask"),
      errors: [{ messageId: "unpinned", line: 4, column: 5 }],
    },
    {
      code: lines(FROM, "RUN --mount=type=cache,target=/root/.cache/pip,id=pip,sharing=locked pip install flask"),
      errors: [{ messageId: "unpinned", column: 82 }],
    },
  ],
});
