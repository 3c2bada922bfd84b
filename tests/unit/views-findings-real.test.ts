// The four pages' views on the real data. Every expected value was checked by
// hand against the report (salford-strengthening-families-evaluation-2020.txt).
import { describe, expect, it } from "vitest";
import { ageProfilesView } from "../../src/lib/views/age-profiles.ts";
import { deprivationView } from "../../src/lib/views/deprivation.ts";
import { schoolReadinessView } from "../../src/lib/views/school-readiness.ts";
import { rateComparison } from "../../src/lib/views/context.ts";
import { pipelineFigures } from "./pipeline-figures.ts";

describe("ages at referral", () => {
  const { comparisons, means } = ageProfilesView(pipelineFigures("age-profiles"));

  it("has Table 1's groups with the bases recovered from the chart fractions", () => {
    // 0.21428571428571427 = 48/224 (mothers); 9.375E-2 = 6/64 (fathers); 0.1875 = 54/288.
    expect([comparisons.women.sampleBase, comparisons.women.cohortBase]).toEqual([37, 224]);
    expect([comparisons.men.sampleBase, comparisons.men.cohortBase]).toEqual([28, 64]);
    expect([comparisons.all.sampleBase, comparisons.all.cohortBase]).toEqual([65, 288]);
    expect(comparisons.men.cohortBaseRecovered).toBe(true);
    expect(comparisons.all.sample).toHaveLength(6);
  });

  it("gives Table 1's mean ages (28, 36, 30 in the sample; 25, 30, 26 in the total cohort)", () => {
    expect(means.rows.map((r) => [r[1]!.split(" ")[0], r[2]!.split(" ")[0]])).toEqual([["28", "25"], ["36", "30"], ["30", "26"]]);
  });

  it("flags the ledger entry on the total cohort's bases", () => {
    expect(Object.keys(comparisons).sort()).toEqual(["all", "men", "women"]);
    for (const c of Object.values(comparisons)) expect(c.notes).toContain("total-cohort-bases");
  });
});

describe("deprivation", () => {
  const view = deprivationView(pipelineFigures("deprivation"));

  it("puts 156 of 234 clients (59 + 28 + 69) in the most deprived 10% of areas", () => {
    expect(view.tenth).toMatchObject({ count: 156, base: 234, percent: 67 });
    expect(view.bands.map((b) => b.printed)).toEqual(["Top 3%", "Top 5%", "Top 10%", "Top 20%", "Top 30%", "Not in Top 30%"]);
  });

  it("ranks Salford 18th of 317 local authorities (IMD 2019)", () => {
    expect(view.rank).toMatchObject({ rank: 18, of: 317 });
  });
});

describe("school readiness", () => {
  const view = schoolReadinessView(pipelineFigures("school-readiness"));

  it("compares 3 of 4 children with Salford's 67.7%, 60.1% and 50%", () => {
    expect(view.programme).toMatchObject({ count: 3, base: 4, percent: 75 });
    expect(view.comparators.map((c) => c.percent)).toEqual([67.7, 60.1, 50]);
    expect(view.interval).toBe("30% to 95%");
    expect(view.inside).toHaveLength(3);
  });
});

describe("context", () => {
  const figures = pipelineFigures("context");

  it("compares Salford in 2019 for looked after children (103 against 94 and 60) and child protection plans (86.4 against 56.5 and 43.7)", () => {
    expect(rateComparison(figures, "looked after children")).toMatchObject({ common: "2019", salfordIs: "higher", against: "103 against 94 and 60 per 10,000", sameYears: false });
    expect(rateComparison(figures, "child protection plans")).toMatchObject({ common: "2019", against: "86.4 against 56.5 and 43.7 per 10,000" });
  });

  it("compares teenage conceptions in 2018 (29 against 21.7 and 16.7) and flags England's second figure", () => {
    const t = rateComparison(figures, "teenage conceptions");
    expect(t).toMatchObject({ common: "2018", against: "29 against 21.7 and 16.7 per 1,000", sameYears: true });
    expect(t.notes).toContain("england-teenage-conceptions");
  });
});
