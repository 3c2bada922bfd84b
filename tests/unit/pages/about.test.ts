// The About page's facts come from published figures; check a few against the
// transcription itself (data/headline.csv), read here without the pipeline.
import { describe, expect, it } from "vitest";
import { ABOUT_FIGURES, aboutFacts, cohortPeriod, counted } from "../../../src/lib/pages/about.ts";
import { publishedFigure } from "../../../src/lib/figures/published.ts";
import { publishedSet } from "../../../src/lib/figures/set.ts";
import { realFiles, realOutputs } from "../../fixtures/real-outputs.ts";
import { realVocabulary } from "../../fixtures/vocabulary.ts";

const files = realFiles();
const figures = realOutputs().figures;
const set = publishedSet(figures, "Salford", realVocabulary());

/** The value column of the headline.csv row with this category (naive split: these rows have no quoted commas before value). */
function printed(category: string): string {
  const row = files["data/headline.csv"]!.split("\n").find((l) => l.split(",")[3] === category);
  if (!row) throw new Error(`no row ${category}`);
  return row.split(",")[5]!;
}

describe("aboutFacts", () => {
  it("finds every fact among the published figures", () => {
    const facts = aboutFacts(set);
    expect(Object.keys(facts)).toEqual(Object.keys(ABOUT_FIGURES));
    for (const v of Object.values(facts)) expect(v).toMatch(/^\d[\d,.]*$/);
  });

  it("states the team as transcribed", () => {
    const facts = aboutFacts(set);
    expect(facts.leads).toBe(printed("Lead practitioners"));
    expect(facts.practitioners).toBe(printed("Practitioners"));
    expect(facts.midwifeFte).toBe(printed("Midwife full-time equivalent"));
  });

  it("fails when a fact is missing rather than printing a blank", () => {
    const features = publishedFigure(set, ABOUT_FIGURES.features);
    expect(() =>
      aboutFacts(
        publishedSet(
          figures.filter((f) => f.id !== features.id),
          "Salford",
          realVocabulary(),
        ),
      ),
    ).toThrow(/0 figures match/);
  });

  it("names the whole cohort's referral window", () => {
    expect(cohortPeriod(set)).toMatch(/2014.*2019/);
  });
});

describe("counted", () => {
  it("uses the singular for one", () => {
    expect(counted("1", "manager", "managers")).toBe("1 manager");
    expect(counted("4", "practitioner", "practitioners")).toBe("4 practitioners");
  });
});
