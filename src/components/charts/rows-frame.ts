// The frame the two horizontal bar charts share (bars.ts, interval-bars.ts): one
// band of ROW px for each key of the y domain (label lines, bars, gaps between
// categories), category names in a left margin sized to the longest, and 8px
// kept free on the right.
import type * as Plot from "@observablehq/plot";

export const ROW = 26;
export const CHAR = 7.6; // average glyph width at 14px system-ui, for margins
const MARGIN_TOP = 4;
export const MARGIN_RIGHT = 8;

/** The wide layout's left margin: room for the longest category name, at most 260px. */
export const nameMargin = (longest: number): number => Math.min(260, Math.ceil(longest * CHAR) + 16);

/** Size, margins and the y scale of a chart of rows; marginBottom holds the x axis, if any. */
export function rowsFrame(domain: string[], width: number, marginLeft: number, marginBottom: number): Plot.PlotOptions {
  return {
    width,
    height: domain.length * ROW + MARGIN_TOP + marginBottom,
    marginLeft,
    marginRight: MARGIN_RIGHT,
    marginTop: MARGIN_TOP,
    marginBottom,
    y: { domain, axis: null, padding: 0.2 },
  };
}
