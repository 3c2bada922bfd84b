// A small group's breakdown (Relation.breakdown): 5 children split three ways, each [c] at least 1, could never be
// protected while the group's total is known, so a headline total had to go. Withheld whole (every part [c], zeros
// too, and a [c] there may be 0), the totals stay published and an independent intruder (YALPS) finds each part
// anywhere from 0 to 5.
import { describe, expect, it } from "vitest";
import { protect, type Cell, type Relation } from "../../src/lib/disclosure/index.ts";
import { attackPublished } from "./disclosure/attack.ts";

function table(breakdown: boolean): { cells: Cell[]; relations: Relation[] } {
  const headline = 1e9;
  const cells: Cell[] = [
    { id: "all.closed", value: 64, cost: headline },
    { id: "expected.closed", value: 59, cost: headline },
    { id: "later.closed", value: 5, cost: headline },
    { id: "later.home", value: 2 },
    { id: "later.away", value: 2 },
    { id: "later.sgo", value: 1 },
    { id: "later.moved", value: 0 },
    { id: "expected.home", value: 30 },
    { id: "expected.away", value: 20 },
    { id: "expected.sgo", value: 9 },
    { id: "expected.moved", value: 0 },
    { id: "all.home", value: 32 },
    { id: "all.away", value: 22 },
    { id: "all.sgo", value: 10 },
    { id: "all.moved", value: 0 },
  ];
  const kinds = ["home", "away", "sgo", "moved"];
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
    const big = t.cells.map((c) => (c.id === "later.home" ? { ...c, value: 7 } : c.id === "later.closed" || c.id === "all.closed" ? { ...c, value: c.value + 5 } : c.id === "all.home" ? { ...c, value: 37 } : c));
    const r = await protect(big, t.relations, { k: 5 });
    expect(r.passed).toBe(true);
    expect(r.cells.find((c) => c.id === "later.moved")?.value).toBe(0);
  });
});
