import { describe, expect, it } from "vitest";
import { intervalBarsChart, type IntervalRow } from "../../src/components/charts/interval-bars.ts";
import { renderSvg } from "../../src/lib/plot/render.ts";
import { normalizeSvg } from "./snapshot.ts";

// A small fixed fixture in the shape of the school-readiness chart: two
// percentages printed without a base, one 3-of-4 with its Wilson interval
// (30.06% to 95.44%, worked by hand for p = 0.75, n = 4).
const rows: IntervalRow[] = [
  { category: "Salford: all children", value: 67.7, label: "67.7% (number not given)" },
  { category: "Salford: looked after children", value: 50, label: "50% (number not given)" },
  { category: "Children of supported parents", value: 75, label: "75% (3 of 4)", interval: [30.06, 95.44], intervalLabel: "95% interval: 30% to 95%" },
];
const a11y = { id: "t", title: "3 of 4 children reached the level", description: "Bars and an interval." };

describe("intervalBarsChart", () => {
  for (const layout of ["narrow", "wide"] as const) {
    it(`renders the ${layout} layout`, async () => {
      const svg = renderSvg(intervalBarsChart(rows, { layout }), a11y);
      await expect(normalizeSvg(svg)).toMatchFileSnapshot(`__snapshots__/interval-bars-${layout}.svg`);
    });
  }

  it("writes every value, and the interval's range, as text", () => {
    const svg = renderSvg(intervalBarsChart(rows, { layout: "wide" }), a11y);
    for (const text of ["67.7% (number not given)", "75% (3 of 4)", "95% interval: 30% to 95%", "100%"]) expect(svg).toContain(text);
  });

  it("draws a bar for rows without an interval and a dot with end caps for the one with", () => {
    const spec = intervalBarsChart(rows, { layout: "wide" });
    const marks = spec.marks as { data?: unknown[]; constructor: { name: string } }[];
    const named = (name: string) => marks.filter((m) => m.constructor.name === name);
    expect(named("BarX")[0]!.data).toHaveLength(2);
    expect(named("Dot")[0]!.data).toHaveLength(1);
    expect(named("TickX")).toHaveLength(2);
  });

  it("keeps the 0 to 100% scale and leaves room after the interval for its label", () => {
    const spec = intervalBarsChart(rows, { layout: "narrow" });
    const [lo, hi] = (spec.x as { domain: number[] }).domain as [number, number];
    expect(lo).toBe(0);
    expect(hi).toBeGreaterThanOrEqual(100);
    const plotWidth = 320 - (spec.marginLeft as number) - 8;
    // The interval's end plus its label ("75% (3 of 4)", 12 characters at about 7.6px) fits in the plot.
    expect((95.44 / hi) * plotWidth + 6 + 12 * 7.6).toBeLessThanOrEqual(plotWidth);
    expect(spec.width).toBe(320);
  });

  it("puts category names on their own rows when narrow", () => {
    const domain = (intervalBarsChart(rows, { layout: "narrow" }).y as { domain: string[] }).domain;
    expect(domain.slice(0, 2)).toEqual(["label\u0001Salford: all children", "bar\u0001Salford: all children"]);
    expect(domain).toContain("note\u0001Children of supported parents");
  });
});

describe("intervalBarsChart with a suppressed row", () => {
  const trend: IntervalRow[] = [
    { category: "April 2019 to March 2023", value: 50, label: "50% (30 of 60)", interval: [37.7, 62.3], intervalLabel: "95% interval: 38% to 62%" },
    { category: "April 2023 to March 2024", value: 0, label: "[c] suppressed", symbol: "c" },
  ];
  for (const layout of ["narrow", "wide"] as const) {
    it(`draws the gap as its label alone, never a bar or dot at zero (${layout})`, async () => {
      const spec = intervalBarsChart(trend, { layout });
      const marks = spec.marks as { data?: IntervalRow[]; constructor: { name: string } }[];
      expect(marks.filter((m) => m.constructor.name === "BarX").flatMap((m) => m.data ?? [])).toEqual([]);
      expect(marks.filter((m) => m.constructor.name === "Dot").flatMap((m) => m.data ?? [])).toEqual([trend[0]]);
      const svg = renderSvg(spec, a11y);
      expect(svg).toContain("[c] suppressed");
      await expect(normalizeSvg(svg)).toMatchFileSnapshot(`__snapshots__/interval-bars-gap-${layout}.svg`);
    });
  }
});
