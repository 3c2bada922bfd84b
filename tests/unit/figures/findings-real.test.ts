// The four pages' views on the real data. Every expected value was checked by
// hand against the report (salford-strengthening-families-evaluation-2020.txt).
import { describe, expect, it } from "vitest";
import { meanAgesTable } from "../../../src/lib/pages/age-profiles.ts";
import { agesFigure } from "../../../src/lib/figures/ages.ts";
import { deprivationFigure } from "../../../src/lib/figures/deprivation.ts";
import { ordinal } from "../../../src/lib/words.ts";
import { schoolFacts } from "../../../src/lib/figures/school-readiness.ts";
import { publishedSet } from "../../../src/lib/figures/set.ts";
import { rateComparison } from "../../../src/lib/figures/context.ts";
import { realFigures } from "../../fixtures/real-outputs.ts";
import { realVocabulary } from "../../fixtures/vocabulary.ts";

describe("ages at referral", () => {
  const set = publishedSet(realFigures("age-profiles"), "Salford", realVocabulary());
  const model = (sample: string, cohort: string) =>
    agesFigure(set, {
      id: "a",
      series: [{ group: sample }, { group: cohort }],
      notesFrom: ["mothers in the total cohort", "fathers in the total cohort", "all parents in the total cohort"],
    });

  it("has Table 1's groups with the bases recovered from the chart fractions", () => {
    // 0.21428571428571427 = 48/224 (mothers); 9.375E-2 = 6/64 (fathers); 0.1875 = 54/288.
    expect(model("women", "mothers in the total cohort").bases.map((b) => b.n)).toEqual([37, 224]);
    expect(model("men", "fathers in the total cohort").bases.map((b) => b.n)).toEqual([28, 64]);
    expect(model("all parents", "all parents in the total cohort").bases.map((b) => b.n)).toEqual([65, 288]);
  });

  it("gives Table 1's mean ages (28, 36, 30 in the sample; 25, 30, 26 in the total cohort)", () => {
    expect(meanAgesTable(realFigures("age-profiles")).rows.map((r) => [r[1]!.split(" ")[0], r[2]!.split(" ")[0]])).toEqual([
      ["28", "25"],
      ["36", "30"],
      ["30", "26"],
    ]);
  });

  it("flags the ledger entry on the total cohort's bases on every chart", () => {
    for (const [s, c] of [
      ["women", "mothers in the total cohort"],
      ["men", "fathers in the total cohort"],
      ["all parents", "all parents in the total cohort"],
    ] as const) {
      expect(model(s, c).notes).toContain("total-cohort-bases");
    }
  });
});

describe("deprivation", () => {
  const set = publishedSet(realFigures("deprivation"), "Salford", realVocabulary());

  it("puts 156 of 234 clients (59 + 28 + 69) in the most deprived 10% of areas", () => {
    const m = deprivationFigure(set, { id: "d", group: "clients with a known IMD rank" });
    expect(m.title).toContain("(156 of 234)");
    expect(m.table.rows.map((r) => r[0]!.split(" (")[0])).toEqual([
      "Top 3%",
      "Top 5%",
      "Top 10%",
      "Top 20%",
      "Top 30%",
      "Not in Top 30%",
      "Most deprived 10% of areas",
    ]);
  });

  it("ranks Salford 18th of 317 local authorities (IMD 2019)", () => {
    const r = set.select({ dataset: "deprivation", group: "Salford" })[0]!;
    expect([ordinal(r.value!), r.base]).toEqual(["18th", 317]);
  });
});

describe("school readiness", () => {
  const facts = schoolFacts(publishedSet(realFigures("school-readiness"), "Salford", realVocabulary()));

  it("compares 3 of 4 children with Salford's 67.7%, 60.1% and 50%", () => {
    expect(facts.programme).toMatchObject({ count: 3, base: 4, percent: 75, interval: "30% to 95%" });
    expect(facts.comparators.map((c) => c.percent)).toEqual([67.7, 60.1, 50]);
    expect(facts.inside).toHaveLength(3);
  });
});

describe("context", () => {
  const figures = realFigures("context");

  it("compares Salford in 2019 for looked after children (103 against 94 and 60) and child protection plans (86.4 against 56.5 and 43.7)", () => {
    expect(rateComparison(figures, "looked after children")).toMatchObject({
      common: "2019",
      salfordIs: "higher",
      against: "103 against 94 and 60 per 10,000",
      sameYears: false,
    });
    expect(rateComparison(figures, "child protection plans")).toMatchObject({ common: "2019", against: "86.4 against 56.5 and 43.7 per 10,000" });
  });

  it("compares teenage conceptions in 2018 (29 against 21.7 and 16.7) and flags England's second figure", () => {
    const t = rateComparison(figures, "teenage conceptions");
    expect(t).toMatchObject({ common: "2018", against: "29 against 21.7 and 16.7 per 1,000", sameYears: true });
    expect(t.notes).toContain("england-teenage-conceptions");
  });
});
