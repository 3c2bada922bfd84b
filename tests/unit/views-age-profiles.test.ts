import { describe, expect, it } from "vitest";
import type { Figure } from "../../src/lib/schema.ts";
import { ageProfilesView, comparisonCaution, comparisonSummary, comparisonTitle, largestBands } from "../../src/lib/views/age-profiles.ts";
import { fig } from "./figure-fixture.ts";

// Two bands instead of six, with counts that add to the bases and the report's
// rounded percentages (e.g. 12 of 37 = 32.4%, printed 32).
const topic = "age at referral";
const chart = { document: "Doc", table: "Chart data: ages", section: "S" };
function group(name: string, counts: [number, number], percents: [number, number], mean: number, opts: { recovered?: boolean; notes?: string[]; meanBase?: boolean } = {}): Figure[] {
  const base = counts[0] + counts[1];
  return ["Under 25", "25 or over"].flatMap((category, i) => [
    fig({ group: name, topic, category, measure: "percent", value: percents[i]!, base, derivation: opts.recovered ? "Base not printed; recovered." : null }),
    fig({ group: name, topic, category, measure: "count", value: counts[i]!, base, source: chart, derived: !!opts.recovered, notes: opts.notes ?? [] }),
  ]).concat(fig({ group: name, topic, category: "Mean age", measure: "years", value: mean, base: opts.meanBase === false ? null : base }));
}
const ledgerNote = ["total-cohort-bases"];
const figures: Figure[] = [
  ...group("women", [12, 25], [32, 68], 28),
  ...group("men", [5, 23], [18, 82], 36),
  ...group("all parents", [17, 48], [26, 74], 30),
  ...group("mothers in the total cohort", [117, 107], [52, 48], 25, { recovered: true, notes: ledgerNote, meanBase: false }),
  ...group("fathers in the total cohort", [24, 40], [38, 63], 30, { recovered: true, notes: ledgerNote, meanBase: false }),
  ...group("all parents in the total cohort", [141, 147], [49, 51], 26, { recovered: true, meanBase: false }),
  // A wider band printed in the text, not in Table 1: must stay out of the comparison.
  fig({ group: "all parents", topic, category: "24 or under", measure: "percent", value: 26, base: 65, source: { document: "Doc", table: "Referrals", section: "S" } }),
  fig({ group: "all parents", topic, category: "24 or under", measure: "count", value: 17, base: 65, source: { document: "Doc", table: "Referrals", section: "S" } }),
];

describe("ageProfilesView", () => {
  const view = ageProfilesView(figures);
  const { women, men, all } = view.comparisons;

  it("pairs each sample group with its total-cohort group and their bases", () => {
    expect([women.sampleBase, women.cohortBase, men.sampleBase, men.cohortBase, all.sampleBase, all.cohortBase]).toEqual([37, 224, 28, 64, 65, 288]);
    expect(women.cohortBaseRecovered).toBe(true);
  });

  it("keeps only Table 1 bands, with the printed percent and its count", () => {
    expect(all.sample.map((s) => s.category)).toEqual(["Under 25", "25 or over"]);
    expect(women.cohort[0]).toMatchObject({ category: "Under 25", count: 117, base: 224, percent: 52 });
  });

  it("draws sample then cohort in each band, named in words, intervals only for small bases", () => {
    expect(men.bars.map((b) => [b.category, b.series, b.label])).toEqual([
      ["Under 25", "Sample", "18% (5 of 28)"],
      ["Under 25", "Total cohort", "38% (24 of 64)"],
      ["25 or over", "Sample", "82% (23 of 28)"],
      ["25 or over", "Total cohort", "63% (40 of 64)"],
    ]);
    expect(men.bars.filter((b) => b.interval).map((b) => b.series)).toEqual(["Sample", "Sample"]);
    expect(women.bars).toHaveLength(4);
    expect(women.bars.some((b) => b.interval)).toBe(false);
  });

  it("says in the table header that the cohort's base was recovered", () => {
    expect(women.table.columns.map((c) => c.label)).toEqual(["Age at referral", "Women in the evaluation sample (37)", "Mothers in the total cohort (224, recovered by us)"]);
    expect(men.table.rows[0]).toEqual(["Under 25", "18% (5 of 28); 95% interval 8% to 36%", "38% (24 of 64)"]);
  });

  it("flags the total-cohort ledger entry on every comparison, including all parents", () => {
    expect(all.notes).toEqual(["total-cohort-bases"]);
    expect(women.notes).toEqual(["total-cohort-bases"]);
  });

  it("states the finding from the mean ages", () => {
    expect(comparisonTitle(men)).toBe("Men in the evaluation sample were older on average than fathers in the total cohort: mean age 36 against 30");
    expect(comparisonSummary(women)).toBe(
      "The largest age group among the 37 women in the sample was 25 or over (68%, 25 of 37). Among the 224 mothers in the total cohort it was Under 25 (52%, 117 of 224).",
    );
    expect(view.overall).toContain("older than parents in the total cohort (mean age 30 against 26), and the gap was widest for men (36 against 30 for fathers)");
  });

  it("cautions only where the sample base is under 30", () => {
    expect(comparisonCaution(women)).toBeUndefined();
    expect(comparisonCaution(men)).toContain("rest on 28 people");
    expect(comparisonCaution(men)).toContain("3.6 percentage points"); // 100 / 28
  });

  it("shows mean ages with their base, or says none is given", () => {
    expect(view.means.rows).toEqual([
      ["Women and mothers", "28 years (37 women)", "25 years (number not given)"],
      ["Men and fathers", "36 years (28 men)", "30 years (number not given)"],
      ["All parents", "30 years (65 parents)", "26 years (number not given)"],
    ]);
  });

  it("does not call a printed base recovered", () => {
    const printed = figures.map((f) => (f.group.endsWith("total cohort") ? { ...f, derived: false, derivation: null } : f));
    const v = ageProfilesView(printed);
    expect(v.comparisons.women.cohortBaseRecovered).toBe(false);
    expect(v.comparisons.women.table.columns[2]!.label).toBe("Mothers in the total cohort (224)");
  });

  it("fails loudly when a mean age is missing", () => {
    expect(() => ageProfilesView(figures.filter((f) => !(f.group === "men" && f.measure === "years")))).toThrow(/no mean age for men/);
  });
});

describe("largestBands", () => {
  it("returns every band tied for the most people", () => {
    const list = [9, 12, 12, 3].map((count, i) => ({ category: `b${i}`, group: "g", count, base: 36, percent: 0, figureIds: [] }));
    expect(largestBands(list).map((s) => s.category)).toEqual(["b1", "b2"]);
  });
});
