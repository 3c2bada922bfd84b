import { describe, expect, it } from "vitest";
import type { Figure } from "../../../src/lib/contract/site.ts";
import { ageProfilesFacts, meanAgesTable, overallSentence } from "../../../src/lib/pages/age-profiles.ts";
import { publishedSet } from "../../../src/lib/figures/set.ts";
import { fig } from "../../fixtures/figure-fixture.ts";
import { realFigures } from "../../fixtures/real-outputs.ts";
import { realVocabulary } from "../../fixtures/vocabulary.ts";

// Two bands instead of six, with counts that add to the bases and the report's
// rounded percentages (e.g. 12 of 37 = 32.4%, printed 32).
const topic = "age at referral";
const chart = { document: "Doc", table: "Chart data: ages", section: "S" };
function group(
  name: string,
  counts: [number, number],
  percents: [number, number],
  mean: number,
  opts: { recovered?: boolean; notes?: string[]; meanBase?: boolean } = {},
): Figure[] {
  const base = counts[0] + counts[1];
  return ["Under 25", "25 or over"]
    .flatMap((category, i) => [
      fig({ group: name, topic, category, measure: "percent", value: percents[i]!, base, derivation: opts.recovered ? "Base not printed; recovered." : null }),
      fig({ group: name, topic, category, measure: "count", value: counts[i]!, base, source: chart, derived: !!opts.recovered, notes: opts.notes ?? [] }),
    ])
    .concat(fig({ group: name, topic, category: "Mean age", measure: "years", value: mean, base: opts.meanBase === false ? null : base }));
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
  fig({
    group: "all parents",
    topic,
    category: "24 or under",
    measure: "percent",
    value: 26,
    base: 65,
    source: { document: "Doc", table: "Referrals", section: "S" },
  }),
  fig({
    group: "all parents",
    topic,
    category: "24 or under",
    measure: "count",
    value: 17,
    base: 65,
    source: { document: "Doc", table: "Referrals", section: "S" },
  }),
];

describe("the mean ages and the overall sentence", () => {
  it("shows mean ages with their base, or says none is given", () => {
    expect(meanAgesTable(figures).rows).toEqual([
      ["Women and mothers", "28 years (37 women)", "25 years (number not given)"],
      ["Men and fathers", "36 years (28 men)", "30 years (number not given)"],
      ["All parents", "30 years (65 parents)", "26 years (number not given)"],
    ]);
  });

  it("says which way the sample differs, and names the wider gap (men: 36 against 30)", () => {
    expect(overallSentence(figures)).toBe(
      "On average, parents in the sample were older than parents in the total cohort (mean age 30 against 26), and the gap was widest for men (36 against 30 for fathers).",
    );
  });

  it("says 'the same age' when the means are equal", () => {
    const same = figures.map((f) => (f.group === "all parents in the total cohort" && f.measure === "years" ? { ...f, value: 30 } : f));
    expect(overallSentence(same)).toContain("the same age as parents in the total cohort (mean age 30)");
  });

  it("fails loudly when a mean age is missing", () => {
    expect(() => meanAgesTable(figures.filter((f) => !(f.group === "men" && f.measure === "years")))).toThrow(/no mean age for men/);
  });
});

describe("the referrals printed for the total cohort", () => {
  it("gives the 209 mothers and 67 fathers of the Referrals section (data/headline.csv)", () => {
    const { mothers, fathers } = ageProfilesFacts(publishedSet(realFigures("headline"), "Salford", realVocabulary()));
    expect([mothers.value, fathers.value]).toEqual([209, 67]);
  });
});
