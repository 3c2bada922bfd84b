// The rows each chart spec draws. They live in src/lib so that builders can
// make them without importing components: components import lib,
// never the reverse.
import type { Flow } from "../contract/site.ts";
import type { GssSymbol } from "../contract/site.ts";

/** One bar of the labelled bars chart. */
export interface Bar {
  category: string;
  /** Series name (e.g. "Women"); omit for a single series. */
  series?: string;
  /** Null for a figure that is suppressed or not available: drawn as a labelled gap, never as zero. */
  value: number | null;
  /** Text at the end of the bar, e.g. "51% (19 of 37)", or "[c] suppressed" for a gap. */
  label: string;
  /** Optional 95% interval, drawn as a thin line across the bar end. */
  interval?: [number, number];
  /** Why there is no bar, when value is null. */
  symbol?: GssSymbol;
}

/** A bar for a figure known only as a percentage, or a dot with its interval for one with a (small) base. */
export interface IntervalRow {
  category: string;
  /** Percentage, 0 to 100. */
  value: number;
  /** Text after the bar or interval, e.g. "75% (3 of 4)". */
  label: string;
  /** A 95% interval in percent: the row is drawn as a dot and interval, not a bar. */
  interval?: [number, number];
  /** Text under the interval, e.g. "95% interval: 30% to 95%". */
  intervalLabel?: string;
  /** Why there is no share (value is then ignored): the row is a labelled gap, never a bar at zero. */
  symbol?: GssSymbol;
}

/** The flow chart's input: flows with column headings and preferred orders. */
export interface FlowRows {
  flows: Flow[];
  fromHeading: string;
  toHeading: string;
  fromOrder?: string[];
  toOrder?: string[];
}

export interface Tile {
  abbr: string;
  name: string;
  col: number;
  row: number;
  /** Key of a TileCategory. */
  category: string;
  /** Drawn inside the group outline (e.g. Greater Manchester). */
  outlined: boolean;
  /** Where the tile links to (an in-page anchor). */
  href: string;
}

export interface TileCategory {
  key: string;
  label: string;
  /** One letter, shown in narrow tiles and in the key. */
  code: string;
  /** A short word, shown in wide tiles. */
  short: string;
  count: number;
  fill: string;
  /** Text colour on the fill (contrast at least 4.5:1). */
  ink: string;
}

/** One row of the summary page's small charts: a bar from zero, an arrow from `from` to `value`, or a dot with its interval. */
export interface SummaryRow {
  /** Short name and number, e.g. "Partner abuse: 57% to 20%": at most 33 characters, the width of a narrow chart. */
  text: string;
  value: number;
  /** Start of an arrow that ends at `value`. */
  from?: number;
  /** A 95% interval: drawn as a dot and a line, not a bar. */
  interval?: [number, number];
  /** Muted fill for a comparison row (e.g. all children in Salford). */
  muted?: boolean;
}
