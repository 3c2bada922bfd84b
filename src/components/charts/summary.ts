// The summary page's small charts: one row per figure, its name and number in
// words on a line of their own, the mark beneath. A row is a bar from zero, an
// arrow from one value to another (at referral → after three years), or a dot
// with its 95% interval. Words carry every number, so colour and length are
// never the only key; the frame's table gives the bases.
import * as Plot from "@observablehq/plot";
import { palette, type Layout } from "../../lib/plot/palette.ts";
import type { SummaryRow } from "../../lib/figures/rows.ts";

/**
 * Summary cards are narrower than a findings page: 260px fits a 390px phone
 * and the print column at full size, 420px fits a card of the two-column grid,
 * so the 14px chart text is drawn at (or close to) its own size.
 */
export const SUMMARY_WIDTHS: Record<Layout, number> = { narrow: 260, wide: 420 };

const ROW = 40;
const ink = "#0b0c0c";

export function summaryChart(rows: SummaryRow[], { layout, max }: { layout: Layout; max?: number }): Plot.PlotOptions {
  const width = SUMMARY_WIDTHS[layout];
  const top = max ?? Math.max(...rows.map((r) => Math.max(r.value, r.from ?? 0, r.interval?.[1] ?? 0)));
  // Row i spans y from i to i + 1: its words in the top half, its mark below.
  const at = rows.map((r, i) => ({ ...r, label: i + 0.32, lo: i + 0.52, hi: i + 0.88, mid: i + 0.7 }));
  type At = (typeof at)[number];
  const bars = at.filter((r) => r.from === undefined && !r.interval);
  const arrows = at.filter((r) => r.from !== undefined);
  const dots = at.filter((r) => r.interval);
  return {
    width,
    height: rows.length * ROW + 8,
    marginLeft: 4,
    marginRight: 10,
    marginTop: 4,
    marginBottom: 4,
    x: { domain: [0, top], axis: null },
    y: { domain: [0, rows.length], reverse: true, axis: null },
    marks: [
      // The full scale, faint, so an arrow's place between 0 and 100% can be read.
      Plot.rect(at, { x1: 0, x2: top, y1: "lo", y2: "hi", fill: palette.darkGrey, fillOpacity: 0.08 }),
      Plot.rect(bars, { x1: 0, x2: "value", y1: "lo", y2: "hi", fill: (r: At) => (r.muted ? palette.turquoise : palette.darkBlue) }),
      Plot.dot(arrows, { x: "from", y: "mid", r: 4, fill: "#fff", stroke: palette.darkBlue, strokeWidth: 2 }),
      Plot.arrow(arrows, { x1: "from", x2: "value", y1: "mid", y2: "mid", stroke: palette.darkBlue, strokeWidth: 2.5, headLength: 9, insetStart: 4 }),
      Plot.link(dots, { x1: (r: At) => r.interval![0], x2: (r: At) => r.interval![1], y1: "mid", y2: "mid", stroke: ink, strokeWidth: 2 }),
      Plot.link(dots, { x1: (r: At) => r.interval![0], x2: (r: At) => r.interval![0], y1: "lo", y2: "hi", stroke: ink, strokeWidth: 2 }),
      Plot.link(dots, { x1: (r: At) => r.interval![1], x2: (r: At) => r.interval![1], y1: "lo", y2: "hi", stroke: ink, strokeWidth: 2 }),
      Plot.dot(dots, { x: "value", y: "mid", r: 6, fill: palette.darkBlue, stroke: "#fff", strokeWidth: 1.5 }),
      Plot.text(at, { x: 0, y: "label", text: "text", textAnchor: "start", fill: ink, fontWeight: 700 }),
      Plot.ruleX([0], { y1: 0.45, y2: rows.length, stroke: palette.darkGrey }),
    ],
  };
}
