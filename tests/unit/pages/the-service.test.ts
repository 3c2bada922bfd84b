// /the-service/'s figures, from the real data. Expected values are the
// report's own (Referrals, Preventative outcomes, Greater Manchester context).
import { describe, expect, it } from "vitest";
import { realFigures } from "../../fixtures/real-outputs.ts";
import { serviceView } from "../../../src/lib/pages/the-service.ts";
import { publishedSet } from "../../../src/lib/figures/set.ts";
import { realVocabulary } from "../../fixtures/vocabulary.ts";

const all = ["headline", "wellbeing", "partner-abuse", "costs"].flatMap(realFigures);
const set = publishedSet(all, "Salford", realVocabulary());

describe("the service page's figures", () => {
  it("gives the 15 Pathway A referrals, the assumed 2 of 15 at 13.2%, and the 10 councils", () => {
    const s = serviceView(set);
    expect([s.pathwayA.value, s.estimated.value, s.estimated.base, s.share.value, s.councils.value]).toEqual([15, 2, 15, 13.2, 10]);
    expect(s.referralPeriod).toBe("1 April 2014 and 31 March 2019");
  });
});
