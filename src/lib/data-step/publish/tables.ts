// Flattens records into the CSV twins of the JSON files, with one fixed,
// documented column order per kind. Figures go through src/lib/data-step/publish/figure-csv.ts,
// which service bundles share; every CSV is written by src/lib/io/csv-write.ts.
import { toCsv } from "../../io/csv-write.ts";
import { guideSchema, serviceSchema, type Flow, type Guide, type Service } from "../../contract/site.ts";

export { FIGURE_CSV_COLUMNS, figuresCsv } from "./figure-csv.ts";

export const FLOW_CSV_COLUMNS = ["topic", "from", "to", "value", "document", "table", "section", "remark", "derivation"] as const;

// A service's and a guide's CSV columns are its contract's fields, in order: the CSV and JSON twins cannot differ.
export const SERVICE_CSV_COLUMNS = Object.keys(serviceSchema.shape) as (keyof Service)[];

export const GUIDE_CSV_COLUMNS = Object.keys(guideSchema.shape) as (keyof Guide)[];

export function flowsCsv(flows: Flow[]): string {
  return toCsv(
    [...FLOW_CSV_COLUMNS],
    flows.map(({ source, ...f }) => ({ ...f, ...source })),
  );
}

export function servicesCsv(services: Service[]): string {
  return toCsv([...SERVICE_CSV_COLUMNS], services);
}

export function guidesCsv(guides: Guide[]): string {
  return toCsv([...GUIDE_CSV_COLUMNS], guides);
}
