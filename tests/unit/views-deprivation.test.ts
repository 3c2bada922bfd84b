import { describe, expect, it } from "vitest";
import type { Figure } from "../../src/lib/schema.ts";
import { bandLabel, bandsOf, deprivationView, ordinal, withinMostDeprived } from "../../src/lib/views/deprivation.ts";
import { fig } from "./figure-fixture.ts";

// The chart's six fractions (e.g. 0.25213675213675213 = 59/234) as the data
// build recovers them: 59 + 28 + 69 + 33 + 18 + 27 = 234.
const printed: [string, number][] = [["Top 3%", 59], ["Top 5%", 28], ["Top 10%", 69], ["Top 20%", 33], ["Top 30%", 18], ["Not in Top 30%", 27]];
const band = (category: string, value: number, base = 234): Figure =>
  fig({ group: "clients with a known IMD rank", topic: "IMD band", category, measure: "count", value, base, derived: true });
const rank = fig({ group: "Salford", topic: "Salford's rank", period: "2019", category: "IMD 2019 rank among local authorities", measure: "count", value: 18, base: 317 });
const figures = [rank, ...printed.map(([c, v]) => band(c, v))];

describe("bandsOf", () => {
  const bands = bandsOf(figures);

  it("reads each band's edges from the printed labels, bands not overlapping", () => {
    expect(bands.map((b) => [b.printed, b.from, b.to])).toEqual([
      ["Top 3%", 0, 3], ["Top 5%", 3, 5], ["Top 10%", 5, 10], ["Top 20%", 10, 20], ["Top 30%", 20, 30], ["Not in Top 30%", 30, null],
    ]);
  });

  it("says what each band holds in words", () => {
    expect(bands[0]!.meaning).toBe("The most deprived 3% of areas");
    expect(bands[1]!.meaning).toBe("Between the most deprived 3% and 5% of areas");
    expect(bands[5]!.meaning).toBe("Outside the most deprived 30% of areas");
    expect(bands.map(bandLabel)).toEqual(["Top 3% (most deprived)", "Top 5% (3% to 5%)", "Top 10% (5% to 10%)", "Top 20% (10% to 20%)", "Top 30% (20% to 30%)", "Not in Top 30%"]);
  });

  it("computes whole percentages from count and base", () => {
    expect(bands.map((b) => b.percent)).toEqual([25, 12, 29, 14, 8, 12]); // 59/234 = 25.2%, 28/234 = 12.0%...
  });

  it("rejects a label it cannot read or a gap between bands", () => {
    expect(() => bandsOf([band("Most deprived", 5)])).toThrow(/cannot read/);
    expect(() => bandsOf([band("Top 3%", 5), band("Not in Top 5%", 5)])).toThrow(/does not start where/);
  });
});

describe("withinMostDeprived", () => {
  const bands = bandsOf(figures);

  it("adds the bands ending at or below the limit: 59 + 28 + 69 = 156 of 234", () => {
    expect(withinMostDeprived(bands, 10)).toEqual({ limit: 10, count: 156, base: 234, percent: 67, bands: ["Top 3%", "Top 5%", "Top 10%"] });
    expect(withinMostDeprived(bands, 30).count).toBe(207);
  });

  it("refuses a limit that falls inside a band", () => {
    expect(() => withinMostDeprived(bands, 7)).toThrow(/no band ends at 7%/);
  });
});

describe("deprivationView", () => {
  const view = deprivationView(figures);

  it("labels bars with the percent and count, and marks the sum as ours in the table", () => {
    expect(view.bars[0]).toEqual({ category: "Top 3% (most deprived)", value: 25, label: "25% (59 of 234)" });
    expect(view.table.rows.at(-1)).toEqual(["First 3 bands together", "The most deprived 10% of areas (our sum)", "67% (156 of 234)"]);
    expect(view.table.caption).toContain("counts recovered");
    expect(view.recovered).toBe(true);
  });

  it("carries Salford's rank with its base", () => {
    expect(view.rank).toEqual({ rank: 18, of: 317, period: "2019" });
  });

  it("fails when the bands do not add up to their base", () => {
    expect(() => deprivationView([rank, ...printed.map(([c, v], i) => band(c, i === 0 ? v + 1 : v))])).toThrow(/add to 235, not 234/);
  });
});

describe("ordinal", () => {
  it("uses the right English suffix", () => {
    expect([1, 2, 3, 4, 11, 12, 13, 18, 21, 22, 111, 317].map(ordinal)).toEqual(["1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "18th", "21st", "22nd", "111th", "317th"]);
  });
});
