import { describe, expect, it } from "vitest";
import { beforeAfterFigure, changes } from "../../../src/lib/figures/before-after.ts";
import { figureSet, publishedSet, type FigureRecord } from "../../../src/lib/figures/set.ts";
import { realFigures } from "../../fixtures/real-outputs.ts";
import { realVocabulary } from "../../fixtures/vocabulary.ts";

const MOMENTS = { before: { period: "at referral", name: "At referral" }, after: { period: "after three years", name: "After three years" } };

describe("beforeAfterFigure on Salford's Table 6", () => {
  const set = () => publishedSet(realFigures("wellbeing"), "Salford", realVocabulary());

  it("titles alcohol with its change, computed: 39% (23 of 59) at referral against 14% (7 of 51)", () => {
    const m = beforeAfterFigure(set(), { id: "a", dataset: "wellbeing", group: "all parents", topics: ["alcohol"], ...MOMENTS });
    expect(m.title).toBe(
      "Problem with alcohol was recorded for a smaller share of parents in the evaluation sample after three years than at referral: 14% (7 of 51) against 39% (23 of 59)",
    );
    expect(m.table.rows).toEqual([["Problem with alcohol", "39% (23 of 59)", "14% (7 of 51)"]]);
    expect(m.bases.map((b) => b.n)).toEqual([59, 51]);
  });

  it("pairs every housing status at both times, each bar named with its time", () => {
    const m = beforeAfterFigure(set(), { id: "h", dataset: "wellbeing", group: "all parents", topics: ["housing status"], ...MOMENTS });
    if (m.chart.kind !== "bars") throw new Error("bars expected");
    expect(m.chart.rows.slice(0, 2)).toMatchObject([
      { category: "Housing Association", series: "At referral", label: "54% (33 of 62)" },
      { category: "Housing Association", series: "After three years", label: "65% (36 of 55)" },
    ]);
    const list = changes(set(), { id: "h", dataset: "wellbeing", group: "all parents", topics: ["housing status"], ...MOMENTS });
    expect(list.find((c) => c.category === "Housing Association")!.points).toBe(11);
  });
});

describe("beforeAfterFigure on a bundle", () => {
  const rec = (period: string, measure: string, value: number | null, base: number): FigureRecord => ({
    dataset: "wellbeing",
    group: "all",
    topic: "partner_abuse",
    period,
    category: "yes",
    label: "Partner abuse recorded",
    measure,
    value,
    symbol: value === null ? "c" : null,
    base,
    source: "Tracker bundle",
    derived: measure === "percent",
  });
  const set = figureSet(
    [rec("referral", "count", 12, 20), rec("referral", "percent", 60, 20), rec("three_years", "count", null, 8), rec("three_years", "percent", null, 8)],
    { publisher: "t", synthetic: true, vocabulary: realVocabulary() },
  );
  const m = beforeAfterFigure(set, {
    id: "p",
    dataset: "wellbeing",
    group: "all",
    topics: ["partner_abuse"],
    categories: ["yes"],
    before: { period: "referral", name: "At referral" },
    after: { period: "three_years", name: "After three years" },
  });

  it("draws the suppressed time as a gap and does not claim a change it cannot see", () => {
    if (m.chart.kind !== "bars") throw new Error("bars expected");
    expect(m.chart.rows[1]).toMatchObject({ value: null, label: "[c] suppressed" });
    expect(m.title).not.toMatch(/smaller|larger/);
    // The topic names the row (data/vocabulary.csv), not the bundle's label with its time point.
    expect(m.table.rows[0]).toEqual(["Partner abuse", expect.stringMatching(/^60% \(12 of 20\); 95% interval/), "[c]"]);
  });

  it("cautions on the small bases and on the gap", () => {
    expect(m.cautions[0]).toContain("bases under 30 (20 and 8)");
    expect(m.cautions.join(" ")).toContain("[c]");
  });
});
