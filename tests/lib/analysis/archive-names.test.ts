import { expect, it } from "vitest";
import { archiveName } from "../../../lib/analysis/archive-names.js";

it.each([
  ["app.tar", "archive"],
  ["dist/app.tar.gz", "archive"],
  ["x.TGZ", "archive"],
  ["x.tar.bz2", "archive"],
  ["x.txz", "archive"],
  ["x.tar.zst", "archive"],
  ["x.Z", "archive"],
  ["*.tar.gz", "archive"],
  ["rootfs-*.tar", "archive"],
  ["dist/*", "maybe"],
  ["*z", "maybe"],
  ["*", "maybe"],
  ["pkg?", "maybe"],
  ["pkg.t[ag]z", "maybe"],
  ["app.py", "none"],
  [".", "none"],
  ["./", "none"],
  ["src/", "none"],
  ["requirements.txt", "none"],
  ["app.zip", "none"],
  ["app.jar", "none"],
  ["*.json", "none"],
  ["conf.d/*.conf", "none"],
  ["tarball/", "none"],
  ["gz", "none"],
])("%s is %s", (path, expected) => {
  expect(archiveName(path)).toBe(expected);
});
