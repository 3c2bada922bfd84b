// The summary's three-year card: the six measures of Tables 4 and 6 and which
// way each moved, from the real data. Expected values are the report's own.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { realFigures } from "../../fixtures/real-outputs.ts";
import { changesTitle, direction, measureChanges, SAME_WITHIN } from "../../../src/lib/figures/summary-changes.ts";
import { publishedSet } from "../../../src/lib/figures/set.ts";
import { realVocabulary } from "../../fixtures/vocabulary.ts";

const all = ["headline", "wellbeing", "partner-abuse", "costs"].flatMap(realFigures);
const set = publishedSet(all, "Salford", realVocabulary());

describe("direction of a change", () => {
  it("calls a change under the threshold 'about the same', whichever way it goes", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }), (a, b) => {
        const d = direction(a, b);
        if (Math.abs(b - a) < SAME_WITHIN) return d === "about the same";
        return d === (b < a ? "lower" : "higher");
      }),
    );
  });
  it("reads the six measures from Tables 4 and 6: three fell, three did not", () => {
    const cs = measureChanges(set);
    expect(cs.map((c) => [c.key, c.direction])).toEqual([
      ["partner-abuse", "lower"],
      ["alcohol", "lower"],
      ["drugs", "lower"],
      ["medication", "about the same"],
      ["unemployed", "about the same"],
      ["homeless", "about the same"],
    ]);
    // Unemployment: 39 of 58 at referral, 39 of 56 after three years (Table 6).
    const unemployed = cs.find((c) => c.key === "unemployed")!;
    expect([unemployed.before.count, unemployed.before.base, unemployed.after.count, unemployed.after.base]).toEqual([39, 58, 39, 56]);
  });
  it("titles a measure that rose as 'more often'", () => {
    const cs = measureChanges(set).map((c) => (c.key === "homeless" ? { ...c, direction: "higher" as const } : c));
    expect(changesTitle(cs)).toMatch(/; homelessness more often$/);
  });
});
