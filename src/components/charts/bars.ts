// Labelled horizontal bars, the workhorse chart. Every bar carries its value
// and, when there are series, the series name in words, so colour is never
// the only key. Narrow layout puts category names on their own line above the
// bars, on as many lines as they need; wide layout puts them to the left. Bars
// always start at zero.
import * as Plot from "@observablehq/plot";
import { palette, WIDTHS, type Layout } from "../../lib/plot/palette.ts";
import type { Bar } from "../../lib/figures/rows.ts";
import { CHAR, MARGIN_RIGHT, nameMargin, rowsFrame } from "./rows-frame.ts";

export interface BarOptions {
  layout: Layout;
  /** Colour per series name; single-series charts use dark blue. */
  colors?: Record<string, string>;
  /** Upper end of the value scale (100 for percentages). */
  max?: number;
}

const key = (b: Bar) => `${b.category}\u0001${b.series ?? ""}`;
const labelKey = (c: string, line: number) => `label\u0001${c}\u0001${line}`;
// Bold names run wider than CHAR: this many fit across the narrow chart on one line.
const NARROW_LINE = Math.floor((WIDTHS.narrow - 12) / (CHAR * 1.1));

/** A category name as the lines it takes above its bars in the narrow layout:
 *  broken at spaces, so a long name never runs past the chart's right edge. */
export function labelLines(name: string, perLine = NARROW_LINE): string[] {
  const lines: string[] = [];
  for (const word of name.split(" ")) {
    const last = lines.at(-1);
    if (last !== undefined && (last + " " + word).length <= perLine) lines[lines.length - 1] = last + " " + word;
    else lines.push(word);
  }
  return lines;
}
const gapKey = (c: string) => `gap\u0001${c}`;

export function barsChart(bars: Bar[], { layout, colors = {}, max }: BarOptions): Plot.PlotOptions {
  const categories = [...new Set(bars.map((b) => b.category))];
  const narrow = layout === "narrow";
  // Band order: (narrow: a label row) then each series' bar, then a gap row.
  const domain = categories.flatMap((c, i) => [
    ...(narrow ? labelLines(c).map((_, line) => labelKey(c, line)) : []),
    ...bars.filter((b) => b.category === c).map(key),
    ...(i < categories.length - 1 ? [gapKey(c)] : []),
  ]);
  const width = WIDTHS[layout];
  const longest = Math.max(...categories.map((c) => c.length));
  const marginLeft = narrow ? 4 : nameMargin(longest);
  // With every bar a gap there is nothing to scale to: a nominal 0 to 100 keeps the labels in place.
  const top = Math.max(max ?? 0, ...bars.map((b) => b.interval?.[1] ?? b.value ?? 0)) || 100;
  const plotWidth = width - marginLeft - MARGIN_RIGHT;
  // Room after each bar for its own label: the scale runs far enough that every
  // bar's end plus its label fits inside the chart (a bar keeps at least 20px).
  const labelPx = (b: Bar) => ((b.series ? b.series.length + 2 : 0) + b.label.length) * CHAR + 12;
  const xMax = Math.max(top, ...bars.map((b) => (Math.max(b.value ?? 0, b.interval?.[1] ?? 0) * plotWidth) / Math.max(plotWidth - labelPx(b), 20)));
  const fill = (b: Bar) => (b.series ? (colors[b.series] ?? palette.darkBlue) : palette.darkBlue);
  const withIntervals = bars.filter((b) => b.interval);
  // A suppressed or missing figure has no bar: its label ("[c] suppressed") stands at zero, so it reads as a gap, never as zero.
  const drawn = bars.filter((b) => b.value !== null);

  return {
    ...rowsFrame(domain, width, marginLeft, 4),
    x: { domain: [0, xMax], axis: null },
    marks: [
      Plot.barX(drawn, { x: "value", y: key, fill }),
      ...(withIntervals.length
        ? [
            // A white halo keeps the interval line visible over dark bars.
            Plot.ruleY(withIntervals, { y: key, x1: (b: Bar) => b.interval![0], x2: (b: Bar) => b.interval![1], stroke: "#fff", strokeWidth: 5 }),
            Plot.ruleY(withIntervals, { y: key, x1: (b: Bar) => b.interval![0], x2: (b: Bar) => b.interval![1], stroke: "#0b0c0c", strokeWidth: 2 }),
          ]
        : []),
      Plot.text(bars, {
        x: (b: Bar) => Math.max(b.value ?? 0, b.interval?.[1] ?? 0),
        y: key,
        text: (b: Bar) => (b.series ? `${b.series}: ${b.label}` : b.label),
        textAnchor: "start",
        dx: 4,
        fill: "#0b0c0c",
      }),
      narrow
        ? Plot.text(
            categories.flatMap((c) => labelLines(c).map((text, line) => ({ c, line, text }))),
            { x: 0, y: (l: { c: string; line: number }) => labelKey(l.c, l.line), text: "text", textAnchor: "start", fill: "#0b0c0c", fontWeight: 700 },
          )
        : Plot.text(
            bars.filter((b, i) => bars.findIndex((x) => x.category === b.category) === i),
            {
              x: 0,
              y: key,
              text: "category",
              textAnchor: "end",
              dx: -8,
              fill: "#0b0c0c",
            },
          ),
      Plot.ruleX([0], { stroke: palette.darkGrey, ariaHidden: "true" }),
    ],
  };
}
