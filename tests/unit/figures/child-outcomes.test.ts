import { describe, expect, it } from "vitest";
import { childStatusFigure, groupCounts, groupingOf } from "../../../src/lib/figures/child-outcomes.ts";
import { shareTable } from "../../../src/lib/figures/shares.ts";
import { figureSet, publishedSet, type FigureRecord } from "../../../src/lib/figures/set.ts";
import { realFigures } from "../../fixtures/real-outputs.ts";
import { figureCase } from "../../fixtures/figure-cases.ts";
import { realVocabulary } from "../../fixtures/vocabulary.ts";

const salford = () => publishedSet([...realFigures("child-outcomes"), ...realFigures("costs")], "Salford", realVocabulary());
const WHOLE = { whole: "all children born", period: "final known status after case closure" };

describe("childStatusFigure on Table 9", () => {
  const m = () =>
    childStatusFigure(salford(), {
      id: "a",
      ...WHOLE,
      parts: [
        { group: "first children", name: "Expected at referral" },
        { group: "additional children", name: "Born later" },
      ],
    });

  it("states the data step's at-home sum (84 of 148) in the title, not a sum of its own", () => {
    expect(m().title).toBe("When their cases closed, 84 of the 148 children born to the families had a status for a child living at home");
  });

  it("accounts for every child in the summary: the groupings' counts add up to Table 9's total", () => {
    const t = shareTable(salford(), { dataset: "child-outcomes", group: [WHOLE.whole], period: WHOLE.period });
    const groups = groupCounts(
      salford(),
      WHOLE,
      t.categories.map((c) => t.cell(c.value, WHOLE.whole)),
    );
    expect(groups.map((g) => [g.grouping, g.count])).toEqual([
      ["at-home", 84],
      ["not-with-parents", 42],
      ["not-an-outcome", 21],
      ["not-yet-born", 1],
    ]);
    expect(groups.reduce((s, g) => s + g.count, 0)).toBe(148);
    expect(m().summary).toContain("84 had a status for a child living at home");
    expect(m().summary).toContain("42 were not with their parents");
    expect(m().summary).toContain("1 was not yet born (Unborn)");
  });

  it("names every bar with its grouping in words and splits the table into the two parts", () => {
    const model = m();
    if (model.chart.kind !== "bars") throw new Error("bars expected");
    expect(model.chart.rows.find((b) => b.category === "Universal")).toMatchObject({ series: "At-home status", label: "34% (50 of 148)" });
    expect(model.table.columns.map((c) => c.label)).toEqual(["Status", "Expected at referral", "Born later", "All children born"]);
    expect(model.table.rows.find((r) => r[0] === "Adoption")).toEqual(["Adoption", "19 of 131", "2 of 17", "14% (21 of 148)"]);
    expect(model.cautions[0]).toContain("Only 17 of the children born to the families were children born later");
  });

  it("groups statuses from the vocabulary", () => {
    expect(groupingOf(realVocabulary(), "Child in Need")).toBe("at-home");
    expect(groupingOf(realVocabulary(), "Adoption")).toBe("not-with-parents");
    expect(groupingOf(realVocabulary(), "Not a status anywhere")).toBeNull();
  });
});

describe("childStatusFigure on a bundle", () => {
  const rec = (category: string, label: string, measure: string, value: number | null): FigureRecord => ({
    dataset: "child-outcomes",
    group: "all",
    category,
    label,
    measure,
    value,
    symbol: value === null ? "c" : null,
    base: 30,
    source: "Tracker bundle",
    derived: measure === "percent",
  });
  const set = figureSet(
    [
      rec("universal", "Universal services", "count", 20),
      rec("universal", "Universal services", "percent", 67),
      rec("adoption", "Adoption", "count", null),
      rec("adoption", "Adoption", "percent", null),
    ],
    { publisher: "t", synthetic: true, vocabulary: realVocabulary() },
  );

  it("shows a suppressed status as [c], and without a published at-home sum says nothing about one", () => {
    const m = childStatusFigure(set, { id: "c", whole: "all" });
    // In the vocabulary's order of the standard's codes: adoption before universal services.
    expect(m.table.rows.map((r) => r.at(-1))).toEqual(["[c]", "67% (20 of 30)"]);
    expect(m.title).not.toContain("at home");
    expect(m.cautions.join(" ")).toContain("[c]");
  });
});

describe("childFlowFigure", () => {
  // The case /child-outcomes/ draws, snapshotted whole in models.test.ts.
  const m = () => figureCase("child-status-flow");

  it("titles the chart with the largest move between two statuses, against its start status's Table 7 count", () => {
    // data/child-status-flows.csv: Child Protection Plan → Universal Services is 14, the largest move,
    // and the plan's five boxes (2 + 2 + 3 + 3 + 14) make Table 7's 24.
    expect(m().title).toBe("14 of the 24 children on a Child Protection Plan soon after birth were using only universal services when the case closed");
  });

  it("follows the looked-after children with Table 7's and Table 8's counts (6 and 6)", () => {
    expect(m().summary).toContain("6 children were looked after soon after birth and 6 when the case closed");
    expect(m().bases).toEqual([{ who: "children in the evaluation sample", n: 38 }]);
  });
});
