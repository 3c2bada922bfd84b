// Flattens records into the CSV twins of the JSON files, with arquero doing the
// column selection and ordering so every CSV has a fixed, documented shape.
import { from, toCSV } from "arquero";
import type { Figure, Flow, Guide, Service } from "../../src/lib/schema.ts";

export const FIGURE_CSV_COLUMNS = [
  "id", "dataset", "group", "topic", "period", "category", "measure", "value", "base", "precision",
  "variant", "derived", "derivation", "document", "table", "section", "notes", "remark",
] as const;

export const FLOW_CSV_COLUMNS = ["topic", "from", "to", "value", "document", "table", "section", "remark", "derivation"] as const;

export const SERVICE_CSV_COLUMNS = [
  "localAuthority", "region", "serviceType", "serviceName", "organisation", "referralCriteria",
  "lengthOfOffer", "evaluated", "links", "contacts", "truncated", "remark",
] as const;

export const GUIDE_CSV_COLUMNS = ["council", "title", "themes", "summary", "listedIn", "recurrentCare", "remark"] as const;

function csv(columns: readonly string[], rows: Record<string, unknown>[]): string {
  const flat = rows.map((r) => Object.fromEntries(columns.map((c) => [c, Array.isArray(r[c]) ? (r[c] as unknown[]).join(" ") : r[c] ?? null])));
  // One newline ends the last row; a second would be a blank row to CSV readers.
  return toCSV(from(flat).select([...columns])).replace(/\n*$/, "\n");
}

export function figuresCsv(figures: Figure[]): string {
  return csv(FIGURE_CSV_COLUMNS, figures.map(({ source, ...f }) => ({ ...f, ...source })));
}

export function flowsCsv(flows: Flow[]): string {
  return csv(FLOW_CSV_COLUMNS, flows.map(({ source, ...f }) => ({ ...f, ...source })));
}

export function servicesCsv(services: Service[]): string {
  return csv(SERVICE_CSV_COLUMNS, services as unknown as Record<string, unknown>[]);
}

export function guidesCsv(guides: Guide[]): string {
  return csv(GUIDE_CSV_COLUMNS, guides as unknown as Record<string, unknown>[]);
}
