import { describe, expect, it } from "vitest";
import { summaryChart, SUMMARY_WIDTHS } from "../../src/components/charts/summary.ts";
import type { SummaryRow } from "../../src/lib/figures/rows.ts";
import { renderSvg } from "../../src/lib/plot/render.ts";
import { normalizeSvg } from "./snapshot.ts";

// A small fixed fixture in the shape of the summary's cards (not read from
// data/, so the snapshot changes only when the chart code does).
const rows: SummaryRow[] = [
  { text: "Partner abuse: 57% to 20%", from: 57, value: 20 },
  { text: "Homeless: 3% to 4%", from: 3, value: 4 },
  { text: "Parents' children: 3 of 4", value: 75, interval: [30, 95] },
  { text: "All children in Salford: 67.7%", value: 67.7, muted: true },
];
const a11y = { id: "t", title: "Partner abuse was recorded less often", description: "Arrows and bars." };

describe("summaryChart", () => {
  for (const layout of ["narrow", "wide"] as const) {
    it(`renders the ${layout} layout`, async () => {
      const svg = renderSvg(summaryChart(rows, { layout, max: 100 }), a11y);
      await expect(normalizeSvg(svg)).toMatchFileSnapshot(`__snapshots__/summary-${layout}.svg`);
    });
  }

  it("draws at the card widths, one 40px row per figure", () => {
    const spec = summaryChart(rows, { layout: "narrow", max: 100 });
    expect(spec.width).toBe(SUMMARY_WIDTHS.narrow);
    expect(spec.height).toBe(rows.length * 40 + 8);
  });

  it("scales to the largest value when no maximum is given, bars from zero", () => {
    const spec = summaryChart(
      [
        { text: "a", value: 209 },
        { text: "b", value: 37 },
      ],
      { layout: "wide" },
    );
    expect((spec.x as { domain: number[] }).domain).toEqual([0, 209]);
  });
});

describe("the summary chart", () => {
  it("draws arrows, bars and intervals with every row's words as text", () => {
    const rows = [
      { text: "Partner abuse: 57% to 20%", from: 57, value: 20 },
      { text: "All children: 67.7%", value: 67.7, muted: true },
      { text: "Parents' children: 3 of 4", value: 75, interval: [30, 95] as [number, number] },
    ];
    const svg = renderSvg(summaryChart(rows, { layout: "narrow", max: 100 }), { id: "t", title: "T", description: "D" });
    for (const r of rows) expect(svg).toContain(`>${r.text}</text>`);
    // One arrow (a path), one interval with its two end ticks, one bar.
    expect(svg.match(/<path /g)).toHaveLength(4);
    expect(svg).toMatch(/width="260"/);
  });
});
