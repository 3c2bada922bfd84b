// /views-and-recommendations/: the outcomes practitioners recorded, from the
// real data. Expected values are the report's own ("Practitioner reported outcomes").
import { describe, expect, it } from "vitest";
import { realFigures } from "../../fixtures/real-outputs.ts";
import { outcomeBars, outcomesTable, outcomesTitle, practitionerOutcomes, shortName } from "../../../src/lib/figures/practitioner-outcomes.ts";
import { publishedSet } from "../../../src/lib/figures/set.ts";
import { realVocabulary } from "../../fixtures/vocabulary.ts";

const all = ["headline", "wellbeing", "partner-abuse", "costs"].flatMap(realFigures);
const set = publishedSet(all, "Salford", realVocabulary());

describe("practitioner-reported outcomes", () => {
  const v = practitionerOutcomes(realFigures("wellbeing"), set);
  it("has the report's thirteen outcomes, women and men, against the sample of 37 women and 28 men", () => {
    // Twelve bullets; the first names two outcomes (continuous or good engagement, engagement with the service).
    expect(v.rows).toHaveLength(13);
    expect(v.bases).toEqual({ women: 37, men: 28 });
    // Children in nursery provision or school: 17 women and 10 men.
    expect(v.rows.find((r) => r.category === "Children in nursery or school")).toMatchObject({ women: 17, men: 10 });
  });
  it("states the two recorded most often, from the counts", () => {
    // 17 + 10 = 27 and 16 + 8 = 24 are the two largest totals.
    expect(outcomesTitle(v)).toBe(
      "After three years, practitioners most often recorded children in nursery or school (17 women, 10 men) and accessing services or courses (16 women, 8 men)",
    );
  });
  it("labels every bar with its count out of the sample, and never a percentage", () => {
    const bars = outcomeBars(v, { women: "Women", men: "Men" });
    expect(bars).toHaveLength(26);
    expect(bars.find((b) => b.series === "Women" && b.category === "Children in nursery or school")?.label).toBe("17 of 37");
    expect(bars.every((b) => !b.label.includes("%"))).toBe(true);
    expect(outcomesTable(v).rows.every((r) => r.length === 3)).toBe(true);
    // A category name sits on its own line of a 320px chart: about 40 characters at 14px.
    for (const r of v.rows) expect(shortName(r.category).length, r.category).toBeLessThanOrEqual(40);
  });
});
