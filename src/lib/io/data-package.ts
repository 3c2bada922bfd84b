// The parts of a Data Package (v2, https://datapackage.org/standard/) that both
// writers share: the site's package of public/data/ (src/lib/data-step/publish/datapackage.ts)
// and a service bundle's own package (tracker/bundle.ts). One way to describe a
// file: its size in bytes and its SHA-256, prefixed with the algorithm's name as
// v2's `hash` asks for any algorithm but MD5. Runs in the browser too (no Buffer).
import { sha256 } from "./sha256.ts";

/** The profile every package this project writes declares, and is tested against (tests/fixtures/frictionless/). */
export const DATA_PACKAGE_PROFILE = "https://datapackage.org/profiles/2.0/datapackage.json";

/** A file as a resource: where it is, how many bytes it has and its checksum. */
export const fileResource = (name: string, path: string, text: string) => ({
  name,
  path,
  bytes: new TextEncoder().encode(text).length,
  hash: `sha256:${sha256(text)}`,
});

/** A CSV as a tabular resource (`type: "table"`), with its row count and its Table Schema. */
export const tableResource = <S extends object>(file: ReturnType<typeof fileResource>, rows: number, schema: S) => ({
  ...file,
  type: "table" as const,
  format: "csv",
  mediatype: "text/csv",
  encoding: "utf-8",
  rows,
  schema,
});

/** A JSON file as a resource: not a table, so no `type` (v2 then takes it as a file of its format). */
export const jsonResource = (file: ReturnType<typeof fileResource>) => ({ ...file, format: "json", mediatype: "application/json" });
