// Flattens records into the CSV twins of the JSON files, with one fixed,
// documented column order per kind. Figures go through src/lib/data-step/publish/figure-csv.ts,
// which service bundles share; every CSV is written by src/lib/io/csv-write.ts.
import { toCsv } from "../../io/csv-write.ts";
import type { Flow, Guide, Service } from "../../contract/site.ts";

export { FIGURE_CSV_COLUMNS, figuresCsv } from "./figure-csv.ts";

export const FLOW_CSV_COLUMNS = ["topic", "from", "to", "value", "document", "table", "section", "remark", "derivation"] as const;

export const SERVICE_CSV_COLUMNS = [
  "localAuthority",
  "region",
  "serviceType",
  "serviceName",
  "organisation",
  "criteriaInOurWords",
  "lengthOfOffer",
  "evaluated",
  "links",
  "contacts",
  "truncated",
  "remark",
] as const;

export const GUIDE_CSV_COLUMNS = ["council", "title", "themes", "summary", "listedIn", "recurrentCare", "remark"] as const;

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
