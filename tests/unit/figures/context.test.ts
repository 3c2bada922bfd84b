import { describe, expect, it } from "vitest";
import type { Figure } from "../../../src/lib/contract/site.ts";
import { rateComparison, rateTitle, salfordChange, yearsSentence } from "../../../src/lib/figures/context.ts";
import { fig } from "../../fixtures/figure-fixture.ts";

// The report's Situation Analysis figures, as printed.
const lac = "looked after children";
const lacRate = (group: string, period: string, value: number) =>
  fig({ group, topic: lac, period, category: "Looked after children per 10,000 children aged under 18", measure: "rate_per_10000", value });
const teen = "teenage conceptions";
const teenRate = (group: string, value: number, variant: string | null = null) =>
  fig({
    group,
    topic: teen,
    period: "2018",
    category: "Conceptions per 1,000 girls",
    measure: "rate_per_1000",
    value,
    variant,
    notes: group === "England" ? ["england-teenage-conceptions"] : [],
  });
const figures: Figure[] = [
  lacRate("Salford", "2014", 111),
  lacRate("Salford", "2018", 103),
  lacRate("Salford", "2019", 103),
  lacRate("England", "2015", 60),
  lacRate("England", "2019", 60),
  lacRate("North West", "2014", 82),
  lacRate("North West", "2019", 94),
  fig({ group: "Salford", topic: lac, period: "2019", category: "Looked after children", measure: "count", value: 583 }),
  teenRate("Salford", 29),
  teenRate("England", 16.7),
  teenRate("North West", 21.7),
  teenRate("England", 19, "approximate"),
  fig({ group: "mothers", topic: "recurrence", period: "2007-2014", category: "Birth mothers in proceedings", measure: "count", value: 43541 }),
  fig({ group: "mothers", topic: "recurrence", period: "2007-2014", category: "Recurrence within seven years", measure: "percent", value: 23.7, base: 43541 }),
  fig({ group: "Salford", topic: "repeat", period: "2005-2012", category: "Share of looked after children", measure: "percent", value: 65 }),
  fig({ group: "Salford", topic: "repeat", period: "2005-2012", category: "Average gap", measure: "months", value: 17 }),
];

describe("rateComparison", () => {
  const c = rateComparison(figures, lac);

  it("orders areas Salford first and each area's years oldest first", () => {
    expect(c.bars.map((b) => `${b.category} ${b.series}: ${b.label}`)).toEqual([
      "Salford 2014: 111 per 10,000",
      "Salford 2018: 103 per 10,000",
      "Salford 2019: 103 per 10,000",
      "North West 2014: 82 per 10,000",
      "North West 2019: 94 per 10,000",
      "England 2015: 60 per 10,000",
      "England 2019: 60 per 10,000",
    ]);
  });

  it("compares Salford only in a year every area has", () => {
    expect(c.common).toBe("2019");
    expect(c.salfordIs).toBe("higher");
    expect(rateTitle(c, "The rate of looked after children")).toBe(
      "The rate of looked after children in Salford was higher than in the North West and England in 2019: 103 against 94 and 60 per 10,000",
    );
  });

  it("says the years differ instead of hiding it", () => {
    expect(c.sameYears).toBe(false);
    expect(yearsSentence(c)).toBe(
      "The report gives figures for Salford 2014, 2018 and 2019; the North West 2014 and 2019; England 2015 and 2019. The years do not all match, so bars for different years are not a fair comparison. Only 2019 compares like with like.",
    );
    expect(salfordChange(c)).toBe("Salford's rate was 111 per 10,000 in 2014 and 103 per 10,000 in 2019.");
  });

  it("tables every area and year given, with counts where printed", () => {
    expect(c.table.columns.map((x) => x.label)).toEqual(["Area", "Year", "Rate"]);
    expect(c.table.rows).toHaveLength(7);
    expect(c.table.rows[2]).toEqual(["Salford", "2019", "103 per 10,000 (583 children)"]);
    expect(c.table.rows[5]).toEqual(["England", "2015", "60 per 10,000"]);
  });

  it("keeps a restated figure out of the chart but in the table, with its ledger note", () => {
    const t = rateComparison(figures, teen);
    expect(t.bars).toHaveLength(3);
    expect(t.sameYears).toBe(true);
    expect(yearsSentence(t)).toBe("All the figures are for 2018.");
    expect(t.table.rows.at(-1)).toEqual(["England, given again in the same paragraph", "2018", "about 19 per 1,000"]);
    expect(t.notes).toEqual(["england-teenage-conceptions"]);
    expect(salfordChange(t)).toBeUndefined();
  });

  it("says 'between' when Salford is neither highest nor lowest", () => {
    const mixed = figures.map((f) => (f.topic === teen && f.group === "England" && !f.variant ? { ...f, value: 35 } : f));
    expect(rateTitle(rateComparison(mixed, teen), "The rate")).toBe(
      "The rate in Salford was between the rates for the North West and England in 2018: 29 against 21.7 and 35 per 1,000",
    );
  });

  it("fails without a Salford figure", () => {
    expect(() =>
      rateComparison(
        figures.filter((f) => f.group !== "Salford"),
        lac,
      ),
    ).toThrow(/no Salford rate/);
  });
});
