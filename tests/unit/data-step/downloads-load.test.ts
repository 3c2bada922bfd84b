// Every CSV and JSON download loads as a researcher would load it, without
// surprises: both builds' public/data (Salford's files; the services' files in
// the production build, with no bundle, and in the example build, with the four
// synthetic bundles), made in memory by the functions npm run data calls, so no
// earlier build is needed. CSVs are read by arquero's CSV reader (type inference
// as in pandas) and by the strict reader with the data package's declared
// missing values; numeric columns must load as numbers; every file of every
// data package must match its SHA-256, and none may be left out.
import { createHash } from "node:crypto";
import { from, fromCSV } from "arquero";
import { beforeAll, describe, expect, it } from "vitest";
import { parseCsv } from "../../../src/lib/io/csv-read.ts";
import { archiveEntries } from "../../../src/lib/data-step/publish/archive.ts";
import { builtData, SLUGS } from "../../fixtures/built-data.ts";

const NUMERIC = ["value", "base", "numerator", "denominator"];
const sha = (text: string) => `sha256:${createHash("sha256").update(text).digest("hex")}`;

type Field = { name: string; type: string };
type Resource = { path: string; type?: string; hash: string; bytes: number; rows?: number; schema?: { fields: Field[]; missingValues?: string[] } };
type Package = { resources: Resource[] };

/** Problems with numeric columns as a CSV reader that infers types (arquero, like pandas) loads them. */
function csvProblems(path: string, text: string): string[] {
  const table = fromCSV(text);
  return NUMERIC.filter((c) => table.columnNames().includes(c)).flatMap((c) =>
    (table.array(c) as unknown[]).some((v) => v !== null && typeof v !== "number") ? [`${path}: ${c} loads as text`] : [],
  );
}

/** Problems with a CSV read by its Table Schema: declared missing values become null, then every number field must parse. */
function schemaProblems(r: Resource, text: string): string[] {
  const missing = r.schema?.missingValues;
  if (!missing) return [`${r.path}: its Table Schema declares no missingValues`];
  const table = parseCsv(text, r.path);
  const problems = table.header.join() === r.schema!.fields.map((f) => f.name).join() ? [] : [`${r.path}: header differs from its Table Schema`];
  if (r.rows !== undefined && r.rows !== table.records.length) problems.push(`${r.path}: ${table.records.length} rows, the package says ${r.rows}`);
  for (const f of r.schema!.fields.filter((x) => x.type === "number" || x.type === "integer")) {
    const bad = table.records.find(({ cells }) => !missing.includes(cells[f.name]!) && !Number.isFinite(Number(cells[f.name])));
    if (bad) problems.push(`${r.path} line ${bad.line}: ${f.name} is neither a number nor a declared missing value`);
  }
  return problems;
}

/** Numeric columns of records loaded by arquero's from(): numbers or null. */
function recordProblems(path: string, records: unknown[]): string[] {
  if (!records.every((r) => r !== null && typeof r === "object" && !Array.isArray(r))) return [`${path}: not an array of records`];
  const table = from(records as Record<string, unknown>[]);
  return NUMERIC.filter((c) => table.columnNames().includes(c)).flatMap((c) =>
    (table.array(c) as unknown[]).some((v) => v !== null && v !== undefined && typeof v !== "number") ? [`${path}: ${c} is not a number`] : [],
  );
}

/** A JSON download: an array of records loads as a table; an object's arrays of records do. */
function jsonProblems(path: string, text: string): string[] {
  const json = JSON.parse(text) as unknown;
  if (Array.isArray(json)) return recordProblems(path, json);
  const arrays = Object.entries(json as Record<string, unknown>).filter(([, v]) => Array.isArray(v) && v.some((x) => typeof x === "object"));
  if (!arrays.length) return typeof json === "object" && json !== null ? [] : [`${path}: neither an array nor an object`];
  return arrays.flatMap(([key, v]) => recordProblems(`${path} ${key}`, v as unknown[]));
}

/** Every file of a data package's folder is listed, and each listed file matches its size and SHA-256. */
function packageProblems(files: Map<string, string>, pkgPath: string, ignore: (path: string) => boolean = () => false): string[] {
  const dir = pkgPath.replace(/datapackage\.json$/, "");
  const pkg = JSON.parse(files.get(pkgPath)!) as Package;
  const listed = pkg.resources;
  const problems = listed.flatMap((r) => {
    const text = files.get(dir + r.path);
    if (text === undefined) return [`${pkgPath} lists ${r.path}, which is not published`];
    return sha(text) === r.hash && Buffer.byteLength(text) === r.bytes ? [] : [`${pkgPath}: ${r.path} does not match its hash or size`];
  });
  const paths = new Set(listed.map((r) => dir + r.path));
  for (const path of files.keys())
    if (path.startsWith(dir) && path !== pkgPath && !ignore(path) && !paths.has(path)) problems.push(`${pkgPath} does not list ${path}`);
  return problems;
}

