import { describe, expect, it } from "vitest";
import { schoolFacts, schoolReadinessFigure } from "../../../src/lib/figures/school-readiness.ts";
import { figureSet, publishedSet, type FigureRecord } from "../../../src/lib/figures/set.ts";
import { wilson } from "../../../src/lib/stats/wilson.ts";
import { realFigures } from "../../fixtures/real-outputs.ts";
import { realVocabulary } from "../../fixtures/vocabulary.ts";

describe("schoolReadinessFigure on Salford's figures", () => {
  const set = () => publishedSet(realFigures("school-readiness"), "Salford", realVocabulary());

  it("draws 3 of 4 children with its Wilson interval, and the three Salford rates without one", () => {
    const m = schoolReadinessFigure(set(), { id: "g" });
    if (m.chart.kind !== "interval-bars") throw new Error("interval bars expected");
    const { lower, upper } = wilson(3, 4);
    expect(m.chart.rows.at(-1)).toMatchObject({ value: 75, label: "75% (3 of 4)", interval: [lower * 100, upper * 100] });
    expect(m.chart.rows.slice(0, 3).map((r) => r.interval)).toEqual([undefined, undefined, undefined]);
    expect(m.chart.rows.map((r) => r.category)).toContain("Salford: free school meals");
  });

  it("says the four children are too few to compare, because every Salford rate lies inside their interval", () => {
    const f = schoolFacts(set());
    expect(f.inside).toHaveLength(f.comparators.length);
    expect(schoolReadinessFigure(set(), { id: "g" }).title).toBe(
      "3 of the 4 children of supported parents reached a Good Level of Development: too few to compare with other Salford children",
    );
    expect(f.programme!.step).toBe(25);
  });
});

describe("schoolReadinessFigure on a bundle", () => {
  const rec = (measure: string, value: number): FigureRecord => ({
    dataset: "school-readiness",
    group: "all",
    category: "gld",
    label: "Children of supported parents",
    measure,
    value,
    base: 120,
    source: "Tracker bundle",
    derived: measure === "percent",
  });
  const m = schoolReadinessFigure(figureSet([rec("count", 80), rec("percent", 67)], { publisher: "t", synthetic: true, vocabulary: realVocabulary() }), {
    id: "g",
  });

  it("without area rates, states the share and its interval, and no comparison", () => {
    expect(m.title).toContain("80 of the 120 children");
    expect(m.title).toContain("95% interval");
    expect(m.summary).not.toContain("Salford");
  });

  it("gives no small-base caution on a base of 120", () => {
    expect(m.cautions).toEqual([]);
  });
});
