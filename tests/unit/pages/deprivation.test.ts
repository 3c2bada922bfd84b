// /deprivation/'s printed counts, from the real data. Expected values are the
// report's own: the Referrals section and executive summary (data/headline.csv),
// the situation analysis and the chart's fractions (data/deprivation.csv,
// data/chart-fractions.csv: 59, 28 and 69 of 234 in the three most deprived bands).
import { describe, expect, it } from "vitest";
import { deprivationFacts } from "../../../src/lib/pages/deprivation.ts";
import { publishedSet } from "../../../src/lib/figures/set.ts";
import { realFigures } from "../../fixtures/real-outputs.ts";
import { realVocabulary } from "../../fixtures/vocabulary.ts";

const set = publishedSet(["headline", "deprivation"].flatMap(realFigures), "Salford", realVocabulary());

describe("the deprivation page's printed counts", () => {
  it("gives the 209 families referred on Pathway B and the 224 referrals received in total", () => {
    const { families, referrals } = deprivationFacts(set);
    expect([families.value, referrals.value]).toEqual([209, 224]);
  });

  it("gives Salford's rank on the 2019 indices: 18th of 317", () => {
    expect(deprivationFacts(set).rank).toEqual({ rank: 18, of: 317, period: "2019" });
  });

  it("sums the three most deprived bands: 59 + 28 + 69 = 156 of 234 clients", () => {
    const { tenth, second } = deprivationFacts(set);
    expect(tenth).toEqual({ bands: ["Top 3%", "Top 5%", "Top 10%"], count: 156, base: 234, phrase: "the most deprived 10% of areas in England" });
    expect(second.value).toBe("Top 5%");
  });
});
