// The savings sums. Inputs are the report's printed figures (Table 8, Table 9
// and the cost paragraphs of the executive summary); the expected products
// were worked separately by hand, not copied from this code's output. The
// products themselves come from the data step (relations.csv's checks and
// derived.csv's readings): these tests pin that the page shows those.
import { describe, expect, it } from "vitest";
import { alternatives, arithmetic, calculationWords, caveats, gbp, onceArithmetic, resultKey, roundedGbp, type Avoided } from "../../src/lib/costs.ts";
import { costsView, printedForm, printedGroups } from "../../src/lib/pages/costs.ts";
import { relationResult } from "../../src/lib/pages/checked.ts";
import { publishedSet } from "../../src/lib/figures/set.ts";
import { realOutputs } from "../fixtures/real-outputs.ts";
import { realVocabulary } from "../fixtures/vocabulary.ts";

const units = { proceedings: 32263, care: 52676 };

describe("the sums in words", () => {
  it("formats pounds exactly and rounded as the report prints them", () => {
    expect(gbp(3_807_034)).toBe("£3,807,034");
    expect(roundedGbp(1_032_416)).toBe("£1.0 million");
    expect(roundedGbp(940_000)).toBe("£940,000");
    expect(arithmetic({ count: 32, unitCost: 32263, years: 18, result: 18_583_488 })).toBe("32 × £32,263 × 18 = £18,583,488");
    expect(onceArithmetic({ count: 84, unitCost: 32263, result: 2_710_092 })).toBe("84 × £32,263 = £2,710,092");
  });
  it("puts the default calculation in words", () => {
    const words = calculationWords({
      count: 118,
      unitCost: 32263,
      years: 1,
      result: 3_807_034,
      countLabel: "The report's count",
      unitLabel: "One-off cost of care proceedings",
      oneOff: true,
    });
    expect(words).toBe("118 children (the report's count) × £32,263 (one-off cost of care proceedings), counted once = £3,807,034, about £3.8 million.");
    const care = calculationWords({ count: 84, unitCost: 52676, years: 18, result: 79_646_112, countLabel: "At home", unitLabel: "Yearly cost of care" });
    expect(care).toContain("× 18 years = £79,646,112");
  });
  it("warns about each assumption", () => {
    expect(caveats("proceedings", 18).join(" ")).toMatch(/once per case/);
    expect(caveats("proceedings", 1).join(" ")).toMatch(/not a yearly one/);
    expect(caveats("care", 18).join(" ")).toMatch(/all 18 years/);
    expect(caveats("care", 1)).toHaveLength(1);
  });
});

describe("alternatives", () => {
  // Results as the data step gives them: count × unit cost (× years), worked by hand here.
  const def = (id: Avoided["id"], count: number, base: number): Avoided => ({
    id,
    label: id,
    count,
    base,
    arithmetic: "",
    results: { [resultKey("proceedings", 1)]: count * 32263, [resultKey("care", 1)]: count * 52676, [resultKey("care", 18)]: count * 52676 * 18 },
  });
  const rows = alternatives([def("report", 118, 148), def("at-home", 84, 148), def("sample", 32, 38)], units, [1, 18], 18);
  it("has every definition × unit cost, and years only for the yearly cost of care", () => {
    // 3 definitions × (proceedings once + care for 1 and 18 years)
    expect(rows).toHaveLength(9);
    expect(rows.filter((r) => r.unit === "proceedings").map((r) => r.years)).toEqual([1, 1, 1]);
    // A one-off cost is written without years: 84 × £32,263 = £2,710,092.
    expect(rows.find((r) => r.avoided.id === "at-home" && r.unit === "proceedings")?.arithmetic).toBe("84 × £32,263 = £2,710,092");
    expect(rows.find((r) => r.avoided.id === "at-home" && r.unit === "care" && r.years === 18)?.arithmetic).toBe("84 × £52,676 × 18 = £79,646,112");
  });
  it("marks the report's own row, and never offers its one-off cost × 18 years as a reading", () => {
    expect(rows.filter((r) => r.report).map((r) => [r.avoided.id, r.unit, r.years, r.report])).toEqual([["report", "proceedings", 1, "annual"]]);
    expect(rows.some((r) => r.unit === "proceedings" && r.years > 1)).toBe(false);
  });
  it("refuses a reading the data step gave no result for", () => {
    expect(() => alternatives([{ ...def("sample", 32, 38), results: {} }], units, [1, 18], 18)).toThrow(/no proceedings:1 result/);
  });
});

