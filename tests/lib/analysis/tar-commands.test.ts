import { describe, expect, it } from "vitest";
import { tarExtraction } from "../../../lib/analysis/tar-commands.js";
import { parseShell } from "../../../lib/shell/index.js";
import { LinearSource } from "../../../lib/shell/source.js";

function extraction(script: string) {
  const parsed = parseShell(new LinearSource(script, 0));
  const found = parsed.commands.map((command) => tarExtraction(command)).find((result) => result !== null) ?? null;
  return found && { archive: found.archive.value, directory: found.directory?.value ?? null, wholeArchive: found.wholeArchive };
}

describe("tarExtraction", () => {
  it("reads the archive and folder of a tar extraction", () => {
    expect(extraction("tar -xzf /tmp/app.tar.gz -C /opt")).toEqual({ archive: "/tmp/app.tar.gz", directory: "/opt", wholeArchive: true });
    expect(extraction("tar --extract --file=app.tar")).toEqual({ archive: "app.tar", directory: null, wholeArchive: true });
    expect(extraction("tar xzf app.tgz")).toEqual({ archive: "app.tgz", directory: null, wholeArchive: true });
    expect(extraction("mkdir -p /opt && sudo tar -x -f app.tar --directory /opt && rm app.tar")).toEqual({ archive: "app.tar", directory: "/opt", wholeArchive: true });
  });

  it("tells a whole-archive extraction from a selective one", () => {
    expect(extraction("tar -xzf app.tgz --strip-components=1 -C /opt")?.wholeArchive).toBe(false);
    expect(extraction("tar -xf app.tar bin/app")?.wholeArchive).toBe(false);
    expect(extraction("tar xf app.tar bin/app")?.wholeArchive).toBe(false);
    expect(extraction("tar -xOf app.tar")?.wholeArchive).toBe(false);
    expect(extraction("tar -xf app.tar --exclude=docs")?.wholeArchive).toBe(false);
  });

  it("ignores other tar modes and commands", () => {
    expect(extraction("tar -czf out.tgz dir")).toBeNull();
    expect(extraction("tar -tf app.tar")).toBeNull();
    expect(extraction("tar -x < app.tar")).toBeNull();
    expect(extraction("unzip app.zip")).toBeNull();
  });
});
