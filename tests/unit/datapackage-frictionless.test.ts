// datapackage.json must be a valid Frictionless Tabular Data Package (v1): the
// package and each resource against the published JSON Schema profiles, and
// each CSV against its own Table Schema (header, types, primary key, row count,
// checksum, no blank last row). Built from data/ through the real pipeline, so
// no earlier "npm run data" is needed.
import { readFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import Ajv from "ajv-draft-04";
import { runPipeline } from "../../src/lib/pipeline.ts";
import { parseCsv } from "../../src/lib/io/csv-read.ts";
import { outputFiles } from "../../scripts/lib/outputs.ts";
import { realFiles } from "./real-outputs.ts";

const ROOT = new URL("../../", import.meta.url).pathname;
const profile = (name: string) => JSON.parse(readFileSync(`${ROOT}tests/fixtures/frictionless/${name}.json`, "utf8")) as object;

type Field = { name: string; type: string; constraints?: { enum?: string[] } };
type Resource = { name: string; path: string; profile: string; rows: number; bytes: number; hash: string; schema: { fields: Field[]; primaryKey?: string[] } };
type Package = { profile: string; licenses?: unknown; description: string; resources: Resource[]; jsonFiles: { path: string }[] };

let files: Map<string, string>;
let pkg: Package;
beforeAll(() => {
  const sources = realFiles();
  const { outputs, problems } = runPipeline(sources);
  expect(problems).toEqual([]);
  files = outputFiles(outputs!, sources);
  pkg = JSON.parse(files.get("datapackage.json")!) as Package;
});

const validator = (name: string) => new Ajv({ allErrors: true, strict: false }).compile(profile(name));

describe("datapackage.json against the Frictionless v1 profiles", () => {
  it("is a valid tabular data package", () => {
    const validate = validator("tabular-data-package");
    const ok = validate(pkg);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
    expect(pkg.profile).toBe("tabular-data-package");
  });

  it("rejects what the issue found wrong: an empty licence list and a plain data-package profile", () => {
    const validate = validator("tabular-data-package");
    expect(validate({ ...pkg, licenses: [] })).toBe(false);
    expect(validate({ ...pkg, profile: "data-package" })).toBe(false);
  });

  it("states that no licence is granted, without a licenses property", () => {
    expect(pkg).not.toHaveProperty("licenses");
    expect(pkg.description).toMatch(/Licence: none is granted/);
  });

  it("has every resource valid as a tabular data resource, relations.csv among them", () => {
    const validate = validator("tabular-data-resource");
    expect(pkg.resources.length).toBeGreaterThan(10);
    for (const r of pkg.resources) {
      expect(validate(r), `${r.name}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
    expect(pkg.resources.map((r) => r.path)).toContain("relations.csv");
  });
});

const intOk = (v: string) => v === "" || /^-?\d+$/.test(v);
const numOk = (v: string) => v === "" || (v.trim() === v && Number.isFinite(Number(v)));
const boolOk = (v: string) => v === "" || v === "true" || v === "false";

describe("each CSV against its own Table Schema", () => {
  it("matches its header, types, enums, primary key, row count and checksum, and ends without a blank row", () => {
    for (const r of pkg.resources) {
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

  it("lists every JSON file it serves beside the tables, so the ZIP and the page can describe it", () => {
    const described = new Set([...pkg.resources, ...pkg.jsonFiles].map((x) => x.path));
    for (const name of files.keys()) if (name !== "datapackage.json") expect(described, name).toContain(name);
  });
});
