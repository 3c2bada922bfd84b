// npm run bundle:add: a bundle made in the browser (/publish/) and sent as one
// ZIP is checked by the data step's bundle checks and written as a new release,
// byte for byte; a tampered one (one byte changed, so its SHA-256 no longer
// matches datapackage.json) is refused with the reason, and nothing is written.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { addBundle } from "../../../scripts/bundle-add.ts";
import { unzip, zip } from "../../../src/lib/io/zip-deflate.ts";
import { publishFiles } from "../../../src/lib/tracker/browser.ts";
import { exampleExport, exampleFile } from "../../fixtures/example-files.ts";
import { realVocabulary } from "../../fixtures/vocabulary.ts";

const ROOT = new URL("../../..", import.meta.url).pathname;
let bundle: Uint8Array;

beforeAll(async () => {
  const dir = exampleExport("fellgate", "2025-03");
  const files = readdirSync(dir).map((name) => new File([readFileSync(join(dir, name))], name));
  const r = await publishFiles(files, { slug: "fellgate", today: "2025-03", vocabulary: realVocabulary() });
  bundle = r.zip!;
});

describe("npm run bundle:add", () => {
  it("publishes a bundle downloaded from the browser as a new release, byte for byte", () => {
    const out = mkdtempSync("/tmp/bundle-add-");
    const r = addBundle(bundle, { out, mode: "example" });
    expect(r.problems).toEqual([]);
    expect(r.written).toBe(join(out, "fellgate", "2025-03"));
    for (const name of readdirSync(join(ROOT, "examples/services/fellgate/2025-03"))) {
      expect(readFileSync(join(out, "fellgate/2025-03", name)).equals(readFileSync(join(ROOT, exampleFile("fellgate", name, "2025-03")))), name).toBe(true);
    }
    // The same release again is refused: a published release is never rewritten.
    expect(addBundle(bundle, { out, mode: "example" }).problems.join(" ")).toMatch(/already exists/);
  });

  it("refuses a tampered bundle (one changed byte: the hash no longer matches) and writes nothing", () => {
    const out = mkdtempSync("/tmp/bundle-add-");
    const entries = unzip(bundle).map((e) => {
      if (e.name !== "figures.json") return e;
      const data = e.data.slice();
      const at = new TextDecoder().decode(data).indexOf('"value": 0');
      data[at + 9] = "1".charCodeAt(0); // a 0 made a 1
      return { name: e.name, data };
    });
    const r = addBundle(zip(entries), { out, mode: "example" });
    expect(r.ok).toBe(false);
    expect(r.problems.join("\n")).toMatch(/figures\.json.*sha256|hash/i);
    expect(readdirSync(out)).toEqual([]);
    // A byte changed in the ZIP itself fails its checksum.
    const broken = bundle.slice();
    broken[60] = broken[60]! ^ 0xff;
    expect(addBundle(broken, { out, mode: "example" }).ok).toBe(false);
    expect(readdirSync(out)).toEqual([]);
  });

  it("refuses a synthetic bundle for the production site, and a ZIP holding anything but a bundle's files", () => {
    const out = mkdtempSync("/tmp/bundle-add-");
    expect(addBundle(bundle, { out, mode: "production" }).problems.join(" ")).toMatch(/synthetic/i);
    const withExport = zip([...unzip(bundle), { name: "parents.csv", data: new TextEncoder().encode("parent_id\nSYN-1\n") }]);
    expect(addBundle(withExport, { out, mode: "example" }).problems.join(" ")).toMatch(/files a bundle never has \(parents\.csv\)/);
    expect(readdirSync(out)).toEqual([]);
  });

  it("as a command: exit 0 and the release written, exit 1 and nothing written for a refused one, exit 2 for a bad command", () => {
    const tmp = mkdtempSync("/tmp/bundle-add-");
    const path = join(tmp, "fellgate-2025-03.zip");
    writeFileSync(path, bundle);
    const run = (...args: string[]) => {
      try {
        return { code: 0, out: execFileSync("npm", ["run", "--silent", "bundle:add", "--", ...args], { cwd: ROOT, encoding: "utf8", stdio: "pipe" }) };
      } catch (e) {
        const err = e as { status: number; stderr: string };
        return { code: err.status, out: err.stderr };
      }
    };
    const out = join(tmp, "services");
    expect(run(path, "--example", "--out", out).code).toBe(0);
    expect(existsSync(join(out, "fellgate/2025-03/figures.json"))).toBe(true);
    const refused = run(path, "--out", join(tmp, "prod"));
    expect(refused.code).toBe(1);
    expect(refused.out).toMatch(/nothing was written/);
    expect(existsSync(join(tmp, "prod"))).toBe(false);
    expect(run(path, "--service", "North_Town").code).toBe(2);
    expect(run(join(tmp, "missing.zip")).code).toBe(2);
  });
});
