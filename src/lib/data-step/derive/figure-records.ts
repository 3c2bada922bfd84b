// Turns checked rows into Figure records: the long-form contract of figures.json.
import type { Figure, Measure } from "../../contract/site.ts";
import { decimalsOf, type Row } from "../read/cells.ts";

/** "Children's Social Care" → "childrens-social-care"; "19 or under" → "19-or-under". */
export function slug(text: string): string {
  return text
    .toLowerCase()
    .replaceAll("%", " pc")
    .replaceAll("&", " and ")
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

export interface FigureKey {
  dataset: string;
  topic: string | null;
  category: string;
  group: string;
  period: string | null;
  measure: string;
  variant: string | null;
}

/** dataset.topic.category.group.period.measure[.variant], empty parts left out. */
export function figureId(k: FigureKey): string {
  return [k.dataset, k.topic, k.category, k.group, k.period, k.measure, k.variant]
    .filter((p): p is string => p !== null && p !== "")
    .map((p, i) => (i === 0 ? p : slug(p)))
    .join(".");
}

const text = (row: Row, name: string): string | null => (row.cells[name] as string | null) ?? null;

/** Where a figure came from in the source file, for error messages. */
export interface Located {
  figure: Figure;
  file: string;
  line: number;
}

export function rowToFigure(row: Row, dataset: string, document: string): Located {
  const valueText = row.raw["value"] ?? "";
  const key: FigureKey = {
    dataset,
    topic: text(row, "topic"),
    category: text(row, "category") ?? "",
    group: text(row, "group") ?? "",
    period: text(row, "period"),
    measure: text(row, "measure") ?? "",
    variant: text(row, "variant"),
  };
  const figure: Figure = {
    id: figureId(key),
    dataset,
    source: { document, table: text(row, "table") ?? "", section: text(row, "section") ?? "" },
    group: key.group,
    topic: key.topic,
    period: key.period,
    category: key.category,
    measure: key.measure as Measure,
    value: row.cells["value"] as number,
    base: (row.cells["base"] as number | null) ?? null,
    // The rounding unit: stated, or implied by the digits printed.
    precision: (row.cells["precision"] as number | null) ?? 10 ** -decimalsOf(valueText),
    variant: key.variant,
    derived: false,
    derivation: null,
    remark: text(row, "note"),
    notes: [],
  };
  return { figure, file: row.file, line: row.line };
}
