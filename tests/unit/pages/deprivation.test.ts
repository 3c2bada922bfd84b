// /deprivation/'s printed counts, from the real data. Expected values are the
// report's own (Referrals section and executive summary, data/headline.csv).
import { describe, expect, it } from "vitest";
import { deprivationFacts } from "../../../src/lib/pages/deprivation.ts";
import { publishedSet } from "../../../src/lib/figures/set.ts";
import { realFigures } from "../../fixtures/real-outputs.ts";
import { realVocabulary } from "../../fixtures/vocabulary.ts";

const set = publishedSet(realFigures("headline"), "Salford", realVocabulary());

describe("the deprivation page's printed counts", () => {
  it("gives the 209 families referred on Pathway B and the 224 referrals received in total", () => {
    const { families, referrals } = deprivationFacts(set);
    expect([families.value, referrals.value]).toEqual([209, 224]);
  });
});
