// A small group's breakdown (Relation.breakdown): 5 children split three ways, each [c] at least 1, could never be
// protected while the group's total is known, so a headline total had to go. Withheld whole (every part [c], zeros
// too, and a [c] there may be 0), the totals stay published and an independent intruder (YALPS) finds each part
// anywhere from 0 to 5.
import { describe, expect, it } from "vitest";
import { audit, protect, type Cell, type Relation } from "../../../src/lib/disclosure/index.ts";
import { cheaperPattern } from "../../../src/lib/disclosure/suppress.ts";
import { buildTable, hiddenFloor } from "../../../src/lib/disclosure/table.ts";
import { attackPublished } from "../../fixtures/disclosure/attack.ts";

function table(breakdown: boolean): { cells: Cell[]; relations: Relation[] } {
  const headline = 1e9;
  const kinds = ["home", "away", "sgo", "moved"];
  // Each group's children by kind, in the order of kinds.
  const byKind = { later: [2, 2, 1, 0], expected: [30, 20, 9, 0], all: [32, 22, 10, 0] };
  const cells: Cell[] = [
    { id: "all.closed", value: 64, cost: headline },
    { id: "expected.closed", value: 59, cost: headline },
    { id: "later.closed", value: 5, cost: headline },
    ...Object.entries(byKind).flatMap(([group, values]) => kinds.map((x, i) => ({ id: `${group}.${x}`, value: values[i]! }))),
  ];
  const relations: Relation[] = [
    { total: "later.closed", parts: kinds.map((x) => `later.${x}`), ...(breakdown ? { breakdown } : {}) },
    { total: "expected.closed", parts: kinds.map((x) => `expected.${x}`), ...(breakdown ? { breakdown } : {}) },
    { total: "all.closed", parts: ["expected.closed", "later.closed"] },
    ...kinds.map((x) => ({ total: `all.${x}`, parts: [`expected.${x}`, `later.${x}`] })),
  ];
  return { cells, relations };
}

const hiddenOf = async (breakdown: boolean) => {
  const t = table(breakdown);
  const r = await protect(t.cells, t.relations, { k: 5 });
  expect(r.passed).toBe(true);
  return { r, t, hidden: r.cells.filter((c) => c.value === null).map((c) => c.id) };
};

describe("Relation.breakdown: a small group's breakdown withheld whole", () => {
  it("without it, a headline total is hidden to protect a group of 5", async () => {
    const { hidden } = await hiddenOf(false);
    expect(hidden.filter((id) => id.endsWith(".closed"))).not.toEqual([]);
  });

  it("with it, every total is published, the small group's parts are all [c] (its zero too), the large group's are not", async () => {
    const { hidden, r, t } = await hiddenOf(true);
    expect(hidden.filter((id) => id.endsWith(".closed"))).toEqual([]);
    for (const x of ["home", "away", "sgo", "moved"]) expect(hidden).toContain(`later.${x}`);
    expect(hidden).not.toContain("expected.home");
    const found = attackPublished(r.cells, [], t.relations, 5, null, false, [], 0);
    for (const a of found.filter((f) => f.id.startsWith("later."))) expect([a.id, a.lower + 0, a.upper]).toEqual([a.id, 0, 5]);
    for (const a of found) expect(a.upper - a.lower, a.id).toBeGreaterThanOrEqual(5);
  });

  it("a group of 2k or more is not withheld", async () => {
    const t = table(true);
    const big = t.cells.map((c) =>
      c.id === "later.home"
        ? { ...c, value: 7 }
        : c.id === "later.closed" || c.id === "all.closed"
          ? { ...c, value: c.value + 5 }
          : c.id === "all.home"
            ? { ...c, value: 37 }
            : c,
    );
    const r = await protect(big, t.relations, { k: 5 });
    expect(r.passed).toBe(true);
    expect(r.cells.find((c) => c.id === "later.moved")?.value).toBe(0);
  });
});

