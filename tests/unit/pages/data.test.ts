// The /data/ catalogue's view functions, on a small package written to a
// temporary folder (so a checksum can be made to disagree with its file).
import { createHash } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatBytes, readCatalogue, verifiedFile, zipEntryCount } from "../../../src/lib/pages/data-catalogue.ts";
import { basesByGroup, datasetEntry, fieldTables } from "../../../src/lib/pages/data-datasets.ts";
import { datasetJsonLd, scriptSafeJson } from "../../../src/lib/pages/data-jsonld.ts";
import { citeDocument, citeSite } from "../../../src/lib/citation.ts";
import { DATASETS } from "../../../src/lib/datasets.ts";
import { DATA_PACKAGE_PROFILE } from "../../../src/lib/io/data-package.ts";
import { zip } from "../../../src/lib/io/zip-deflate.ts";
import type { Figure } from "../../../src/lib/contract/site.ts";

const hex = (s: string | Uint8Array) => createHash("sha256").update(s).digest("hex");
const CSV = "id,value\na,1\nb,2\n";
const JSON_TEXT = '{"figures":[]}\n';
const resource = (path: string, text: string, extra: object = {}) => ({
  name: path,
  path,
  title: `T ${path}`,
  description: "D",
  bytes: Buffer.byteLength(text),
  hash: `sha256:${hex(text)}`,
  format: path.split(".").at(-1)!,
  mediatype: "x",
  ...extra,
});
const FIELDS = { fields: [{ name: "measure", type: "string", description: "Unit", constraints: { enum: ["count", "percent"] } }] };

function packageDir(files: Record<string, string>, resources: object[]): string {
  const dir = mkdtempSync(join(tmpdir(), "catalogue-"));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  // Tables first (type "table"), then the JSON files, as src/lib/data-step/publish/datapackage.ts writes them.
  const rs = resources as { format: string }[];
  const tables = rs.filter((r) => r.format !== "json").map((r) => ({ type: "table", ...r }));
  const jsonFiles = rs.filter((r) => r.format === "json");
  writeFileSync(
    join(dir, "datapackage.json"),
    JSON.stringify({ $schema: DATA_PACKAGE_PROFILE, name: "p", title: "P", description: "D", sources: [], reuse: "R", resources: [...tables, ...jsonFiles] }),
  );
  return dir;
}

describe("readCatalogue and verifiedFile", () => {
  const spec = DATASETS.find((d) => d.kind === "figures")!;
  const files = { [`${spec.id}.csv`]: CSV, [`${spec.id}.json`]: JSON_TEXT };
  const resources = [resource(`${spec.id}.csv`, CSV, { rows: 2, schema: FIELDS }), resource(`${spec.id}.json`, JSON_TEXT)];

  it("gives each file its size and a checksum that matches the bytes", () => {
    const c = readCatalogue(packageDir(files, resources));
    const entry = datasetEntry(spec, c, { figures: [] });
    expect(entry.files.map((f) => [f.href, f.bytes, f.sha256])).toEqual([
      [`/data/${spec.id}.csv`, Buffer.byteLength(CSV), hex(CSV)],
      [`/data/${spec.id}.json`, Buffer.byteLength(JSON_TEXT), hex(JSON_TEXT)],
    ]);
    expect(c.archive).toBeNull();
  });

  it("hashes datapackage.json itself, which cannot list its own checksum", () => {
    const dir = packageDir(files, resources);
    const c = readCatalogue(dir);
    expect(c.packageFile.sha256).toBe(hex(c.read("datapackage.json")));
  });

  it("refuses a file that no longer matches datapackage.json", () => {
    const c = readCatalogue(packageDir({ ...files, [`${spec.id}.csv`]: CSV + "c,3\n" }, resources));
    expect(() => verifiedFile(c.pkg.resources[0]!, c.read)).toThrow(/out of date/);
  });

  it("counts the rows of the served CSV itself, and refuses a package that says otherwise", () => {
    expect(datasetEntry(spec, readCatalogue(packageDir(files, resources)), { figures: [] }).rows).toBe(2);
    const three = "id,value\na,1\nb,2\nc,3\n";
    const stale = [resource(`${spec.id}.csv`, three, { rows: 2, schema: FIELDS }), resources[1]!];
    const c = readCatalogue(packageDir({ ...files, [`${spec.id}.csv`]: three }, stale));
    expect(() => datasetEntry(spec, c, { figures: [] })).toThrow(/says 2 rows, the file has 3/);
  });

  it("finds the archive and counts its entries", () => {
    const bytes = zip([
      { name: "a/x.txt", data: new Uint8Array([1]) },
      { name: "a/y.txt", data: new Uint8Array([2]) },
    ]);
    const dir = packageDir(files, resources);
    writeFileSync(join(dir, "strengthening-families-data.zip"), bytes);
    const c = readCatalogue(dir);
    expect(c.archive).toMatchObject({ entries: 2, bytes: bytes.length, sha256: hex(bytes) });
    expect(() => zipEntryCount(new Uint8Array(30))).toThrow(/not a ZIP/);
  });

  it("lists the columns of each kind of file, with the allowed units", () => {
    const c = readCatalogue(packageDir(files, resources));
    const [t] = fieldTables([spec], c);
    expect(t!.fields).toEqual([{ name: "measure", type: "string", description: "Unit One of: count, percent." }]);
  });
});

describe("basesByGroup", () => {
  it("lists a few bases and gives a range for many", () => {
    const f = (group: string, base: number | null) => ({ group, base }) as Figure;
    const out = basesByGroup([f("women", 37), f("women", 35), f("women", 37), f("men", 28), f("all", 1), f("all", 2), f("all", 3), f("all", 4), f("x", null)]);
    expect(out).toEqual(["women: out of 35, 37", "men: out of 28", "all: out of 1 to 4"]);
  });
});

describe("formatBytes", () => {
  it("uses decimal kilobytes and megabytes", () => {
    expect([formatBytes(999), formatBytes(10630), formatBytes(1_234_567)]).toEqual(["999 bytes", "10.6 KB", "1.2 MB"]);
  });
});

describe("structured metadata", () => {
  const c = readCatalogue(packageDir({ "a.csv": CSV }, [resource("a.csv", CSV)]));
  const file = verifiedFile(c.pkg.resources[0]!, c.read);
  const ld = datasetJsonLd(c, [file], "https://example.org");

  it("describes a schema.org Dataset with absolute download addresses and no licence", () => {
    expect(ld).toMatchObject({ "@type": "Dataset", url: "https://example.org/data/" });
    expect(ld).not.toHaveProperty("license");
    const urls = (ld.distribution as { contentUrl: string }[]).map((d) => d.contentUrl);
    expect(urls).toEqual(["https://example.org/data/a.csv", "https://example.org/data/datapackage.json"]);
  });

  it("cannot close its script element early", () => {
    const text = scriptSafeJson({ x: "</script><script>alert(1)</script>" });
    expect(text).not.toContain("<");
    expect(JSON.parse(text)).toEqual({ x: "</script><script>alert(1)</script>" });
  });
});

describe("citations", () => {
  it("cites a document once with its year, and n.d. when no year is given", () => {
    expect(citeDocument({ publisher: "P", year: "2020", title: "Report (2020)" })).toBe("P (2020). Report.");
    expect(citeDocument({ publisher: "P", year: "not stated", title: "Guides" })).toBe("P (n.d.). Guides.");
  });

  it("cites the site at its own address", () => {
    expect(citeSite("https://example.org")).toContain("https://example.org/data/");
  });
});
