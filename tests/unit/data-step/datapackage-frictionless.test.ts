// datapackage.json must be a valid Data Package v2: the package, each resource
// and each Table Schema against the official v2 profiles, and each CSV against
// its own Table Schema (header, types, primary key, row count, checksum, no
// blank last row). Built from data/ through the real pipeline, so no earlier
// "npm run data" is needed. A service bundle's own datapackage.json, as the
// tracker import writes it, is checked against the same profiles.
import { readFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { runPipeline } from "../../../src/lib/data-step/pipeline.ts";
import { parseCsv } from "../../../src/lib/io/csv-read.ts";
import { DATA_PACKAGE_PROFILE } from "../../../src/lib/io/data-package.ts";
import { outputFiles } from "../../../src/lib/data-step/publish/outputs.ts";
import { realFiles } from "../../fixtures/real-outputs.ts";
import { profileValidator } from "../../fixtures/frictionless-profiles.ts";

const ROOT = new URL("../../../", import.meta.url).pathname;

type Field = { name: string; type: string; constraints?: { enum?: string[] } };
type Schema = { fields: Field[]; primaryKey?: string[] };
type Resource = { name: string; path: string; type?: string; format: string; rows: number; bytes: number; hash: string; schema: Schema };
type Package = { $schema: string; profile?: string; licenses?: unknown; description: string; resources: Resource[] };

let files: Map<string, string>;
let pkg: Package;
beforeAll(() => {
  const sources = realFiles();
  const { outputs, problems } = runPipeline(sources);
  expect(problems).toEqual([]);
  files = outputFiles(outputs!, sources);
  pkg = JSON.parse(files.get("datapackage.json")!) as Package;
});

const tables = (p: Package) => p.resources.filter((r) => r.type === "table");

/** Every error the v2 profiles find in a package, its resources and its tables' Table Schemas, each named. */
function profileErrors(p: Package): string[] {
  const [pack, resource, schema] = [profileValidator("datapackage"), profileValidator("dataresource"), profileValidator("tableschema")];
  const errors = (what: string, validate: typeof pack, x: unknown) => (validate(x) ? [] : [`${what}: ${JSON.stringify(validate.errors)}`]);
  return [
    ...errors("package", pack, p),
    ...p.resources.flatMap((r) => errors(r.name, resource, r)),
    ...tables(p).flatMap((r) => errors(`${r.name} schema`, schema, r.schema)),
  ];
}

describe("datapackage.json against the Data Package v2 profiles", () => {
  it("is a valid v2 data package, each resource a valid data resource and each table's schema a valid Table Schema", () => {
    expect(profileErrors(pkg)).toEqual([]);
    expect(pkg.$schema).toBe(DATA_PACKAGE_PROFILE);
    expect(pkg).not.toHaveProperty("profile");
  });

  it("lists every CSV as a table, relations.csv among them, and every JSON file as a plain resource", () => {
    expect(tables(pkg).length).toBeGreaterThan(10);
    expect(tables(pkg).map((r) => r.path)).toContain("relations.csv");
    for (const r of pkg.resources) expect(r.type === "table", r.path).toBe(r.path.endsWith(".csv"));
    for (const r of pkg.resources) expect(r.hash, r.path).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it("rejects an empty licence list and a resource of a type v2 does not know", () => {
    const validate = profileValidator("datapackage");
    expect(validate({ ...pkg, licenses: [] })).toBe(false);
    expect(validate({ ...pkg, resources: [{ ...pkg.resources[0]!, type: "tabular-data-resource" }] })).toBe(false);
  });

  it("states that no licence is granted, without a licenses property", () => {
    expect(pkg).not.toHaveProperty("licenses");
    expect(pkg.description).toMatch(/Licence: none is granted/);
  });

  it("is written the same way as a service bundle's package, which passes the same profiles", () => {
    const bundle = JSON.parse(readFileSync(`${ROOT}examples/services/brackenford/2025-03/datapackage.json`, "utf8")) as Package;
    expect(profileErrors(bundle)).toEqual([]);
    expect(bundle.$schema).toBe(pkg.$schema);
    expect(tables(bundle).map((r) => r.path)).toEqual(["figures.csv"]);
    const keys = (r: Resource) =>
      Object.keys(r)
        .filter((k) => k !== "title" && k !== "description" && k !== "sources")
        .sort();
    expect(keys(tables(bundle)[0]!)).toEqual(keys(tables(pkg)[0]!));
    const json = (p: Package) => p.resources.find((r) => r.format === "json")!;
    expect(keys(json(bundle))).toEqual(keys(json(pkg)));
  });
});

const intOk = (v: string) => v === "" || /^-?\d+$/.test(v);
const numOk = (v: string) => v === "" || (v.trim() === v && Number.isFinite(Number(v)));
const boolOk = (v: string) => v === "" || v === "true" || v === "false";

describe("each CSV against its own Table Schema", () => {
  it("matches its header, types, enums, primary key, row count and checksum, and ends without a blank row", () => {
    for (const r of tables(pkg)) {
      const text = files.get(r.path);
      expect(text, r.path).toBeDefined();
      expect(text!.endsWith("\n") && !text!.endsWith("\n\n"), `${r.path} ends with one newline`).toBe(true);
      expect(`sha256:${createHash("sha256").update(text!).digest("hex")}`).toBe(r.hash);
      const table = parseCsv(text!, r.path);
      expect(table.header, r.path).toEqual(r.schema.fields.map((f) => f.name));
      expect(table.records, r.path).toHaveLength(r.rows);
      for (const f of r.schema.fields) {
        const check = f.type === "integer" ? intOk : f.type === "number" ? numOk : f.type === "boolean" ? boolOk : () => true;
        for (const rec of table.records) {
          const v = rec.cells[f.name] ?? "";
          expect(check(v), `${r.path} line ${rec.line} ${f.name}`).toBe(true);
          if (f.constraints?.enum && v !== "") expect(f.constraints.enum, `${r.path} line ${rec.line} ${f.name}`).toContain(v);
        }
      }
      if (r.schema.primaryKey) {
        const keys = table.records.map((rec) => r.schema.primaryKey!.map((k) => rec.cells[k]).join("|"));
        expect(new Set(keys).size, `${r.path} primary key`).toBe(keys.length);
      }
    }
  });

  it("lists every file it serves, so the ZIP and the page can describe it", () => {
    const described = new Set(pkg.resources.map((x) => x.path));
    for (const name of files.keys()) if (name !== "datapackage.json") expect(described, name).toContain(name);
  });
});
