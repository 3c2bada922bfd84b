// The evaluation sample's size, as /needs/ and /wellbeing/ state it: expected
// numbers are the report's Referrals section (data/headline.csv), not read back
// from this code.
import { describe, expect, it } from "vitest";
import { evaluationSample } from "../../../src/lib/pages/headline.ts";
import { publishedSet } from "../../../src/lib/figures/set.ts";
import { realFigures } from "../../fixtures/real-outputs.ts";
import { realVocabulary } from "../../fixtures/vocabulary.ts";

describe("evaluationSample", () => {
  it("gives the printed 65 parents in the evaluation sample, 37 women and 28 men", () => {
    const { parents, women, men } = evaluationSample(publishedSet(realFigures("headline"), "Salford", realVocabulary()));
    expect([parents.value, women.value, men.value]).toEqual([65, 37, 28]);
  });
});
