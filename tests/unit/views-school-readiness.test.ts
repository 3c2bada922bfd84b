import { describe, expect, it } from "vitest";
import type { Figure } from "../../src/lib/schema.ts";
import { schoolReadinessView, shortLabel } from "../../src/lib/views/school-readiness.ts";
import { listInWords } from "../../src/lib/views/words.ts";
import { fig } from "./figure-fixture.ts";

const topic = "Good Level of Development";
const salford = (category: string, value: number): Figure => fig({ group: "Salford", topic, period: "2018/19", category, measure: "percent", value });
const children = "Children of Strengthening Families parents";
const programme = (count: number, base: number): Figure[] => [
  fig({ group: "children of parents supported by the service", topic, category: children, measure: "count", value: count, base }),
  fig({ group: "children of parents supported by the service", topic, category: children, measure: "percent", value: Math.round((100 * count) / base), base }),
];
// The report's figures: 67.7%, 60.1% and 50% with no base; 3 of 4 (75%).
const figures = [salford("All children", 67.7), salford("Children receiving free school meals", 60.1), salford("Looked after children", 50), ...programme(3, 4)];

describe("schoolReadinessView", () => {
  const view = schoolReadinessView(figures);

  it("gives 3 of 4 a 95% Wilson interval of about 30% to 95%", () => {
    // Wilson by hand: centre 0.6275, half-width 0.3269 for p = 0.75, n = 4.
    expect(view.programme.lower).toBeCloseTo(30.06, 1);
    expect(view.programme.upper).toBeCloseTo(95.44, 1);
    expect(view.interval).toBe("30% to 95%");
  });

  it("finds every Salford figure inside the interval and says the children are too few", () => {
    expect(view.inside.map((c) => c.percent)).toEqual([67.7, 60.1, 50]);
    expect(view.title).toBe("3 of the 4 children of supported parents reached a Good Level of Development: too few to compare with other Salford children");
    expect(view.summary).toBe(
      "Across Salford in 2018/19, 67.7% of all children, 60.1% of children receiving free school meals and 50% of looked after children reached this level. For the 4 children of supported parents the 95% interval runs from about 30% to 95%, which takes in all 3 Salford figures.",
    );
  });

  it("draws an interval only where there is a base, and says when there is none", () => {
    expect(view.rows.map((b) => [b.category, b.label, b.interval ? "interval" : "none"])).toEqual([
      ["Salford: all children", "67.7% (number not given)", "none"],
      ["Salford: free school meals", "60.1% (number not given)", "none"],
      ["Salford: looked after children", "50% (number not given)", "none"],
      ["Children of supported parents", "75% (3 of 4)", "interval"],
    ]);
    expect(view.rows[3]!.intervalLabel).toBe("95% interval: 30% to 95%");
    expect(view.table.rows[0]).toEqual(["Salford: all children", "2018/19", "67.7% (number not given)"]);
    expect(view.table.rows[3]).toEqual([children, "Year not stated", "75% (3 of 4); 95% interval 30% to 95%"]);
  });

  it("says how far one child moves the share", () => {
    expect(view.step).toBe(25);
    expect(view.periods).toBe("2018/19");
  });

  it("words a different title when a Salford figure falls outside the interval", () => {
    // 60 of 80 = 75% has a 95% interval of about 65% to 83%: 50% and 60.1% fall outside.
    const v = schoolReadinessView([...figures.slice(0, 3), ...programme(60, 80)]);
    expect(v.inside.map((c) => c.percent)).toEqual([67.7]);
    expect(v.title).toContain("very uncertain (95% interval 65% to 83%)");
    expect(v.summary).toContain("takes in 1 of the 3 Salford figures");
  });

  it("fails without the count and its base", () => {
    expect(() => schoolReadinessView(figures.slice(0, 3))).toThrow(/need Salford percentages and a count/);
  });
});

describe("helpers", () => {
  it("joins lists in English and keeps unknown labels", () => {
    expect(listInWords(["a"])).toBe("a");
    expect(listInWords(["a", "b", "c"])).toBe("a, b and c");
    expect(shortLabel("Something new")).toBe("Something new");
  });
});
