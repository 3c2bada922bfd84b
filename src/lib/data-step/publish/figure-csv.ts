// The one figures CSV: Salford's figures.csv and every service bundle's
// figures.csv share these columns, this writer and these field descriptions,
// so a researcher reads both the same way. A figure that is not published has
// an empty value and a GSS symbol in its own column (value_symbol, base_symbol),
// so value and base load as numbers in any CSV reader.
import { toCsv } from "../../io/csv-write.ts";
import { SYMBOLS, type GssSymbol } from "../../contract/site.ts";
import { MEASURES } from "../../contract/site.ts";

/** Columns of every figures CSV: Salford's, and the first columns of a bundle's. */
export const FIGURE_CSV_COLUMNS = [
  "id",
  "dataset",
  "group",
  "topic",
  "period",
  "category",
  "measure",
  "value",
  "value_symbol",
  "base",
  "base_symbol",
  "precision",
  "variant",
  "derived",
  "derivation",
  "document",
  "table",
  "section",
  "notes",
  "remark",
] as const;

/** A bundle's figures.csv: the same columns, then what only a bundle has (the standard's label, a flow's ends). */
export const BUNDLE_CSV_COLUMNS = [...FIGURE_CSV_COLUMNS, "label", "from", "to"] as const;

/** The symbols a figures CSV may hold, each in its own column, never in value or base. */
const SYMBOL_WORDS = "c: suppressed to protect confidentiality (disclosure control); x: not available; z: not applicable (a share of nobody)";

export interface CsvField {
  type: "string" | "number" | "integer" | "boolean";
  description: string;
  constraints?: { enum: string[] };
}

/** A column's Table Schema field: its type, what it holds and, where only some values are allowed, which. */
export function field(type: CsvField["type"], description: string, values?: readonly string[]): CsvField {
  return { type, description, ...(values ? { constraints: { enum: [...values] } } : {}) };
}

/** A column holding a GSS symbol (value_symbol, base_symbol): one of c, x or z, or empty. */
export const symbolField = (description: string): CsvField => field("string", description, SYMBOLS);

/** What each column holds, for the data packages (Table Schema fields) and the /data/ page. */
export const FIGURE_CSV_FIELDS: Record<(typeof BUNDLE_CSV_COLUMNS)[number], CsvField> = {
  id: field("string", "Stable figure identifier: dataset.topic.category.group.period.measure"),
  dataset: field("string", "Dataset the figure belongs to"),
  group: field("string", "Who the figure is about"),
  topic: field("string", "Sub-heading within the dataset"),
  period: field("string", "When (at referral, after three years, a year)"),
  category: field("string", "Row label as printed in the source; in a service bundle, the tracker standard's code (label has its words)"),
  measure: field(
    "string",
    "Unit of value: percent means value 51 is 51%; gbp is pounds sterling; rate_per_10000 is per 10,000 children; rank is a position out of base (1 = first); fte is full-time equivalent posts; ratio is value in base (1 in 4)",
    MEASURES,
  ),
  value: field("number", "The figure, in the unit given by measure; empty when it is not published, and value_symbol says why"),
  value_symbol: symbolField(`Why value is empty, as a GSS symbol (written [c], [x], [z] in tables): ${SYMBOL_WORDS}. Empty when value is published`),
  base: field("integer", "The n the figure is out of; empty when there is none or it is hidden (base_symbol says which)"),
  base_symbol: symbolField(`Empty when base is published or the figure has no base; otherwise why base is empty: ${SYMBOL_WORDS}`),
  precision: field("number", "Rounding unit of the printed value (1 for whole numbers, 0.1 for one decimal place)"),
  variant: field("string", "Marks a restatement printed elsewhere in the source with a different value"),
  derived: field(
    "boolean",
    "True when the figure is not a printed cell: a count recovered from chart fractions, this site's own grouping, a value whose placement in its category was inferred, or a share computed from a service's count and base (see derivation)",
  ),
  derivation: field("string", "How a derived figure, a placement or a base was obtained"),
  document: field("string", "Source document"),
  table: field("string", "Source table, chart data series or section"),
  section: field("string", "Section of the source document"),
  notes: field(
    "string",
    "Space-separated ids of notes on this figure: entries in ledger.json (disagreements in the source), or a service's deprivation edition",
  ),
  remark: field("string", "Transcription remark; for a service bundle, whether its data is synthetic"),
  label: field("string", "The tracker standard's words for category (service bundles only)"),
  from: field("string", "A flow's status at the start (service bundles only)"),
  to: field("string", "A flow's status at the end (service bundles only)"),
};

/** One figure in either contract: Salford's (src/lib/contract/site.ts) or a bundle's (src/lib/tracker/figures.ts). */
export interface FigureCsvInput {
  id?: string;
  dataset: string;
  group: string;
  topic?: string | null;
  period?: string | null;
  category: string;
  label?: string;
  measure: string;
  value: number | null;
  symbol?: GssSymbol | null;
  base: number | null;
  baseSymbol?: GssSymbol | null;
  precision?: number;
  variant?: string | null;
  derived: boolean;
  derivation?: string | null;
  source: string | { document: string; table: string; section: string };
  notes?: readonly string[];
  remark?: string | null;
  from?: string;
  to?: string;
}

function row(f: FigureCsvInput): Record<string, unknown> {
  const source = typeof f.source === "string" ? { document: f.source, table: null, section: null } : f.source;
  return {
    ...f,
    ...source,
    value_symbol: f.value === null ? (f.symbol ?? "x") : null,
    base_symbol: f.base === null ? (f.baseSymbol ?? null) : null,
    notes: f.notes ?? [],
  };
}

/** figures.csv for Salford's figures (`columns` defaults) or a bundle's (BUNDLE_CSV_COLUMNS). */
export function figuresCsv(figures: readonly FigureCsvInput[], columns: readonly string[] = FIGURE_CSV_COLUMNS): string {
  return toCsv([...columns], figures.map(row));
}

/** Symbols and empty cells a CSV reader must treat as missing: only the empty cell, since symbols have their own columns. */
export const MISSING_VALUES = [""];

/** The Table Schema of a figures CSV with these columns, for a data package. */
export function figureCsvSchema(columns: readonly (typeof BUNDLE_CSV_COLUMNS)[number][] = FIGURE_CSV_COLUMNS) {
  return { fields: columns.map((name) => ({ name, ...FIGURE_CSV_FIELDS[name] })), missingValues: MISSING_VALUES, primaryKey: ["id"] };
}
