// Frictionless Table Schemas for the three files, written from standard.ts.
// The committed copies in schemas/ are what councils download; a unit test
// fails if they drift from this function's output.
import { COLUMNS, STANDARD_VERSION, TOPIC_VALUES, type ColumnDef, type FileName } from "./standard.ts";

function field(def: ColumnDef): Record<string, unknown> {
  const constraints: Record<string, unknown> = { required: def.required === true };
  if (def.kind === "month") constraints.pattern = "^[0-9]{4}-(0[1-9]|1[0-2])$";
  if (def.kind === "integer") Object.assign(constraints, { minimum: def.min, maximum: def.max });
  if (def.codes) constraints.enum = def.codes.map((x) => x.value);
  if (def.name.endsWith("_id") && !def.description.startsWith("Must be")) constraints.unique = true;
  const out: Record<string, unknown> = {
    name: def.name,
    title: def.title,
    description: typeof def.required === "string" ? `${def.description} (required when ${def.required} is given)` : def.description,
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
    fields: COLUMNS[file].map(field),
    missingValues: [""],
  };
  if (file === "parents.csv") schema.primaryKey = ["parent_id"];
  if (file === "children.csv") {
    schema.primaryKey = ["child_id"];
    schema.foreignKeys = [{ fields: ["family_id"], reference: { resource: "parents", fields: ["family_id"] } }];
  }
  if (file === "circumstances.csv") {
    schema.primaryKey = ["parent_id", "time", "topic"];
    schema.foreignKeys = [{ fields: ["parent_id"], reference: { resource: "parents", fields: ["parent_id"] } }];
    // Table Schema cannot say "allowed values depend on another column"; this extension does.
    schema.valuesByTopic = Object.fromEntries(Object.entries(TOPIC_VALUES).map(([t, codes]) => [t, codes.map((x) => x.value)]));
  }
  return schema;
}

/** A blank template: the header row only. */
export function templateCsv(file: FileName): string {
  return COLUMNS[file].map((d) => d.name).join(",") + "\n";
}
