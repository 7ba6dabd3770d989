import { describe, expect, it } from "vitest";
import { dependencyInstallOf } from "../../../lib/analysis/dependency-installs.js";
import { parseRun } from "../shell/helpers.js";

/** Each dependency install of a RUN body: manager, label, files, and the reported text. */
function installs(raw: string) {
  const parsed = parseRun(raw);
  return parsed.script.commands.flatMap((command) => {
    const install = dependencyInstallOf(command);
    if (!install) return [];
    const { manager, label, files, installsProject, firstStep } = install;
    return [{ manager: manager.name, label, files, installsProject, firstStep, text: parsed.at(install.range) }];
  });
}

const managers = (raw: string) => installs(raw).map((install) => install.manager);

describe("dependency installs", () => {
  it("reads pip's requirement files and local project installs", () => {
    expect(installs("pip install --no-cache-dir -r requirements.txt --requirement=dev.txt -rtest.txt")).toEqual([
      { manager: "pip", label: "pip install", files: ["requirements.txt", "dev.txt", "test.txt"], installsProject: false, firstStep: null, text: "pip install" },
    ]);
    expect(installs("python3.12 -m pip install -e '.[dev]'")).toMatchObject([{ label: "python3.12 -m pip install", files: ["pyproject.toml"], installsProject: true }]);
    expect(installs("uv pip install --system ./backend")).toMatchObject([{ manager: "pip", label: "uv pip install", files: ["backend/pyproject.toml"] }]);
    expect(installs("pip install -r $REQUIREMENTS")).toMatchObject([{ files: null }]);
    expect(installs("pip install --no-deps -r requirements.txt")).toMatchObject([{ files: ["requirements.txt"] }]);
    // Packages by name, the project alone, other pip commands.
    expect(managers("pip install flask gunicorn==23.0.0 && pip install $EXTRA && pip install --no-deps . && pip download -r r.txt")).toEqual([]);
  });

  it("finds manifest installs of the JavaScript package managers, not package installs", () => {
    expect(installs("npm --prefix web ci && npm i --omit=dev && yarn && yarn install --frozen-lockfile && pnpm -C app install && bun i")).toEqual([
      { manager: "npm", label: "npm --prefix web ci", files: ["web/package.json", "web/package-lock.json"], installsProject: false, firstStep: null, text: "npm --prefix web ci" },
      { manager: "npm", label: "npm i", files: ["package.json", "package-lock.json"], installsProject: false, firstStep: null, text: "npm i" },
      { manager: "yarn", label: "yarn", files: ["package.json", "yarn.lock"], installsProject: false, firstStep: null, text: "yarn" },
      { manager: "yarn", label: "yarn install", files: ["package.json", "yarn.lock"], installsProject: false, firstStep: null, text: "yarn install" },
      { manager: "pnpm", label: "pnpm -C app install", files: ["app/package.json", "app/pnpm-lock.yaml"], installsProject: false, firstStep: null, text: "pnpm -C app install" },
      { manager: "bun", label: "bun i", files: ["package.json", "bun.lock"], installsProject: false, firstStep: null, text: "bun i" },
    ]);
    expect(managers("npm install express && npm install -g pnpm && yarn add react && yarn build && pnpm add -D vitest && npm run build")).toEqual([]);
    expect(installs("npm ci --prefix=$APP")).toMatchObject([{ files: null }]);
  });

  it("finds the other managers' installs and what to run first", () => {
    expect(installs("bundle install --gemfile=api/Gemfile")).toMatchObject([{ manager: "bundler", files: ["api/Gemfile", "api/Gemfile.lock"] }]);
    expect(installs("bundle")).toMatchObject([{ manager: "bundler", label: "bundle", files: ["Gemfile", "Gemfile.lock"] }]);
    expect(installs("composer install -d /srv/app")).toMatchObject([
      { manager: "composer", files: ["/srv/app/composer.json", "/srv/app/composer.lock"], firstStep: "run composer install --no-scripts --no-autoloader" },
    ]);
    expect(installs("composer install --working-dir=/")).toMatchObject([{ files: ["/composer.json", "/composer.lock"] }]);
    expect(installs("go mod download -x")).toMatchObject([{ manager: "go", label: "go mod download", files: ["go.mod", "go.sum"] }]);
    expect(installs("cargo build --release --manifest-path crates/app/Cargo.toml")).toMatchObject([
      { manager: "cargo", label: "cargo build", files: ["crates/app/Cargo.toml", "crates/app/Cargo.lock"] },
    ]);
    expect(installs("cargo fetch")).toMatchObject([{ manager: "cargo", files: ["Cargo.toml", "Cargo.lock"] }]);
    expect(installs("mvn -B -q -f services/pom.xml dependency:go-offline && ./mvnw -Dx=1 package -DskipTests")).toMatchObject([
      { manager: "maven", label: "mvn -B -q -f services/pom.xml dependency:go-offline", files: ["services/pom.xml"], firstStep: null },
      { manager: "maven", label: "./mvnw -Dx=1 package", files: ["pom.xml"], firstStep: "run ./mvnw dependency:go-offline" },
    ]);
    expect(installs("./gradlew -p api bootJar && gradle dependencies")).toMatchObject([
      { manager: "gradle", label: "./gradlew -p api bootJar", files: ["api/settings.gradle", "api/build.gradle", "api/gradle/"], firstStep: "run ./gradlew dependencies" },
      { manager: "gradle", label: "gradle dependencies", firstStep: null },
    ]);
    expect(installs("poetry install --no-root && uv sync --locked && pipenv sync")).toMatchObject([
      { manager: "poetry", files: ["pyproject.toml", "poetry.lock"], firstStep: "run poetry install --no-root" },
      { manager: "uv", files: ["pyproject.toml", "uv.lock"], firstStep: "run uv sync --no-install-project" },
      { manager: "pipenv", files: ["Pipfile", "Pipfile.lock"] },
    ]);
    expect(managers("mvn clean && mvn --version && gradle clean tasks && cargo install ripgrep && go build ./... && poetry install --only-root && pipenv install requests")).toEqual([]);
  });

  it("sees through wrappers", () => {
    expect(installs("sudo -u app env CI=1 npm ci")).toMatchObject([{ manager: "npm", text: "npm ci" }]);
  });
});
