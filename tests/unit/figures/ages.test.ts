import { describe, expect, it } from "vitest";
import { agesFigure } from "../../../src/lib/figures/ages.ts";
import { publishedSet } from "../../../src/lib/figures/set.ts";
import { figureCase } from "../../fixtures/figure-cases.ts";
import { realFigures } from "../../fixtures/real-outputs.ts";
import { realVocabulary } from "../../fixtures/vocabulary.ts";

const salford = () => publishedSet([...realFigures("age-profiles"), ...realFigures("headline")], "Salford", realVocabulary());
const pairOf = (sample: string, cohort: string) =>
  agesFigure(salford(), {
    id: "x",
    series: [
      { group: sample, name: "Sample" },
      { group: cohort, name: "Total cohort" },
    ],
  });

describe("agesFigure on Salford's Table 1", () => {
  it("titles the chart with the mean ages, computed, and says which way they differ", () => {
    const women = pairOf("women", "mothers in the total cohort");
    expect(women.title).toContain("older on average");
    expect(women.title).toContain("mean age 28 against 25");
    const men = pairOf("men", "fathers in the total cohort");
    expect(men.title).toContain("mean age 36 against 30");
  });

  it("draws the six Table 1 bands only (no combined bands, no mean), two series each", () => {
    const m = pairOf("all parents", "all parents in the total cohort");
    expect(m.table.rows.map((r) => r[0])).toEqual(["19 or under", "20 to 24", "25 to 29", "30 to 34", "35 to 39", "40 or over"]);
    expect(m.chart.kind).toBe("bars");
    if (m.chart.kind !== "bars") return;
    expect(m.chart.rows).toHaveLength(12);
    expect(m.bases.map((b) => b.n)).toEqual([65, 288]);
  });

  it("marks the total cohort's base as recovered and not the sample's", () => {
    const m = pairOf("women", "mothers in the total cohort");
    expect(m.table.columns[1]!.label).toBe("Women in the evaluation sample (37)");
    expect(m.table.columns[2]!.label).toBe("Mothers in the total cohort (224, recovered by us)");
  });

  it("cautions on the small base (28 men) with the step one person makes, and intervals in the table", () => {
    const m = pairOf("men", "fathers in the total cohort");
    expect(m.cautions).toHaveLength(1);
    expect(m.cautions[0]).toContain("rest on 28 people");
    expect(m.cautions[0]).toContain("3.6 percentage points");
    expect(m.table.rows[0]![1]).toMatch(/^7% \(2 of 28\); 95% interval \d+% to \d+%$/);
    expect(pairOf("women", "mothers in the total cohort").cautions).toEqual([]);
  });

  it("names the largest band of each group in the summary", () => {
    const m = pairOf("women", "mothers in the total cohort");
    expect(m.summary).toContain("37 women in the evaluation sample was 25 to 29 (32%, 12 of 37)");
    expect(m.summary).toContain("224 mothers in the total cohort it was 20 to 24 (31%, 69 of 224)");
  });
});

describe("agesFigure on a service's bundle", () => {
  // The registry's bundle case, whose whole model is snapshotted in models.test.ts.
  const m = figureCase("bundle-ages");

  it("uses the bundle's labels and the vocabulary's names for its groups", () => {
    expect(m.table.rows.map((r) => r[0])).toEqual(["19 or under", "20 to 24", "25 to 29", "40 or over"]);
    expect(m.table.columns.map((c) => c.label)).toEqual(["Age at referral", "Women (20)", "Men (12)"]);
  });

  it("draws a suppressed figure as a labelled gap, never as zero, and shows [c] in the table", () => {
    if (m.chart.kind !== "bars") throw new Error("bars expected");
    const gap = m.chart.rows.find((b) => b.category === "40 or over" && b.series === "Men")!;
    expect(gap.value).toBeNull();
    expect(gap.label).toBe("[c] suppressed");
    expect(m.table.rows[3]).toEqual(["40 or over", "[x]", "[c]"]);
    expect(m.cautions.join(" ")).toContain("[c]");
    expect(m.cautions.join(" ")).toContain("[x]");
  });

  it("without mean ages, titles the chart with the first group's largest band", () => {
    expect(m.title).toBe("The largest age group among women was 20 to 24 (45%, 9 of 20)");
  });

  it("gives every share on a small base its 95% Wilson interval", () => {
    if (m.chart.kind !== "bars") throw new Error("bars expected");
    const drawn = m.chart.rows.filter((b) => b.value !== null);
    expect(drawn.length).toBeGreaterThan(0);
    for (const b of drawn) {
      expect(b.interval).toBeDefined();
      expect(b.interval![0]).toBeLessThanOrEqual(b.value!);
      expect(b.interval![1]).toBeGreaterThanOrEqual(b.value! - 0.5);
    }
  });
});
