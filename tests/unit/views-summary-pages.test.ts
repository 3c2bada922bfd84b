// The views behind the summary's three-year card, /the-service/ and
// /views-and-recommendations/, from the real data. Expected values are the
// report's own (Tables 4 and 6, "Practitioner reported outcomes", Referrals,
// Preventative outcomes, Greater Manchester context), not read back from output.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { pipelineFigures } from "./pipeline-figures.ts";
import { changes, changesTitle, direction, SAME_WITHIN } from "../../src/lib/figures/summary-changes.ts";
import { outcomeBars, outcomesTable, outcomesTitle, practitionerOutcomes, shortName } from "../../src/lib/figures/practitioner-outcomes.ts";
import { serviceView } from "../../src/lib/pages/the-service.ts";
import { summaryChart } from "../../src/components/charts/summary.ts";
import { renderSvg } from "../../src/lib/plot/render.ts";
import { publishedSet } from "../../src/lib/figures/set.ts";

const all = ["headline", "wellbeing", "partner-abuse", "costs"].flatMap(pipelineFigures);
const set = publishedSet(all, "Salford");

describe("direction of a change", () => {
  it("calls a change under the threshold 'about the same', whichever way it goes", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }), (a, b) => {
        const d = direction(a, b);
        if (Math.abs(b - a) < SAME_WITHIN) return d === "about the same";
        return d === (b < a ? "lower" : "higher");
      }),
    );
  });
  it("reads the six measures from Tables 4 and 6: three fell, three did not", () => {
    const cs = changes(set);
    expect(cs.map((c) => [c.key, c.direction])).toEqual([
      ["partner-abuse", "lower"], ["alcohol", "lower"], ["drugs", "lower"],
      ["medication", "about the same"], ["unemployed", "about the same"], ["homeless", "about the same"],
    ]);
    // Unemployment: 39 of 58 at referral, 39 of 56 after three years (Table 6).
    const unemployed = cs.find((c) => c.key === "unemployed")!;
    expect([unemployed.before.count.value, unemployed.before.count.base, unemployed.after.count.value, unemployed.after.count.base]).toEqual([39, 58, 39, 56]);
  });
  it("titles a measure that rose as 'more often'", () => {
    const cs = changes(set).map((c) => (c.key === "homeless" ? { ...c, direction: "higher" as const } : c));
    expect(changesTitle(cs)).toMatch(/; homelessness more often$/);
  });
});

describe("practitioner-reported outcomes", () => {
  const v = practitionerOutcomes(pipelineFigures("wellbeing"), set);
  it("has the report's thirteen outcomes, women and men, against the sample of 37 women and 28 men", () => {
    // Twelve bullets; the first names two outcomes (continuous or good engagement, engagement with the service).
    expect(v.rows).toHaveLength(13);
    expect(v.bases).toEqual({ women: 37, men: 28 });
    // Children in nursery provision or school: 17 women and 10 men.
    expect(v.rows.find((r) => r.category === "Children in nursery or school")).toMatchObject({ women: 17, men: 10 });
  });
  it("states the two recorded most often, from the counts", () => {
    // 17 + 10 = 27 and 16 + 8 = 24 are the two largest totals.
    expect(outcomesTitle(v)).toBe("After three years, practitioners most often recorded children in nursery or school (17 women, 10 men) and accessing services or courses (16 women, 8 men)");
  });
  it("labels every bar with its count out of the sample, and never a percentage", () => {
    const bars = outcomeBars(v, { women: "Women", men: "Men" });
    expect(bars).toHaveLength(26);
    expect(bars.find((b) => b.series === "Women" && b.category === "Children in nursery or school")?.label).toBe("17 of 37");
    expect(bars.every((b) => !b.label.includes("%"))).toBe(true);
    expect(outcomesTable(v).rows.every((r) => r.length === 3)).toBe(true);
    // A category name sits on its own line of a 320px chart: about 40 characters at 14px.
    for (const r of v.rows) expect(shortName(r.category).length, r.category).toBeLessThanOrEqual(40);
  });
});

describe("the service page's figures", () => {
  it("gives the 15 Pathway A referrals, the assumed 2 of 15 at 13.2%, and the 10 councils", () => {
    const s = serviceView(set);
    expect([s.pathwayA.value, s.estimated.value, s.estimated.base, s.share.value, s.councils.value]).toEqual([15, 2, 15, 13.2, 10]);
    expect(s.referralPeriod).toBe("1 April 2014 and 31 March 2019");
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