describe("the costs page's view of the real data", () => {
  const out = realOutputs();
  const get = (id: string) => out.figures.find((f) => f.id === id) ?? expect.fail(`no figure ${id}`);
  const set = publishedSet(out.figures, "Salford", realVocabulary());
  const view = costsView(set, out.checks);

  it("reads the unit costs and the three readings of 'avoided care', each with its subtraction", () => {
    expect(view.units).toEqual(units);
    expect(view.avoided.map((a) => [a.count, a.base])).toEqual([
      [118, 148],
      [84, 148],
      [32, 38],
    ]);
    const [report, atHome, sample] = view.avoided;
    expect(report?.arithmetic).toBe("148 children − 9 looked after − 21 adopted = 118");
    expect(atHome?.arithmetic).toBe(
      "118 − 12 on Special Guardianship Orders − 14 miscarriages, abortions or deaths − 7 moved to another council − 1 not yet born = 84",
    );
    expect(sample?.arithmetic).toBe("38 children in the evaluation sample − 6 looked after = 32");
  });
  it("finds every printed saving reproduced by the proceedings cost, none by the care cost", () => {
    expect(view.recomputed).toHaveLength(6);
    for (const r of view.recomputed) expect(r.matches, r.label).toEqual(["proceedings"]);
  });
  it("shows the products the data step worked: relations.csv's checks of each printed saving", () => {
    // [count, years, with £32,263, with £52,676], worked by hand
    expect(view.recomputed.map((r) => [r.count, r.years, r.results.proceedings, r.results.care])).toEqual([
      [32, 1, 1_032_416, 1_685_632],
      [86, 1, 2_774_618, 4_530_136],
      [118, 1, 3_807_034, 6_215_768],
      [32, 18, 18_583_488, 30_341_376],
      [86, 18, 49_943_124, 81_542_448],
      [118, 18, 68_526_612, 111_883_824],
    ]);
    for (const r of view.recomputed) {
      const check = out.checks.find((c) => c.id.endsWith("-as-printed") && c.figures[0] === r.id);
      expect(check?.actual, r.label).toBe(r.results.proceedings);
    }
  });
  it("gives each reading's results: the report's and the sample's from relations.csv, the at-home children's from derived.csv", () => {
    const result = (id: string, unit: string, years: number) =>
      view.alternatives.find((r) => r.avoided.id === id && r.unit === unit && r.years === years)?.result;
    expect(result("report", "proceedings", 1)).toBe(3_807_034);
    expect(result("report", "care", 1)).toBe(6_215_768);
    expect(result("report", "care", 18)).toBe(111_883_824);
    expect(result("at-home", "proceedings", 1)).toBe(2_710_092);
    expect(result("at-home", "care", 1)).toBe(4_424_784);
    expect(result("at-home", "care", 18)).toBe(79_646_112);
    expect(result("sample", "proceedings", 1)).toBe(1_032_416);
    expect(result("sample", "care", 18)).toBe(30_341_376);
    expect(view.alternatives).toHaveLength(9);
  });
  it("finds a relation only by its rule, target and inputs in order", () => {
    const whole = set.select({ dataset: "costs", topic: "whole cohort", category: "Avoided becoming looked after" });
    expect(whole).toHaveLength(1);
    const figure = out.figures.find((f) => f.id === whole[0]!.id)!;
    const parts = ["Remained with their families", "Avoided becoming looked after"].map((category) =>
      out.figures.find((f) => f.dataset === "costs" && f.category === category && f.topic !== "whole cohort")!,
    );
    expect(relationResult(out.checks, "sum", figure, parts).id).toBe("relation:avoided-parts");
    expect(() => relationResult(out.checks, "sum", figure, [...parts].reverse())).toThrow(/0 sum relations/);
    expect(() => relationResult(out.checks, "product", figure, parts)).toThrow(/0 product relations/);
  });
  it("adds the report's parts up again: 32 + 86 = 118, £1.0m + £2.8m = £3.8m, £18.6m + £49.9m = £68.5m", () => {
    expect(view.parts.map((p) => [p.arithmetic, p.ok])).toEqual([
      ["32 + 86 = 118", true],
      ["£1.0 million + £2.8 million = £3.8 million", true],
      ["£18.6 million + £49.9 million = £68.5 million", true],
    ]);
  });
  it("applies the report's method to the 84 living at home: 84 × £32,263, as derived.csv publishes it", () => {
    expect(view.atHomeAnnual).toBe(2_710_092);
    expect(new Set(view.assumptions).size).toBe(view.assumptions.length);
  });
  it("lists every cost figure as printed, grouped, staffing in both forms", () => {
    const { usual, groups } = printedGroups(out.figures.filter((f) => f.dataset === "costs"));
    expect(usual).toBe("Executive Summary, Preventative outcomes");
    const rows = groups.flatMap((g) => g.rows);
    expect(rows).toHaveLength(out.figures.filter((f) => f.dataset === "costs" && !f.derived).length);
    expect(rows.some((r) => r.label.includes("our division"))).toBe(false);
    expect(rows.filter((r) => r.label.startsWith("Staffing cost")).map((r) => r.value)).toEqual(["£940,000", "£940,400"]);
    expect(rows.filter((r) => r.label.endsWith("(printed in the headline summary)")).map((r) => r.value)).toEqual(["118", "£940,400"]);
    expect(rows.find((r) => r.label === "Average annual cost of a looked after child")?.value).toBe("£52,676");
  });
  it("prints the savings as the report did", () => {
    expect(view.recomputed.map((r) => r.asPrinted)).toEqual([
      "£1.0 million",
      "£2.8 million",
      "£3.8 million",
      "£18.6 million",
      "£49.9 million",
      "£68.5 million",
    ]);
    expect([view.whole.count.value, printedForm(view.whole.annual), printedForm(view.whole.eighteen)]).toEqual([118, "£3.8 million", "£68.5 million"]);
    expect(printedForm(get("costs.whole-cohort.annual-saving-on-looking-after-children.all-children-born.gbp"))).toBe("£3.8 million");
    expect(printedForm(get("costs.evaluation-sample.annual-cost-if-the-32-had-become-looked-after.children-in-the-evaluation-sample.gbp"))).toBe(
      "£1.0 million",
    );
  });
  it("gives the staffing total, the five years it covers and our yearly figure: £940,400 / 5", () => {
    expect([view.staffing.headline.value, view.staffing.years.value]).toEqual([940_400, 5]);
    expect(view.staffing.yearly.value).toBe(188_080);
    expect(view.staffing.yearly.derived).toBe(true);
    expect(view.staffing.yearly.derivation).toContain("940400 / 5 = 188080");
  });
  it("keeps the unit costs' transcription note, which records the footnotes' misprinted year", () => {
    expect(view.unitCostNote).toMatch(/year as 2105/);
  });
});
