// comparisons.csv as a researcher reads it: columns that do not clash with
// figures.csv, numbers only in numerator and denominator, and the GSS symbol
// that says why a row is not plotted: c only where a figure is suppressed.
import { fromCSV } from "arquero";
import { describe, expect, it } from "vitest";
import { figureSet, type FigureRecord } from "../../../src/lib/figures/set.ts";
import { compareServices, comparisonsCsv } from "../../../src/lib/monitoring/compare-units.ts";
import { builtData } from "../../fixtures/built-data.ts";
import { readExample } from "../../fixtures/example-files.ts";
import { realVocabulary } from "../../fixtures/vocabulary.ts";

const setOf = (slug: string) =>
  figureSet(JSON.parse(readExample(slug, "figures.json")) as FigureRecord[], { publisher: slug, synthetic: true, vocabulary: realVocabulary() });

type Row = {
  comparison: string;
  service: string;
  service_slug: string | null;
  numerator: number | null;
  symbol: string | null;
  plotted: boolean;
  derivation: string;
};

describe("comparisons.csv", () => {
  const rows = fromCSV(builtData("example").get("services/comparisons.csv")!).objects() as Row[];
  const row = (comparison: string, slug: string | null) => rows.find((r) => r.comparison === comparison && r.service_slug === slug)!;

  it("names its columns apart from figures.csv's measure and unit", () => {
    expect(Object.keys(rows[0]!)).toEqual([
      "comparison",
      "comparison_title",
      "denominator_counts",
      "service",
      "service_slug",
      "numerator",
      "denominator",
      "symbol",
      "plotted",
      "derivation",
    ]);
  });

  it("says z where Salford's definition differs, x where a service publishes no figure, c only where one is suppressed", () => {
    expect(row("good-level-of-development", null).symbol).toBe("z");
    expect(row("partner-abuse-after-three-years", null).symbol).toBe("z");
    const noSchool = figureSet(
      (JSON.parse(readExample("larkspur-vale", "figures.json")) as FigureRecord[]).filter((r) => r.dataset !== "school-readiness"),
      { publisher: "x", synthetic: true, vocabulary: realVocabulary() },
    );
    const [withoutSchool] = fromCSV(comparisonsCsv(compareServices([{ slug: "no-school", name: "No school", set: noSchool }], setOf("marram-bay"))))
      .objects()
      .filter((r) => (r as Row).comparison === "good-level-of-development" && (r as Row).service_slug === "no-school") as Row[];
    expect(withoutSchool).toMatchObject({ symbol: "x", numerator: null, plotted: false });
    expect(row("good-level-of-development", "brackenford")).toMatchObject({ symbol: "c", numerator: null, plotted: false });
    for (const r of rows.filter((x) => x.symbol === "c")) expect(r.derivation).toMatch(/suppressed/);
    for (const r of rows.filter((x) => x.plotted)) expect(r).toMatchObject({ symbol: null, numerator: expect.any(Number) as unknown });
  });

  it("says z where a service has no one in the base (a share of nobody)", () => {
    expect(row("partner-abuse-at-referral", "fellgate")).toMatchObject({ symbol: "z", numerator: null, plotted: false });
  });

  it("marks a figure plotted only when the funnel plot is drawn: never with a single service", () => {
    const alone = comparisonsCsv(compareServices([{ slug: "marram-bay", name: "Marram Bay", set: setOf("marram-bay") }], setOf("marram-bay")));
    const single = fromCSV(alone).objects() as Row[];
    expect(single.filter((r) => r.numerator !== null).length).toBeGreaterThan(0);
    expect(single.every((r) => r.plotted === false)).toBe(true);
  });
});
