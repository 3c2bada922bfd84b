// publishedFigure: the older views pick one published figure by what it is
// (dataset, topic, group, category, measure), never by id. Expected values are
// the report's own (the cost section's staffing cost, printed twice).
import { describe, expect, it } from "vitest";
import { publishedFigure } from "../../../src/lib/figures/published.ts";
import { figureSet, publishedSet } from "../../../src/lib/figures/set.ts";
import { realFigures } from "../../fixtures/real-outputs.ts";
import { realVocabulary } from "../../fixtures/vocabulary.ts";

const staffing = { dataset: "costs", topic: "staffing", group: "service staff", category: "Staffing cost of the service", measure: "gbp" };

describe("publishedFigure", () => {
  const set = publishedSet(realFigures("costs"), "Salford", realVocabulary());

  it("picks the first printing unless a variant is asked for: £940,000, and £940,400 in the headline summary", () => {
    const first = publishedFigure(set, staffing);
    const headline = publishedFigure(set, { ...staffing, variant: "headline-summary" });
    expect([first.value, first.precision, first.variant]).toEqual([940_000, 10_000, null]);
    expect([headline.value, headline.precision, headline.variant]).toEqual([940_400, 100, "headline-summary"]);
    expect(headline.id).not.toBe(first.id);
  });

  it("returns the published record itself, with its period and transcription remark", () => {
    const f = publishedFigure(set, staffing);
    expect(f.period).toBe("2014/15 to 2018/19");
    expect(f.remark).toMatch(/practitioners and team manager only/);
    expect(f).not.toHaveProperty("label");
  });

  it("fails, naming the selection, when none or several figures match", () => {
    expect(() => publishedFigure(set, { ...staffing, category: "No such figure" })).toThrow(/0 figures match .*No such figure/);
    expect(() => publishedFigure(set, { dataset: "costs", topic: "staffing" })).toThrow(/[2-9] figures match/);
  });

  it("fails on a set whose records are not published figures (a tracker bundle has no precision)", () => {
    // The figure the selection names, as a bundle records it.
    const bundle = figureSet([{ ...staffing, value: 1, base: null, source: "Table 1", derived: false }], {
      publisher: "A service",
      synthetic: true,
      vocabulary: realVocabulary(),
    });
    expect(() => publishedFigure(bundle, staffing)).toThrow(/not a published figure/);
  });
});
