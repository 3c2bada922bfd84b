// A figure model: everything the Figure frame needs to show one chart with its
// table, as plain data. Builders make models from figure sets; the frame
// (src/components/Figure.astro) renders any model; pages only list models.
import type { TableModel } from "../table.ts";
import type { Bar, FlowRows, IntervalRow, SummaryRow, Tile, TileCategory } from "./rows.ts";
import type { FunnelRows } from "./funnel-rows.ts";

export type { TableModel };

/** What to draw: the chart kind and its rows. */
export type ChartModel =
  | { kind: "bars"; rows: Bar[]; colors?: Record<string, string>; max?: number }
  | { kind: "interval-bars"; rows: IntervalRow[] }
  | ({ kind: "flow" } & FlowRows)
  | ({ kind: "funnel"; xLabel?: string } & FunnelRows)
  | { kind: "summary"; rows: SummaryRow[]; max?: number }
  | { kind: "tile-map"; tiles: Tile[]; categories: TileCategory[]; outlineLabel: string };

export interface Base {
  /** Who the base counts, in words: "women in the evaluation sample". */
  who: string;
  n: number;
}

export interface FigureModel {
  /** Anchor id, unique on the page. */
  id: string;
  /** States the finding, computed from the rows. */
  title: string;
  /** A sentence or two saying what the chart shows, every number computed. */
  summary: string;
  /** Text alternative for the chart image: what is drawn and how. */
  alt: string;
  chart: ChartModel;
  table: TableModel;
  bases: Base[];
  /** Shown in caution boxes: small bases, suppressed or recovered figures. */
  cautions: string[];
  /** Ledger entry ids that concern the figures shown. */
  notes: string[];
  /** Dataset id: the downloads. */
  dataset: string;
  /** Table or chart in the source, e.g. "Table 2". */
  source: string;
}
