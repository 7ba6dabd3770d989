import { describe, expect, it } from "vitest";
import {
  cleansYarnCache,
  isPinnedGemSpec,
  isPinnedGoSpec,
  isPinnedNpmSpec,
  isPinnedPipSpec,
  mountsToolCache,
  packageInstallOf,
  pipInstallOf,
  resolveWord,
  unpinnedPackages,
  yarnInstallOf,
} from "../../../lib/analysis/language-packages.js";
import type { RunMount } from "../../../lib/analysis/run-mounts.js";
import { VariableScope } from "../../../lib/analysis/variables.js";
import { parseRun } from "../shell/helpers.js";

const scope = new VariableScope()
  .with({ name: "FLASK_VERSION", value: "3.0.3", kind: "ARG" })
  .with({ name: "PKG", value: "requests", kind: "ENV" })
  .with({ name: "FROM_OUTSIDE", value: null, kind: "ARG" });

/** Each named-package install of a RUN body: manager, subcommand and the unpinned specs. */
function unpinned(raw: string, at = scope) {
  const parsed = parseRun(raw);
  return parsed.script.commands.flatMap((command) => {
    const install = packageInstallOf(command, at);
    if (!install) return [];
    return [{ manager: install.manager, unpinned: unpinnedPackages(install, at).map((p) => `${parsed.at(p.word.range)} ${p.kind} ${p.name}`) }];
  });
}

