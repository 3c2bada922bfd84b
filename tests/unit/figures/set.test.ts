import { describe, expect, it } from "vitest";
import { figureSet, parseFigureSet, publishedSet } from "../../../src/lib/figures/set.ts";
import { bundleSet, exampleBundle } from "../../fixtures/figures-bundle.ts";
import { realFigures } from "../../fixtures/real-outputs.ts";
import { realVocabulary } from "../../fixtures/vocabulary.ts";

describe("figure sets", () => {
  it("select matches every field given, and arrays match any value", () => {
    const set = bundleSet();
    expect(set.select({ dataset: "age-profiles", group: "male", measure: "count" })).toHaveLength(4);
    expect(set.select({ dataset: "age-profiles", group: ["male", "female"], category: "20-24", measure: "percent" }).map((r) => r.value)).toEqual([45, 17]);
    expect(set.select({ dataset: "deprivation" })).toEqual([]);
  });

  it("value gives the one figure a selection names, and refuses none, several or a suppressed one", () => {
    const set = bundleSet();
    expect(set.value({ dataset: "referral-sources", group: "all", category: "midwifery", measure: "count" })).toBe(17);
    expect(() => set.value({ dataset: "referral-sources", group: "all", measure: "count" })).toThrow(/2 figures match/);
    expect(() => set.value({ dataset: "age-profiles", group: "male", category: "40-or-over", measure: "count" })).toThrow(/\[c\]/);
  });

  it("parses a bundle's JSON and rejects a figure with no value and no symbol", () => {
    const ok = parseFigureSet(JSON.parse(JSON.stringify(exampleBundle())), { publisher: "x", synthetic: true, vocabulary: realVocabulary() });
    expect(ok.records).toHaveLength(exampleBundle().length);
    const bad = [{ ...exampleBundle()[0], value: null, symbol: null }];
    expect(() => parseFigureSet(bad, { publisher: "x", synthetic: true, vocabulary: realVocabulary() })).toThrow(/needs a symbol/);
  });

  it("reads Salford's published figures with the printed category as the label", () => {
    const set = publishedSet(realFigures("referral-sources"), "Salford", realVocabulary());
    const r = set.select({ dataset: "referral-sources", group: "men", category: "Police", measure: "count" });
    expect(r).toHaveLength(1);
    expect(r[0]).toMatchObject({ label: "Police", value: 0, base: 28 });
    expect(figureSet([], { publisher: "none", synthetic: false, vocabulary: realVocabulary() }).select({ dataset: "x" })).toEqual([]);
  });
});
