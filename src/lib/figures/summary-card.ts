// The summary page's small charts: each headline's chart as data, and the
// figure model the frame draws from it (folded under the card on the page).
import type { TableModel } from "../table.ts";
import type { FigureModel } from "./model.ts";
import type { SummaryRow } from "./rows.ts";

/** A headline's small chart: everything the figure frame needs, as data. */
export interface SummaryFigure {
  id: string;
  title: string;
  /** The text alternative: what the chart draws, in words. */
  summary: string;
  rows: SummaryRow[];
  /** Upper end of the scale (100 for percentages); the largest value otherwise. */
  max?: number;
  table: TableModel;
  dataset: string;
  source: string;
}

/** The card's chart as a figure model: its text alternative is also its summary; cautions and flags are the card's own. */
export function summaryCardFigure(c: SummaryFigure): FigureModel {
  return {
    id: c.id,
    title: c.title,
    summary: c.summary,
    alt: c.summary,
    chart: { kind: "summary", rows: c.rows, ...(c.max !== undefined ? { max: c.max } : {}) },
    table: c.table,
    bases: [],
    cautions: [],
    notes: [],
    dataset: c.dataset,
    source: c.source,
  };
}
