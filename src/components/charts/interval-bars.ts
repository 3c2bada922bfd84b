// Bars for figures known only as a percentage, beside a dot with a 95% interval
// for a figure with a (small) base. The interval is the point of the chart, so
// it is drawn in black with end caps and its range is written beneath it, and a
// percentage axis lets readers see which bars' ends fall inside it. A row with
// a GSS symbol (a suppressed share) is its label alone, never a bar at zero.
import * as Plot from "@observablehq/plot";
import { palette, WIDTHS, type Layout } from "../../lib/plot/palette.ts";
import type { IntervalRow } from "../../lib/figures/rows.ts";
import { CHAR, MARGIN_RIGHT, nameMargin, rowsFrame } from "./rows-frame.ts";

// The row type lives in src/lib (components import lib, never the reverse).
export type { IntervalRow };

const TICKS = [0, 25, 50, 75, 100];

const barKey = (r: IntervalRow) => `bar\u0001${r.category}`;
const labelKey = (r: IntervalRow) => `label\u0001${r.category}`;
const noteKey = (r: IntervalRow) => `note\u0001${r.category}`;
const gapKey = (r: IntervalRow) => `gap\u0001${r.category}`;

export function intervalBarsChart(rows: IntervalRow[], { layout }: { layout: Layout }): Plot.PlotOptions {
  const narrow = layout === "narrow";
  const domain = rows.flatMap((r, i) => [
    ...(narrow ? [labelKey(r)] : []),
    barKey(r),
    ...(r.intervalLabel ? [noteKey(r)] : []),
    ...(i < rows.length - 1 ? [gapKey(r)] : []),
  ]);
  const width = WIDTHS[layout];
  // Narrow: room for the "0%" tick label, centred on zero.
  const marginLeft = narrow ? 16 : nameMargin(Math.max(...rows.map((r) => r.category.length)));
  const plotWidth = width - marginLeft - MARGIN_RIGHT;
  // Every label must fit after the end of its bar or interval: find the scale that allows it.
  const need = rows.map((r) => {
    const end = r.symbol ? 0 : (r.interval?.[1] ?? r.value);
    const room = Math.max(plotWidth - (r.label.length * CHAR + 12), plotWidth * 0.35);
    return (end * plotWidth) / room;
  });
  const xMax = Math.max(100, ...need);
  const gaps = rows.filter((r) => r.symbol);
  const bars = rows.filter((r) => !r.interval && !r.symbol);
  const dots = rows.filter((r) => r.interval && !r.symbol);
  const ink = "#0b0c0c";

  return {
    ...rowsFrame(domain, width, marginLeft, 32),
    x: { domain: [0, xMax], ticks: TICKS, tickFormat: (d: number) => `${d}%`, label: null, tickSize: 0 },
    marks: [
      Plot.gridX(TICKS, { stroke: palette.darkGrey, strokeOpacity: 0.25 }),
      Plot.barX(bars, { x: "value", y: barKey, fill: palette.darkBlue }),
      Plot.text(bars, { x: "value", y: barKey, text: "label", textAnchor: "start", dx: 4, fill: ink }),
      Plot.text(gaps, { x: 0, y: barKey, text: "label", textAnchor: "start", dx: 4, fill: ink }),
      Plot.ruleY(dots, { y: barKey, x1: (r: IntervalRow) => r.interval![0], x2: (r: IntervalRow) => r.interval![1], stroke: ink, strokeWidth: 2 }),
      Plot.tickX(dots, { x: (r: IntervalRow) => r.interval![0], y: barKey, stroke: ink, strokeWidth: 2 }),
      Plot.tickX(dots, { x: (r: IntervalRow) => r.interval![1], y: barKey, stroke: ink, strokeWidth: 2 }),
      Plot.dot(dots, { x: "value", y: barKey, r: 6, fill: palette.darkBlue, stroke: "#fff", strokeWidth: 1.5 }),
      Plot.text(dots, { x: (r: IntervalRow) => r.interval![1], y: barKey, text: "label", textAnchor: "start", dx: 6, fill: ink }),
      Plot.text(
        dots.filter((r) => r.intervalLabel),
        { x: (r: IntervalRow) => r.interval![0], y: noteKey, text: "intervalLabel", textAnchor: "start", fill: ink },
      ),
      narrow
        ? Plot.text(rows, { x: 0, y: labelKey, text: "category", textAnchor: "start", fill: ink, fontWeight: 700 })
        : Plot.text(rows, { x: 0, y: barKey, text: "category", textAnchor: "end", dx: -8, fill: ink }),
      Plot.ruleX([0], { stroke: palette.darkGrey }),
    ],
  };
}
