import { describe, expect, it } from "vitest";
import { referralSourcesFigure } from "../../../src/lib/figures/referral-sources.ts";
import { deprivationFigure } from "../../../src/lib/figures/deprivation.ts";
import { figureSet, publishedSet, type FigureRecord } from "../../../src/lib/figures/set.ts";
import { figureCase } from "../../fixtures/figure-cases.ts";
import { realFigures } from "../../fixtures/real-outputs.ts";
import { realVocabulary } from "../../fixtures/vocabulary.ts";

describe("referralSourcesFigure", () => {
  const salford = () => publishedSet(realFigures("referral-sources"), "Salford", realVocabulary());
  const model = () => referralSourcesFigure(salford(), { id: "r", series: [{ group: "women" }, { group: "men" }], whole: "all parents" });

  it("titles Salford's chart with the largest source for all parents, computed from Table 2", () => {
    expect(model().title).toBe("Midwifery referred 52% of parents, more than any other source");
    expect(model().summary).toContain("34 of 65");
    expect(model().summary).toContain("the largest source for women and men alike");
    // Table 2: children's social care referred 17 of the 65 (26%).
    expect(model().summary).toContain("Children's social care was the next largest source (17 of 65 parents, 26%)");
  });

  it("draws women and men, tabulates all three groups, and cautions on the men's 28", () => {
    const m = model();
    expect(m.table.columns.map((c) => c.label)).toEqual(["Referred by", "Women", "Men", "All parents"]);
    expect(m.table.rows).toHaveLength(6);
    expect(m.cautions).toHaveLength(1);
    expect(m.cautions[0]).toContain("28 parents");
    expect(m.bases.map((b) => b.n)).toEqual([37, 28, 65]);
  });

  it("on a bundle, draws a suppressed source as a gap and does not claim what the data cannot show", () => {
    const m = figureCase("bundle-referral-sources");
    if (m.chart.kind !== "bars") throw new Error("bars expected");
    expect(m.chart.rows.find((b) => b.series === "Men" && b.category === "Children's social care")).toMatchObject({ value: null, symbol: "c" });
    expect(m.table.rows[1]).toEqual([
      "Children's social care",
      expect.stringMatching(/^40% \(8 of 20\); 95% interval/),
      "[c]",
      expect.stringMatching(/^47% \(15 of 32\)/),
    ]);
    expect(m.title).toBe("Midwifery referred 53% of parents, more than any other source");
  });

  it("names every source of a tie, and says when suppressed sources could be larger", () => {
    const rec = (c: string, count: number | null): FigureRecord[] => [
      {
        dataset: "referral-sources",
        group: "all",
        category: c,
        measure: "count",
        value: count,
        symbol: count === null ? "c" : null,
        base: 20,
        source: "s",
        derived: false,
      },
      {
        dataset: "referral-sources",
        group: "all",
        category: c,
        measure: "percent",
        value: count === null ? null : (100 * count) / 20,
        symbol: count === null ? "c" : null,
        base: 20,
        source: "s",
        derived: true,
      },
    ];
    const build = (records: FigureRecord[]) =>
      referralSourcesFigure(figureSet(records, { publisher: "t", synthetic: true, vocabulary: realVocabulary() }), { id: "r", series: [], whole: "all" });
    expect(build([...rec("a", 10), ...rec("b", 10)]).title).toBe("a and b each referred 50% of parents, more than any other source");
    // 20 - 8 - 7 = 5 could sit in the hidden source: less than 8, so 8 is surely the largest.
    expect(build([...rec("a", 8), ...rec("b", 7), ...rec("c", null)]).title).toBe("a referred 40% of parents, more than any other source");
    // 20 - 6 - 5 = 9 could be hidden: as large as 6, so the title only claims the sources shown.
    expect(build([...rec("a", 6), ...rec("b", 5), ...rec("c", null)]).title).toBe("a referred 30% of parents, the most of the sources that can be shown");
    expect(build([...rec("a", 0), ...rec("b", null), ...rec("c", null)]).title).toBe(
      "2 of the 3 sources of referral are suppressed to protect confidentiality, so the largest cannot be shown",
    );
  });
});

describe("deprivationFigure", () => {
  const model = () =>
    deprivationFigure(publishedSet(realFigures("deprivation"), "Salford", realVocabulary()), { id: "d", group: "clients with a known IMD rank" });

  it("titles Salford's chart with our published sum of the most deprived tenth", () => {
    expect(model().title).toBe("67% of clients (156 of 234) lived in the most deprived 10% of areas in England");
  });

  it("shows six bands with the data step's shares, and our sum as the last table row", () => {
    const m = model();
    if (m.chart.kind !== "bars") throw new Error("bars expected");
    expect(m.chart.rows.map((b) => b.label)).toEqual([
      "25% (59 of 234)",
      "12% (28 of 234)",
      "29% (69 of 234)",
      "14% (33 of 234)",
      "8% (18 of 234)",
      "12% (27 of 234)",
    ]);
    expect(m.chart.rows[1]!.category).toBe("Top 5% (3% to 5%)");
    expect(m.table.rows.at(-1)).toEqual(["Most deprived 10% of areas (our sum)", "The most deprived 10% of areas in England", "67% (156 of 234)"]);
  });

  it("says the counts were recovered, because the bands' counts are derived", () => {
    expect(model().cautions[0]).toContain("234 is the smallest number of clients");
  });

  it("works on a bundle's deciles with a suppressed decile", () => {
    const rec = (category: string, label: string, count: number | null, derived = false): FigureRecord[] => [
      {
        dataset: "deprivation",
        group: "all",
        category,
        label,
        measure: "count",
        value: count,
        symbol: count === null ? "c" : null,
        base: 40,
        source: "Tracker bundle",
        derived,
      },
      {
        dataset: "deprivation",
        group: "all",
        category,
        label,
        measure: "percent",
        value: count === null ? null : Math.round((100 * count) / 40),
        symbol: count === null ? "c" : null,
        base: 40,
        source: "Tracker bundle",
        derived: true,
      },
    ];
    const set = figureSet([...rec("decile-1", "Most deprived 10%", 30), ...rec("decile-2", "10% to 20%", null), ...rec("decile-3", "20% to 30%", 8)], {
      publisher: "t",
      synthetic: true,
      vocabulary: realVocabulary(),
    });
    const m = deprivationFigure(set, { id: "d", group: "all" });
    expect(m.table.rows.map((r) => r[2])).toEqual(["75% (30 of 40)", "[c]", "20% (8 of 40)"]);
    expect(m.cautions.join(" ")).toContain("[c]");
    expect(m.cautions.join(" ")).not.toContain("recovered");
  });
});
