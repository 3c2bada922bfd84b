// A funnel plot: each unit's percentage against its number of cases, with the
// centre line and the 95% and 99.8% control limits, all computed in src/lib
// and passed in the rows. Every dot carries its name; a unit beyond a limit is
// a triangle pointing the way it lies (ringed beyond 99.8%), so colour is never
// the only cue, and line styles differ (solid, dashed, dotted) and are keyed in
// words under the chart.
import * as Plot from "@observablehq/plot";
import { palette, WIDTHS, type Layout } from "../../lib/plot/palette.ts";
import type { FunnelDot, FunnelLineName, FunnelRows } from "../../lib/figures/funnel-rows.ts";

// The row types live in src/lib (components import lib, never the reverse).
export type { FunnelRows };

export interface FunnelChartOptions {
  layout: Layout;
  /** x axis title; default "Number of cases". */
  xLabel?: string;
}

const INK = "#0b0c0c";
const TICKS = [0, 25, 50, 75, 100];
const AXIS = 44; // room under the frame for the x ticks and title
const KEY_ROW = 24;
const LINE_STYLE: Record<FunnelLineName, { stroke: string; strokeWidth: number; strokeDasharray?: string; strokeLinecap?: "round" }> = {
  pooled: { stroke: palette.darkBlue, strokeWidth: 2 },
  "95": { stroke: palette.darkGrey, strokeWidth: 1.5, strokeDasharray: "6,4" },
  "99.8": { stroke: palette.darkGrey, strokeWidth: 2, strokeDasharray: "1,4", strokeLinecap: "round" },
};
const MARKER = {
  inside: { symbol: "circle", r: 5, fill: palette.darkBlue, stroke: "#fff", strokeWidth: 1 },
  "95": { symbol: "triangle", r: 6.5, fill: palette.orange, stroke: INK, strokeWidth: 1 },
  "99.8": { symbol: "triangle", r: 6.5, fill: palette.darkPink, stroke: INK, strokeWidth: 1 },
} as const;
const RING = { r: 11, fill: "none", stroke: palette.darkPink, strokeWidth: 2 } as const;

const band = (d: FunnelDot) => (d.class === "inside" ? "inside" : d.class.endsWith("99.8") ? "99.8" : "95");
const pointing = (d: FunnelDot) => (d.class.startsWith("below") ? 180 : 0);

/** A short horizontal stroke, for line samples in the key (Plot strokes it with the mark's dash). */
const segment = {
  draw(context: { moveTo(x: number, y: number): void; lineTo(x: number, y: number): void }) {
    context.moveTo(-12, 0);
    context.lineTo(12, 0);
  },
};

export function funnelChart(rows: FunnelRows, { layout, xLabel = "Number of cases" }: FunnelChartOptions): Plot.PlotOptions {
  const narrow = layout === "narrow";
  const width = WIDTHS[layout];
  const marginLeft = 48; // "100%" at 14px
  const marginRight = 16;
  const plotHeight = narrow ? 240 : 300;
  const xMax = Math.max(...rows.lines.map((l) => l.denominator), ...rows.dots.map((d) => d.denominator));

  // Key: the three lines, then the three markers; one column when narrow, three when wide.
  const key = [
    { text: rows.lineLabels.pooled, line: "pooled" as const },
    { text: rows.lineLabels["95"], line: "95" as const },
    { text: rows.lineLabels["99.8"], line: "99.8" as const },
    { text: "Within 95% limits", marker: "inside" as const },
    { text: "Outside 95% limits", marker: "95" as const },
    { text: "Outside 99.8% limits", marker: "99.8" as const },
  ].map((k, i) => {
    const [col, row] = narrow ? [0, i] : [Math.floor(i / 3), i % 3];
    // Offsets in pixels from the frame's bottom-left corner.
    return { ...k, dx: -marginLeft + 4 + col * 210 + 12, dy: AXIS + row * KEY_ROW + KEY_ROW / 2 };
  });
  // Dots are labelled with numbers, named in the key below: names beside dots collide where services are alike.
  const names = rows.dots.map((d, i) => ({
    text: `${i + 1}  ${d.label}`,
    dx: -marginLeft + 4 + 12,
    dy: AXIS + ((narrow ? key.length : 3) + i) * KEY_ROW + KEY_ROW / 2,
  }));
  const numbered = rows.dots.map((d, i) => ({ ...d, number: String(i + 1) }));
  const keyRows = (narrow ? key.length : 3) + names.length;
  const keyAt = (k: (typeof key)[number]) => ({ frameAnchor: "bottom-left" as const, dx: k.dx, dy: k.dy });

  // A label beside its dot; near the right edge it goes on the dot's left instead.
  const right = (d: FunnelDot) => d.denominator > xMax * 0.7;
  const GAP = 14; // clears the 99.8% ring (radius 11)
  // A white halo keeps a label readable where it crosses a limit line.
  const halo = { fill: INK, stroke: "#fff", strokeWidth: 4, paintOrder: "stroke" } as const;

  return {
    width,
    height: 12 + plotHeight + AXIS + keyRows * KEY_ROW + 4,
    marginTop: 12,
    marginLeft,
    marginRight,
    marginBottom: AXIS + keyRows * KEY_ROW + 4,
    x: { domain: [0, xMax], label: xLabel, labelAnchor: "right", labelArrow: "none", labelOffset: 36, ticks: narrow ? 4 : 8, tickSize: 4 },
    y: { domain: [0, 100], ticks: TICKS, tickFormat: (d: number) => `${d}%`, label: null, tickSize: 0 },
    marks: [
      Plot.gridY(TICKS, { stroke: palette.darkGrey, strokeOpacity: 0.2 }),
      Plot.ruleX([0], { stroke: palette.darkGrey }),
      ...(["99.8", "95", "pooled"] as const).map((name) =>
        Plot.line(
          rows.lines.filter((l) => l.line === name),
          { x: "denominator", y: "percent", z: "side", ...LINE_STYLE[name] },
        ),
      ),
      Plot.dot(
        rows.dots.filter((d) => band(d) === "99.8"),
        { x: "denominator", y: "percent", ...RING },
      ),
      ...(["inside", "95", "99.8"] as const).map((b) =>
        Plot.dot(
          rows.dots.filter((d) => band(d) === b),
          { x: "denominator", y: "percent", rotate: pointing, ...MARKER[b] },
        ),
      ),
      Plot.text(
        numbered.filter((d) => !right(d)),
        { x: "denominator", y: "percent", text: "number", textAnchor: "start", dx: GAP, fontWeight: 700, ...halo },
      ),
      Plot.text(numbered.filter(right), { x: "denominator", y: "percent", text: "number", textAnchor: "end", dx: -GAP, fontWeight: 700, ...halo }),
      // The key, drawn in the bottom margin: a sample of each line or marker, then its words.
      ...key.flatMap((k) => [
        k.line
          ? Plot.dot([k], { ...keyAt(k), symbol: segment, r: 1, fill: "none", ...LINE_STYLE[k.line] })
          : Plot.dot([k], { ...keyAt(k), ...MARKER[k.marker] }),
        ...(k.marker === "99.8" ? [Plot.dot([k], { ...keyAt(k), ...RING })] : []),
        Plot.text([k], { ...keyAt(k), dx: k.dx + 20, text: "text", textAnchor: "start", fill: INK }),
      ]),
      ...names.map((n) => Plot.text([n], { frameAnchor: "bottom-left", dx: n.dx, dy: n.dy, text: "text", textAnchor: "start", fill: INK })),
    ],
  };
}