describe.each(["production", "example"] as const)("the %s build's downloads", (mode) => {
  let files: Map<string, string>;
  beforeAll(() => {
    files = builtData(mode);
  });

  it("has the services' files it should", () => {
    const services = [...files.keys()].filter((p) => p.startsWith("services/"));
    expect(services).toEqual(expect.arrayContaining(["services/index.json", "services/comparisons.csv", "services/comparisons.json"]));
    // One figures.csv per release: three for each yearly example, one for Fellgate in its first year.
    expect(services.filter((p) => p.endsWith("/figures.csv"))).toHaveLength(mode === "example" ? 3 * SLUGS.length - 2 : 0);
  });

  it("loads every CSV with numeric value, base, numerator and denominator columns, read plainly and by its Table Schema", () => {
    const pkg = JSON.parse(files.get("datapackage.json")!) as Package;
    const csvs = [...files.keys()].filter((p) => p.endsWith(".csv"));
    const tables = pkg.resources.filter((r) => r.type === "table");
    expect(tables.map((r) => r.path).sort()).toEqual(csvs.sort());
    for (const r of tables) expect([...csvProblems(r.path, files.get(r.path)!), ...schemaProblems(r, files.get(r.path)!)]).toEqual([]);
  });

  it("loads every JSON file as records with arquero, each dataset's file a plain array", () => {
    // comparisons.json is the monitoring pages' own record (src/lib/monitoring/compare-units.ts), where `base` is who the
    // denominator counts, in words; the data package says so, and comparisons.csv names it denominator_counts.
    const own = (path: string) => (path === "services/comparisons.json" ? ["services/comparisons.json: base is not a number"] : []);
    for (const [path, text] of files) if (path.endsWith(".json")) expect(jsonProblems(path, text)).toEqual(own(path));
    for (const path of ["age-profiles.json", "wellbeing-flows.json", "services.json", "practice-guides.json"])
      expect(Array.isArray(JSON.parse(files.get(path)!))).toBe(true);
  });

  it("lists every file in the site's data package and in each bundle's, each matching its SHA-256", () => {
    const bundlePackages = [...files.keys()].filter((p) => /^services\/[a-z0-9-]+\/\d{4}-\d{2}\/datapackage\.json$/.test(p));
    expect(bundlePackages).toHaveLength(mode === "example" ? 3 * SLUGS.length - 2 : 0);
    expect(packageProblems(files, "datapackage.json")).toEqual([]);
    for (const p of bundlePackages) expect(packageProblems(files, p)).toEqual([]);
  });

  it("declares missing values for each bundle's figures.csv, whose hidden values are empty with value_symbol c", () => {
    for (const p of [...files.keys()].filter((x) => /^services\/[a-z0-9-]+\/\d{4}-\d{2}\/datapackage\.json$/.test(x))) {
      const csv = (JSON.parse(files.get(p)!) as Package).resources.find((r) => r.path === "figures.csv");
      expect(csv?.schema?.missingValues, p).toEqual([""]);
      const table = fromCSV(files.get(p.replace("datapackage.json", "figures.csv"))!);
      const hidden = table.filter((d: { value_symbol: string }) => d.value_symbol === "c");
      expect(hidden.numRows()).toBeGreaterThan(0);
      expect(new Set(hidden.array("value") as unknown[])).toEqual(new Set([null]));
    }
  });

  it("puts every file, the services' among them, in the ZIP with its checksum in the README", () => {
    const pkg = JSON.parse(files.get("datapackage.json")!) as Parameters<typeof archiveEntries>[1];
    const bytes = new Map([...files].map(([p, t]) => [p, new TextEncoder().encode(t)]));
    const entries = archiveEntries(bytes, pkg, null);
    const names = entries.map((e) => e.name.replace(/^[^/]+\//, ""));
    expect(names.slice(1).sort()).toEqual([...files.keys()].sort());
    const readme = new TextDecoder().decode(entries[0]!.data);
    for (const [path, text] of files) {
      expect(readme).toContain(`${path}\n`);
      expect(readme).toContain(sha(text).replace("sha256:", "sha256 "));
    }
    expect(readme).not.toContain("(not described in datapackage.json)");
  });
});

describe("the checks above fail on what the researcher found", () => {
  it("finds [c] in a value column, a JSON object of records mixed with other keys, and an unlisted or changed file", () => {
    expect(csvProblems("old.csv", "id,value,base\na,[c],[c]\nb,12,30\n")).toEqual(["old.csv: value loads as text", "old.csv: base loads as text"]);
    const r: Resource = { path: "old.csv", hash: "", bytes: 0, schema: { fields: [{ name: "value", type: "number" }], missingValues: [""] } };
    expect(schemaProblems(r, "value\n[c]\n")).toEqual(["old.csv line 2: value is neither a number nor a declared missing value"]);
    expect(schemaProblems({ ...r, schema: { ...r.schema!, missingValues: ["", "[c]"] } }, "value\n[c]\n")).toEqual([]);
    expect(recordProblems("x.json", [{ value: "[c]" }])).toEqual(["x.json: value is not a number"]);
    expect(jsonProblems("y.json", JSON.stringify({ id: "y", figures: [{ value: "12" }] }))).toEqual(["y.json figures: value is not a number"]);
    const files = new Map([
      ["datapackage.json", JSON.stringify({ resources: [{ path: "a.csv", hash: sha("x\n"), bytes: 2 }] })],
      ["a.csv", "y\n"],
      ["b.json", "[]\n"],
    ]);
    expect(packageProblems(files, "datapackage.json")).toEqual([
      "datapackage.json: a.csv does not match its hash or size",
      "datapackage.json does not list b.json",
    ]);
  });
});
