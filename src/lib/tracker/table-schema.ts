// Frictionless Table Schemas for the three files, written from standard.ts.
// The committed copies in schemas/ are what councils download; a unit test
// fails if they drift from this function's output.
import { csvRows } from "../io/csv-write.ts";
import { COLUMNS, STANDARD_VERSION, TOPIC_VALUES, type ColumnDef, type FileName } from "./standard.ts";

// Each file's key. A column is unique only when it is the whole key: family_id
// repeats in parents.csv (parents referred together share it).
export const PRIMARY_KEY: Record<FileName, string[]> = {
  "parents.csv": ["parent_id"],
  "circumstances.csv": ["parent_id", "time", "topic"],
  "children.csv": ["child_id"],
};

function field(file: FileName, def: ColumnDef): Record<string, unknown> {
  const constraints: Record<string, unknown> = { required: def.required === true };
  if (def.kind === "month") constraints.pattern = "^[0-9]{4}-(0[1-9]|1[0-2])$";
  // Not digits alone: such an id may be a case number from another system (TR-IDENT-CASE-NUMBER).
  if (def.kind === "id") constraints.pattern = ".*[^0-9].*";
  if (def.kind === "integer") Object.assign(constraints, { minimum: def.min, maximum: def.max });
  if (def.codes) constraints.enum = def.codes.map((x) => x.value);
  const key = PRIMARY_KEY[file];
  if (key.length === 1 && key[0] === def.name) constraints.unique = true;
  // Table Schema has no conditional "required", so the description says it (once).
  const when = typeof def.required === "string" ? `required when ${def.required} is given` : null;
  const out: Record<string, unknown> = {
    name: def.name,
    title: def.title,
    description: when && !def.description.includes(when) ? `${def.description} (${when})` : def.description,
    type: def.kind === "integer" ? "integer" : def.kind === "month" ? "yearmonth" : "string",
    constraints,
  };
  if (def.kind === "month") out.format = "default";
  if (def.codes) out.categories = def.codes.map((x) => (x.dfe ? { value: x.value, label: x.label, dfe: x.dfe } : { value: x.value, label: x.label }));
  return out;
}

export function tableSchema(file: FileName): Record<string, unknown> {
  const schema: Record<string, unknown> = {
    $schema: "https://datapackage.org/profiles/2.0/tableschema.json",
    title: `Strengthening Families tracker standard v${STANDARD_VERSION}: ${file}`,
    fields: COLUMNS[file].map((def) => field(file, def)),
    missingValues: [""],
    primaryKey: PRIMARY_KEY[file],
  };
  if (file === "children.csv") {
    schema.foreignKeys = [{ fields: ["family_id"], reference: { resource: "parents", fields: ["family_id"] } }];
  }
  if (file === "circumstances.csv") {
    schema.foreignKeys = [{ fields: ["parent_id"], reference: { resource: "parents", fields: ["parent_id"] } }];
    // Table Schema cannot say "allowed values depend on another column"; this extension does.
    schema.valuesByTopic = Object.fromEntries(Object.entries(TOPIC_VALUES).map(([t, codes]) => [t, codes.map((x) => x.value)]));
  }
  return schema;
}

/** A blank template: the header row only. */
export function templateCsv(file: FileName): string {
  return csvRows([COLUMNS[file].map((d) => d.name)]);
}
