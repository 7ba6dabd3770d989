import { fileURLToPath } from "node:url";
import rule from "../../rules/dependency-manifest-first.js";
import { lines, runRuleTests } from "../rule-tester.js";

const PY = "FROM python:3.12-slim";
const NODE = "FROM node:22-slim";
/** Holds backend/requirements.txt, frontend/package.json, src/requirements.txt, src/app.py, docs/. */
const IN_CONTEXT = fileURLToPath(new URL("../fixtures/rules/dependency-manifest-first/Dockerfile", import.meta.url));

/** The message data of a dependency install reported after line `line` copied the build context. */
function install(command: string, manifests: string, line: number, firstStep = `run ${command}`, copied = "the whole build context") {
  return { messageId: "dependencyInstall", data: { command, manifests, line: String(line), copied, firstStep } };
}

runRuleTests("dependency-manifest-first", rule, {
  valid: [
    // The seeds: requirements first, sources after.
    lines(PY, "WORKDIR /app", "COPY requirements.txt .", "RUN pip install --no-cache-dir -r requirements.txt", "COPY . .", 'CMD ["python", "run.py"]'),
    lines(
      "FROM python:3.10-slim AS test",
      "WORKDIR /app",
      "COPY requirements-dev.txt .",
      "RUN pip install --no-cache-dir -r requirements-dev.txt",
      "COPY . .",
      "RUN python -m pytest",
    ),
    lines(NODE, "WORKDIR /app", "COPY package.json package-lock.json ./", "RUN npm ci", "COPY . .", "RUN npm run build"),
    // Not dependency installs.
    lines(NODE, "COPY . .", "RUN npm install -g pnpm@9 && npm install express", "RUN npm run build && npm test"),
    lines(PY, "COPY . .", "RUN pip install flask==3.0.3 && pip install --no-deps .", "RUN pip download -r requirements.txt"),
    lines("FROM golang:1.23", "COPY . .", "RUN go build ./... && go mod tidy"),
    lines("FROM maven:3.9-eclipse-temurin-21", "COPY . .", "RUN mvn --version && mvn clean"),
    lines("FROM gradle:8-jdk21", "COPY . .", "RUN gradle --version && gradle clean"),
    lines("FROM rust:1.82", "COPY . .", "RUN cargo install cargo-chef && cargo test"),
    lines(NODE, "COPY . .", "RUN yarn build"),
    // The dependencies were installed before the sources came: the later run only finishes the project.
    lines(
      "FROM ghcr.io/astral-sh/uv:python3.12-bookworm-slim",
      "WORKDIR /app",
      "COPY pyproject.toml uv.lock ./",
      "RUN uv sync --locked --no-install-project",
      "COPY . .",
      "RUN uv sync --locked",
    ),
    lines(PY, "COPY pyproject.toml poetry.lock ./", "RUN poetry install --no-root", "COPY . .", "RUN poetry install --only-root"),
    lines(
      "FROM rust:1.82",
      "WORKDIR /app",
      "COPY Cargo.toml Cargo.lock ./",
      'RUN mkdir src && echo "fn main() {}" > src/main.rs && cargo build --release',
      "COPY . .",
      "RUN cargo build --release",
    ),
    lines("FROM maven:3.9-eclipse-temurin-21", "COPY pom.xml .", "RUN mvn dependency:go-offline", "COPY src ./src", "RUN mvn package"),
    // Copies that do not come from the build context, or come in another stage.
    lines(NODE + " AS source", "COPY . /src", NODE, "COPY --from=source /src/package.json /app/", "WORKDIR /app", "RUN npm ci"),
    lines(NODE, "COPY --from=source /src .", "RUN npm ci"),
    lines(NODE, "COPY <<EOF ./", "x", "EOF", "RUN npm ci"),
    // A folder copy is only the sources when it holds the manifest; without a build context that is not known.
    lines(PY, "WORKDIR /app", "COPY backend/ ./backend/", "RUN pip install -r backend/requirements.txt"),
    { code: lines(PY, "WORKDIR /app", "COPY docs/ ./docs/", "COPY requirements.txt .", "RUN pip install -r requirements.txt"), filename: IN_CONTEXT },
    { code: lines(PY, "WORKDIR /app", "COPY src/app.py .", "RUN pip install -r requirements.txt"), filename: IN_CONTEXT },
    { code: lines(PY, "COPY backend/ /srv/backend/", "WORKDIR /app", "RUN pip install -r requirements.txt"), filename: IN_CONTEXT },
    // Plain exec form and non-POSIX shells are not read.
    lines(NODE, "COPY . .", 'RUN ["npm", "ci"]'),
  ],
  invalid: [
    {
      code: lines(PY, "WORKDIR /app", "COPY . .", "RUN pip install --no-cache-dir -r requirements.txt"),
      errors: [{ ...install("pip install", "requirements.txt", 3), line: 4, column: 5, endLine: 4, endColumn: 16 }],
    },
    {
      // The manifest came first, but the install still runs after the sources.
      code: lines(PY, "WORKDIR /app", "COPY requirements.txt .", "COPY . .", "RUN pip install -r requirements.txt -r requirements-dev.txt"),
      errors: [{ ...install("pip install", "requirements.txt and requirements-dev.txt", 4), line: 5 }],
    },
    {
      code: lines(PY, "COPY . /app", "RUN python3 -m pip install -e /app"),
      errors: [{ messageId: "projectInstall", data: { command: "python3 -m pip install", line: "2", copied: "the whole build context" }, column: 5, endColumn: 27 }],
    },
    {
      code: lines(NODE, "WORKDIR /app", "COPY . .", "RUN npm ci --omit=dev"),
      errors: [{ ...install("npm ci", "package.json and package-lock.json", 3), column: 5, endColumn: 11 }],
    },
    {
      code: lines(NODE, "ADD ./ /app/", "RUN cd /app && yarn --frozen-lockfile && yarn build"),
      errors: [{ ...install("yarn", "package.json and yarn.lock", 2), column: 16, endColumn: 20 }],
    },
    {
      code: lines(NODE, "COPY * ./", "RUN pnpm --dir web install --frozen-lockfile"),
      errors: [{ ...install("pnpm --dir web install", "web/package.json and web/pnpm-lock.yaml", 2) }],
    },
    {
      code: lines("FROM oven/bun:1", "COPY . .", "RUN bun install"),
      errors: [{ ...install("bun install", "package.json and bun.lock", 2) }],
    },
    {
      code: lines("FROM ruby:3.3-slim", "COPY . /app", "RUN bundle install --jobs 4"),
      errors: [{ ...install("bundle install", "Gemfile and Gemfile.lock", 2) }],
    },
    {
      code: lines("FROM composer:2", "COPY . .", "RUN composer install --no-dev"),
      errors: [{ ...install("composer install", "composer.json and composer.lock", 2, "run composer install --no-scripts --no-autoloader") }],
    },
    {
      code: lines("FROM golang:1.23", "COPY . .", "RUN go mod download && go build -o /app ./cmd/app"),
      errors: [{ ...install("go mod download", "go.mod and go.sum", 2), column: 5, endColumn: 20 }],
    },
    {
      code: lines("FROM rust:1.82", "COPY . .", "RUN cargo build --release"),
      errors: [{ ...install("cargo build", "Cargo.toml and Cargo.lock", 2, "build the dependencies alone (with a stub src/main.rs, or cargo-chef)") }],
    },
    {
      code: lines("FROM maven:3.9-eclipse-temurin-21", "COPY . .", "RUN ./mvnw -B -f backend/pom.xml package -DskipTests"),
      errors: [{ ...install("./mvnw -B -f backend/pom.xml package", "backend/pom.xml", 2, "run ./mvnw dependency:go-offline") }],
    },
    {
      code: lines("FROM gradle:8-jdk21", "COPY . .", "RUN gradle build --no-daemon"),
      errors: [{ ...install("gradle build", "settings.gradle, build.gradle and gradle/", 2, "run gradle dependencies") }],
    },
    {
      code: lines(PY, "COPY . .", "RUN poetry install --no-interaction"),
      errors: [{ ...install("poetry install", "pyproject.toml and poetry.lock", 2, "run poetry install --no-root") }],
    },
    {
      code: lines(PY, "COPY . .", "RUN uv sync --frozen && pipenv install --deploy"),
      errors: [
        { ...install("uv sync", "pyproject.toml and uv.lock", 2, "run uv sync --no-install-project") },
        { ...install("pipenv install", "Pipfile and Pipfile.lock", 2) },
      ],
    },
    {
      // The stage built FROM copied the sources.
      code: lines(NODE + " AS base", "WORKDIR /app", "COPY . .", "FROM base AS build", "RUN npm ci && npm run build"),
      errors: [{ ...install("npm ci", "package.json and package-lock.json", 3), line: 5 }],
    },
    {
      code: lines(PY, "WORKDIR /app", "COPY . .", "RUN <<EOF", "set -e", "pip install -r requirements.txt", "EOF"),
      errors: [{ ...install("pip install", "requirements.txt", 3), line: 6, column: 1 }],
    },
    {
      // An install in another manager before the sources does not cover this one.
      code: lines(NODE, "COPY package.json package-lock.json ./", "RUN npm ci", "COPY . .", "RUN pip install -r requirements.txt"),
      errors: [{ ...install("pip install", "requirements.txt", 4) }],
    },
    {
      code: lines(NODE, "COPY . .", "RUN sudo -E npm install"),
      errors: [{ ...install("npm install", "package.json and package-lock.json", 2), column: 13 }],
    },
    // A folder of the build context that holds the manifest is the sources.
    {
      code: lines(PY, "WORKDIR /app", "COPY backend/ ./backend/", "RUN pip install -r backend/requirements.txt"),
      filename: IN_CONTEXT,
      errors: [{ ...install("pip install", "backend/requirements.txt", 3, undefined, 'the folder "backend/"') }],
    },
    {
      code: lines(PY, "WORKDIR /app", "COPY src/ .", "RUN pip install -r requirements.txt"),
      filename: IN_CONTEXT,
      errors: [{ ...install("pip install", "requirements.txt", 3, undefined, 'the folder "src/"') }],
    },
    {
      code: lines(NODE, "COPY frontend /web", "WORKDIR /web", "RUN npm ci"),
      filename: IN_CONTEXT,
      errors: [{ ...install("npm ci", "package.json and package-lock.json", 2, undefined, 'the folder "frontend"') }],
    },
    {
      code: lines(NODE, "COPY frontend /web", "RUN cd /web && npm ci"),
      filename: IN_CONTEXT,
      errors: [{ ...install("npm ci", "package.json and package-lock.json", 2, undefined, 'the folder "frontend"') }],
    },
  ],
});
