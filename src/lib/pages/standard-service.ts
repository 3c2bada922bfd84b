// /standard/: service.json field by field, read from the field table the import's
// messages and the JSON Schema are written from (src/lib/tracker/service-fields.ts).
import { SERVICE_FIELDS } from "../tracker/service-fields.ts";

export interface ServiceFieldRow {
  name: string;
  type: string;
  /** "Required", "Optional", or "Required in period" for a field inside an optional object. */
  required: string;
  meaning: string;
  /** JSON text, or "Leave it out" for a field a real service should not set. */
  example: string;
}

export const SERVICE_SCHEMA_HREF = "/standard/service.schema.json";
export const SERVICE_TEMPLATE_HREF = "/standard/service.json";

export function serviceFieldRows(): ServiceFieldRow[] {
  return SERVICE_FIELDS.map((f) => {
    const parent = f.name.includes(".") ? f.name.slice(0, f.name.indexOf(".")) : null;
    return {
      name: f.name,
      type: f.type,
      required: f.required ? (parent ? `Required when ${parent} is given` : "Required") : "Optional",
      meaning: f.meaning,
      example: f.example ?? "Leave it out",
    };
  });
}
