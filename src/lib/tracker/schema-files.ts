// Every file in schemas/, by name, as `npm run examples` writes it: each CSV file's
// Table Schema and blank template, and service.json's JSON Schema and template.
// /standard/ serves the committed copies; tracker-files.test.ts fails if they drift.
import { stableJson } from "../io/json.ts";
import { serviceSchema, serviceTemplate } from "./service-fields.ts";
import { FILES } from "./standard.ts";
import { tableSchema, templateCsv } from "./table-schema.ts";

export function schemaFiles(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const file of FILES) {
    const stem = file.replace(/\.csv$/, "");
    out[`${stem}.schema.json`] = stableJson(tableSchema(file));
    out[`${stem}.template.csv`] = templateCsv(file);
  }
  out["service.schema.json"] = stableJson(serviceSchema());
  // Not stableJson: the template keeps the fields in the order the page describes them.
  out["service.template.json"] = serviceTemplate();
  return out;
}