describe("language package installs", () => {
  it("finds pip installs through wrappers, python -m pip and uv pip", () => {
    const words = (raw: string) => {
      const parsed = parseRun(raw);
      return parsed.script.commands.map((c) => pipInstallOf(c)).map((found) => found && `${found.tool}:${parsed.at(found.install.range)}`);
    };
    expect(words("sudo -H pip3 install x && python3.12 -m pip install y && uv pip install z && env A=1 pip2.7 install w")).toEqual([
      "pip:install",
      "pip:install",
      "uv:install",
      "pip:install",
    ]);
    expect(words("pip download x && python -m venv v && pip --version && echo pip install")).toEqual([null, null, null, null]);
  });

  it("reports pip packages without a version, and nothing fixed elsewhere", () => {
    expect(unpinned("pip install flask 'gunicorn==23.0.0' 'celery[redis]' 'alabaster>=0.7' 'x~=1.2' 'y!=2' z===1")).toEqual([
      { manager: "pip", unpinned: ["flask registry flask", "'celery[redis]' registry celery[redis]"] },
    ]);
    expect(unpinned("pip install -r requirements.txt -c constraints.txt flask")).toEqual([{ manager: "pip", unpinned: [] }]);
    expect(unpinned("PIP_CONSTRAINT=c.txt pip install flask")).toEqual([{ manager: "pip", unpinned: [] }]);
    expect(unpinned("pip install -r requirements.txt gunicorn")).toEqual([{ manager: "pip", unpinned: ["gunicorn registry gunicorn"] }]);
    expect(unpinned("pip install --index-url https://x/simple -e ./lib --target /opt . ./app /src/pkg dist/a.whl a.tar.gz")).toEqual([
      { manager: "pip", unpinned: [] },
    ]);
    expect(unpinned("python -m pip install --upgrade pip setuptools")).toEqual([{ manager: "pip", unpinned: ["setuptools registry setuptools"] }]);
    expect(unpinned("pip install pip")).toEqual([{ manager: "pip", unpinned: ["pip registry pip"] }]);
    expect(unpinned("pip install --use-feature truststore --timeout 60 -i https://x/simple flask==3.0.3")).toEqual([{ manager: "pip", unpinned: [] }]);
  });

  it("reads pip's VCS and direct references", () => {
    expect(isPinnedPipSpec("git+https://github.com/org/repo.git@v1.0#egg=repo")).toBe(true);
    expect(isPinnedPipSpec("git+ssh://git@github.com/org/repo.git#egg=repo")).toBe(false);
    expect(isPinnedPipSpec("git+https://github.com/org/repo")).toBe(false);
    expect(isPinnedPipSpec("repo @ git+https://github.com/org/repo@abc123")).toBe(true);
    expect(isPinnedPipSpec("repo @ git+https://github.com/org/repo")).toBe(false);
    expect(isPinnedPipSpec("https://files.example.com/pkg-1.0.tar.gz")).toBe(true);
    // An environment marker is not a version.
    expect(isPinnedPipSpec("flask; python_version < '3.13'")).toBe(false);
    expect(isPinnedPipSpec("flask==3.0.3 ; sys_platform == 'linux'")).toBe(true);
    expect(isPinnedPipSpec("Flask_Login")).toBe(false);
    expect(unpinned("pip install git+https://github.com/org/repo.git")).toEqual([
      { manager: "pip", unpinned: ["git+https://github.com/org/repo.git source git+https://github.com/org/repo.git"] },
    ]);
  });

  it("resolves ARG and ENV values and leaves out what the file does not tell", () => {
    expect(unpinned('pip install "flask==${FLASK_VERSION}" $PKG "$FROM_OUTSIDE" $(cat pkgs) $local "${PKG}"==1')).toEqual([
      { manager: "pip", unpinned: ["$PKG registry requests"] },
    ]);
    const parsed = parseRun('echo "a-$PKG" \'$PKG\' `x`');
    expect(parsed.script.commands[0]!.args.map((word) => resolveWord(word, scope))).toEqual(["a-requests", "$PKG", null]);
  });

  it("reports npm packages without a version, and dist-tags", () => {
    expect(
      unpinned("npm install -g typescript@5.6.3 express @types/node@^22 @angular/cli left-pad@latest react@next a@'>=1 <2' b@* c@"),
    ).toEqual([
      {
        manager: "npm",
        unpinned: ["express registry express", "@angular/cli registry @angular/cli", "left-pad@latest registry left-pad", "react@next registry react", "b@* registry b", "c@ registry c"],
      },
    ]);
    expect(unpinned("npm i --prefix /app @scope/pkg && npm add x@1 && npm --loglevel warn install y")).toEqual([
      { manager: "npm", unpinned: ["@scope/pkg registry @scope/pkg"] },
      { manager: "npm", unpinned: [] },
      { manager: "npm", unpinned: ["y registry y"] },
    ]);
    expect(unpinned("npm ci && npm install && npm install --omit=dev && npm run install && npm uninstall x")).toEqual([
      { manager: "npm", unpinned: [] },
      { manager: "npm", unpinned: [] },
    ]);
    expect(unpinned("npm install --fetch-retries 5 --maxsockets 8 --scope @org x@1")).toEqual([{ manager: "npm", unpinned: [] }]);
    expect(isPinnedNpmSpec("./local")).toBe(true);
    expect(isPinnedNpmSpec("file:../lib")).toBe(true);
    expect(isPinnedNpmSpec("pkg-1.2.3.tgz")).toBe(true);
    expect(isPinnedNpmSpec("https://example.com/pkg.tgz")).toBe(true);
    expect(isPinnedNpmSpec("git+https://github.com/npm/cli.git#v10.0.0")).toBe(true);
    expect(isPinnedNpmSpec("git+ssh://git@github.com:npm/cli.git")).toBe(false);
    expect(isPinnedNpmSpec("npm/cli#semver:^10")).toBe(true);
    expect(isPinnedNpmSpec("npm/cli")).toBe(false);
    expect(isPinnedNpmSpec("alias@npm:react@18.3.1")).toBe(true);
    expect(isPinnedNpmSpec("alias@npm:react")).toBe(false);
    expect(isPinnedNpmSpec("x@v1.2.3")).toBe(true);
    expect(isPinnedNpmSpec("x@1.x")).toBe(true);
  });

  it("reports gems without a version, unless -v or a Gemfile gives them", () => {
    expect(unpinned("gem install bundler:2.5.23 rails nokogiri -- --use-system-libraries")).toEqual([
      { manager: "gem", unpinned: ["rails registry rails", "nokogiri registry nokogiri"] },
    ]);
    expect(unpinned("gem install rails -v 7.1.0 && gem i rake --version=13.0 && gem install -g Gemfile && gem update x")).toEqual([
      { manager: "gem", unpinned: [] },
      { manager: "gem", unpinned: [] },
      { manager: "gem", unpinned: [] },
    ]);
    expect(unpinned("gem install --no-document -i /gems --source https://rubygems.org rake")).toEqual([{ manager: "gem", unpinned: ["rake registry rake"] }]);
    expect(isPinnedGemSpec("./vendor/x-1.0.gem")).toBe(true);
  });

  it("reports go packages at moving versions or without one; go run takes go.mod's", () => {
    expect(unpinned("go install golang.org/x/tools/gopls@latest example.com/a@v1.2.3 example.com/b && go get example.com/c example.com/d@v1")).toEqual([
      { manager: "go", unpinned: ["golang.org/x/tools/gopls@latest registry golang.org/x/tools/gopls", "example.com/b registry example.com/b"] },
      { manager: "go", unpinned: ["example.com/c registry example.com/c"] },
    ]);
    expect(unpinned("go run -ldflags '-s -w' example.com/cmd@master -flag value && go install -C /src ./... && go build ./...")).toEqual([
      { manager: "go", unpinned: ["example.com/cmd@master registry example.com/cmd"] },
      { manager: "go", unpinned: [] },
    ]);
    expect(isPinnedGoSpec("example.com/a@3f2c1d0", "install")).toBe(true);
    expect(isPinnedGoSpec("example.com/a@upgrade", "install")).toBe(false);
    expect(isPinnedGoSpec("example.com/a@none", "get")).toBe(true);
    expect(isPinnedGoSpec("./cmd/app", "get")).toBe(true);
    expect(isPinnedGoSpec("example.com/app/cmd/tool", "install")).toBe(false);
    expect(isPinnedGoSpec("example.com/app/cmd/tool", "run")).toBe(true);
  });

  it("finds yarn installs and cache cleaning", () => {
    const parsed = parseRun(
      "yarn && yarn install --frozen-lockfile && yarn add react && yarn global add serve && yarn build && yarn --version && yarn cache clean && rm -rf /usr/local/share/.cache/yarn",
    );
    const commands = parsed.script.commands;
    expect(commands.map((c) => yarnInstallOf(c)).map((found) => found && parsed.at([found.view.name!.range[0], found.last.range[1]]))).toEqual([
      "yarn",
      "yarn install",
      "yarn add",
      "yarn global add",
      null,
      null,
      null,
      null,
    ]);
    expect(commands.map(cleansYarnCache)).toEqual([false, false, false, false, false, false, true, true]);
  });

  it("finds cache mounts on a tool's cache folder", () => {
    const mount = (type: string, target: string): RunMount => ({ type, target, from: null, id: null, sharing: null, flag: null as never });
    expect(mountsToolCache([mount("cache", "/root/.cache/pip")], "pip", [])).toBe(true);
    expect(mountsToolCache([mount("cache", "/home/app/.cache")], "pip", [])).toBe(true);
    expect(mountsToolCache([mount("tmpfs", "/root")], "pip", [])).toBe(true);
    expect(mountsToolCache([mount("cache", "/cache")], "pip", ["/cache/pip"])).toBe(true);
    expect(mountsToolCache([mount("bind", "/root/.cache/pip")], "pip", [])).toBe(false);
    expect(mountsToolCache([mount("cache", "/root/.cache/pip")], "yarn", ["/usr/local/share/.cache/yarn"])).toBe(false);
    expect(mountsToolCache([mount("cache", "/usr/local/share/.cache/yarn")], "yarn", ["/usr/local/share/.cache/yarn"])).toBe(true);
    expect(mountsToolCache([mount("cache", "/cache")], "pip", ["relative/pip", null])).toBe(false);
  });
});
