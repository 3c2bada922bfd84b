import { describe, expect, it } from "vitest";
import type { Figure } from "../../../src/lib/contract/site.ts";
import { factsTable, factValue, pick } from "../../../src/lib/pages/context.ts";
import { fig } from "../../fixtures/figure-fixture.ts";

// The report's Situation Analysis figures, as printed.
const figures: Figure[] = [
  fig({
    group: "Salford",
    topic: "looked after children",
    period: "2014",
    category: "Looked after children per 10,000 children aged under 18",
    measure: "rate_per_10000",
    value: 111,
  }),
  fig({ group: "mothers", topic: "recurrence", period: "2007-2014", category: "Birth mothers in proceedings", measure: "count", value: 43541 }),
  fig({ group: "mothers", topic: "recurrence", period: "2007-2014", category: "Recurrence within seven years", measure: "percent", value: 23.7, base: 43541 }),
  fig({ group: "Salford", topic: "repeat", period: "2005-2012", category: "Share of looked after children", measure: "percent", value: 65 }),
  fig({ group: "Salford", topic: "repeat", period: "2005-2012", category: "Average gap", measure: "months", value: 17 }),
];

describe("facts", () => {
  it("shows a percentage with its base, or says none is given", () => {
    const t = factsTable(figures, "recurrence", "Recurrence");
    expect(t.rows).toEqual([
      ["Birth mothers in proceedings", "2007\u2013\u20602014", "43,541"],
      ["Recurrence within seven years", "2007\u2013\u20602014", "23.7% (of 43,541)"],
    ]);
    expect(factsTable(figures, "repeat", "Repeat").rows.map((r) => r[2])).toEqual(["65% (number not given)", "17 months"]);
    expect(factValue(figures[0]!)).toBe("111 per 10,000");
  });

  it("fails loudly on a topic or figure that is not there", () => {
    expect(() => factsTable(figures, "nothing", "x")).toThrow(/no figures on nothing/);
    expect(() => pick(figures, "repeat", (f) => f.measure === "gbp")).toThrow(/no matching figure/);
  });
});