// A printed part proves a breakdown is not withheld, so its group is at least 2k. Here the children born later (12,
// k = 5) are hidden, and so is the group they make with those expected at referral (88, at least 87 + 1 from its
// split): 1 to 12 from the totals, 7 or more from the printed part (6) and the hidden one. The printed part also says
// the group is 10 or more, so it is 10 to 12: too narrow unless suppression hides more.
describe("the size a printed part of a breakdown proves", () => {
  const cells: Cell[] = [
    { id: "all.closed", value: 100, cost: 1e9 },
    { id: "expected.closed", value: 88 },
    { id: "expected.one", value: 87 },
    { id: "expected.other", value: 1 },
    { id: "later.closed", value: 12 },
    { id: "later.home", value: 6 },
    { id: "later.away", value: 6 },
  ];
  const relations: Relation[] = [
    { total: "all.closed", parts: ["expected.closed", "later.closed"] },
    { total: "expected.closed", parts: ["expected.one", "expected.other"] },
    { total: "later.closed", parts: ["later.home", "later.away"], breakdown: true },
  ];

  it("is in the audit's model: the group hidden beside its printed part is at least 2k", async () => {
    const hidden = new Set(["expected.closed", "expected.other", "later.closed", "later.away"]);
    const found = new Map((await audit(cells, relations, hidden, { k: 5 })).map((a) => [a.id, a]));
    expect([found.get("later.closed")?.lower, found.get("later.closed")?.upper, found.get("later.closed")?.passed]).toEqual([10, 12, false]);
    // The independent intruder, told the same, finds the same.
    const shown = cells.map((c) => (hidden.has(c.id) ? { id: c.id, value: null, symbol: "c" as const } : { id: c.id, value: c.value }));
    const later = attackPublished(shown, [], relations, 5, null, false, [], 1).find((a) => a.id === "later.closed");
    expect([later?.lower, later?.upper]).toEqual([10, 12]);
  });

  it("suppression hides what the bound makes necessary, and every [c] is at least k wide to an intruder who knows it", async () => {
    const r = await protect(cells, relations, { k: 5 });
    expect(r.passed).toBe(true);
    for (const a of r.audit) expect(a.width, a.id).toBeGreaterThanOrEqual(5);
    const found = attackPublished(r.cells, [], relations, 5, null, false, [], 1);
    for (const a of found) expect(a.upper - a.lower, a.id).toBeGreaterThanOrEqual(5);
  });

  it("a withheld breakdown (every part [c]) is not taken to prove its group smaller than 2k", async () => {
    const small = cells.map((c) =>
      c.id === "later.closed" ? { ...c, value: 8 } : c.id === "later.away" ? { ...c, value: 2 } : c.id === "all.closed" ? { ...c, value: 96 } : c,
    );
    const hidden = new Set(["expected.closed", "expected.other", "later.closed", "later.home", "later.away"]);
    const found = new Map((await audit(small, relations, hidden, { k: 5 })).map((a) => [a.id, a]));
    expect([found.get("later.closed")?.lower, found.get("later.closed")?.upper]).toEqual([1, 8]);
  });
});

describe("the method text", () => {
  it("names the tables whose breakdowns are withheld, and says zeros are always shown when none is", async () => {
    const t = table(true);
    const withBreakdowns = await protect(t.cells, t.relations, { k: 5 }, { breakdowns: "children's status at case closure" });
    expect(withBreakdowns.method).toContain(
      "zeros are shown, except in children's status at case closure: where the group broken down is smaller than 10, its breakdown is hidden whole",
    );
    const none = await protect(table(false).cells, table(false).relations, { k: 5 });
    expect(none.method).toContain("zeros are shown. Further counts");
    expect(none.method).not.toContain("except");
  });
});

// The heuristic's choice between raising a cell and lowering it (cheaperPattern) tries the lower goal only when a [c]
// can be that low, by the audit's floor (hiddenFloor): 0 in a withheld breakdown, not 1. Here x (3 of a withheld group
// of 5, with y = 2) is at least 1 and at most 5 at the start of a round: raising it to 6 would need the group's total
// hidden, while 0 is within what the published figures allow, at no cost.
describe("secondary suppression in a withheld breakdown", () => {
  it("may take a withheld [c] down to 0, hiding nothing more", async () => {
    const t = buildTable(
      [
        { id: "group", value: 5 },
        { id: "x", value: 3 },
        { id: "y", value: 2 },
      ],
      [{ total: "group", parts: ["x", "y"], breakdown: true }],
    );
    const [group, x, y] = ["group", "x", "y"].map((id) => t.index.get(id)!) as [number, number, number];
    expect(hiddenFloor(t, x, 5)).toBe(0);
    const pattern = await cheaperPattern(t, new Set([x, y]), { k: 5, rounding: null }, x, { lower: 1, upper: 5 });
    expect(pattern.map((i) => t.ids[i])).toEqual([]);
    expect(pattern).not.toContain(group);
  });
});
