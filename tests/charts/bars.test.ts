import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { barsChart, labelLines } from "../../src/components/charts/bars.ts";
import type { Bar } from "../../src/lib/figures/rows.ts";
import { renderSvg } from "../../src/lib/plot/render.ts";
import { pair } from "../../src/lib/plot/palette.ts";
import { normalizeSvg } from "./snapshot.ts";

// A small fixed fixture in the shape of Table 2 (not read from data/, so the
// snapshot changes only when the chart code does).
const bars: Bar[] = [
  { category: "Midwifery", series: "Women", value: 51, label: "51% (19 of 37)" },
  { category: "Midwifery", series: "Men", value: 54, label: "54% (15 of 28)", interval: [36, 70] },
  { category: "Police", series: "Women", value: 3, label: "3% (1 of 37)" },
  { category: "Police", series: "Men", value: 0, label: "0% (0 of 28)", interval: [0, 12] },
];
const colors = { Women: pair.women, Men: pair.men };
const a11y = { id: "t", title: "Midwives referred most parents", description: "Bars by source and sex." };

describe("barsChart", () => {
  for (const layout of ["narrow", "wide"] as const) {
    it(`renders the ${layout} layout`, async () => {
      const svg = renderSvg(barsChart(bars, { layout, colors }), a11y);
      await expect(normalizeSvg(svg)).toMatchFileSnapshot(`__snapshots__/bars-${layout}.svg`);
    });
  }

  it("labels every bar with its series in words, not colour alone", () => {
    const svg = renderSvg(barsChart(bars, { layout: "wide", colors }), a11y);
    for (const text of ["Women: 51% (19 of 37)", "Men: 54% (15 of 28)", "Men: 0% (0 of 28)"]) expect(svg).toContain(text);
  });

  it("puts category names on their own rows when narrow", () => {
    const spec = barsChart(bars, { layout: "narrow", colors });
    const domain = (spec.y as { domain: string[] }).domain;
    expect(domain[0]).toBe("label\u0001Midwifery\u00010");
    expect(spec.width).toBe(320);
  });

  it("breaks a long category name over lines at spaces when narrow, each its own row", () => {
    const name = "Known to children's social care in childhood";
    expect(labelLines(name)).toEqual(["Known to children's social care in", "childhood"]);
    expect(labelLines("Midwifery")).toEqual(["Midwifery"]);
    // A word longer than a line stands alone rather than being split.
    expect(labelLines("a Supercalifragilistic b", 10)).toEqual(["a", "Supercalifragilistic", "b"]);
    const spec = barsChart([{ category: name, label: "40% (8 of 20)", value: 40 }], { layout: "narrow" });
    const domain = (spec.y as { domain: string[] }).domain;
    expect(domain.slice(0, 2)).toEqual([`label\u0001${name}\u00010`, `label\u0001${name}\u00011`]);
    expect(spec.height).toBe(3 * 26 + 8);
  });

  it("starts bars at zero", () => {
    const spec = barsChart(bars, { layout: "wide", colors });
    expect((spec.x as { domain: number[] }).domain[0]).toBe(0);
  });
});

describe("barsChart with a suppressed figure", () => {
  const gapBars: Bar[] = [
    { category: "Midwifery", series: "Women", value: 51, label: "51% (19 of 37)" },
    { category: "Midwifery", series: "Men", value: null, label: "[c] suppressed", symbol: "c" },
  ];

  it("draws no bar for it, never a zero-length one, but keeps its label", () => {
    const svg = renderSvg(barsChart(gapBars, { layout: "wide", colors }), a11y);
    expect(svg.match(/<rect/g)).toHaveLength(1);
    expect(svg).toContain("Men: [c] suppressed");
  });

  it("renders the wide layout with the gap", async () => {
    const svg = renderSvg(barsChart(gapBars, { layout: "wide", colors }), a11y);
    await expect(normalizeSvg(svg)).toMatchFileSnapshot("__snapshots__/bars-gap-wide.svg");
  });
});

describe("renderSvg", () => {
  const svg = renderSvg(barsChart(bars, { layout: "wide", colors }), a11y);

  it("names the chart with its title and description", () => {
    expect(svg).toMatch(/^<svg[^>]*role="img"/);
    expect(svg).toContain('aria-labelledby="t-title t-desc"');
    expect(svg).toContain('<title id="t-title">Midwives referred most parents</title>');
  });

  it("leaves no aria-label on groups and no inline <style> (CSP)", () => {
    expect(svg).not.toContain("aria-label=");
    expect(svg).not.toContain("<style");
  });

  it("sets chart text to at least 11px at a 320px width", () => {
    const size = Number(/font-size="(\d+)"/.exec(svg)?.[1]);
    // The narrow chart is drawn at 320 wide and may shrink to 288 on a 320 screen.
    expect(size * (288 / 320)).toBeGreaterThanOrEqual(11);
  });
});

describe("barsChart with every bar a gap", () => {
  // A service whose shares are all suppressed (their base is hidden) but whose counts are shown.
  const gaps: Bar[] = [
    { category: "Child in need", value: null, label: "19 (share [c])", symbol: "c" },
    { category: "Adopted", value: null, label: "[c] suppressed", symbol: "c" },
  ];

  it("puts the gaps' labels where a gap's label sits beside drawn bars, not in the middle of an empty scale", () => {
    const xOf = (svg: string, label: string) => Number(new RegExp(`translate\\(([\\d.]+),[^>]*>${label.replace(/[[\]()]/g, "\\$&")}<`).exec(svg)?.[1]);
    for (const layout of ["narrow", "wide"] as const) {
      const alone = renderSvg(barsChart(gaps, { layout }), a11y);
      const beside = renderSvg(barsChart([{ category: "Child in need", value: 30, label: "30% (9 of 30)" }, gaps[1]!], { layout }), a11y);
      const expected = xOf(beside, "[c] suppressed");
      expect(Number.isFinite(expected), layout).toBe(true);
      expect(xOf(alone, "[c] suppressed"), layout).toBe(expected);
      expect(xOf(alone, "19 (share [c])"), layout).toBe(expected);
    }
  });
});

describe("barsChart labels stay inside the chart", () => {
  // Estimated the way the chart estimates: CHAR px per character, 12px of padding.
  const CHAR = 7.6;
  const arbBar = fc.record({
    category: fc.constantFrom("Adoption", "Looked after child", "Not a service outcome"),
    series: fc.option(fc.constantFrom("At-home status", "Not with parents"), { nil: undefined }),
    value: fc.double({ min: 0, max: 100, noNaN: true }),
    label: fc.string({ minLength: 1, maxLength: 24 }),
  });
  it.each(["narrow", "wide"] as const)("puts every bar's end and its label inside the %s chart", (layout) => {
    fc.assert(
      fc.property(fc.array(arbBar, { minLength: 1, maxLength: 8 }), (bars) => {
        const spec = barsChart(bars, { layout, max: 100 });
        const plotWidth = (spec.width as number) - (spec.marginLeft as number) - 8;
        const xMax = (spec.x as { domain: number[] }).domain[1]!;
        for (const b of bars) {
          const labelPx = ((b.series ? b.series.length + 2 : 0) + b.label.length) * CHAR + 12;
          // A label too long for any bar to fit is allowed its 20px bar; all others fit.
          if (labelPx > plotWidth - 20) continue;
          expect(((b.value ?? 0) * plotWidth) / xMax + labelPx).toBeLessThanOrEqual(plotWidth + 1e-9);
        }
      }),
    );
  });
});
