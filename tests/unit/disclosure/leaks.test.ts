// Tables where hiding only the small counts leaks them, each protected by the
// secondary suppression it needs, and confirmed by the independent attack.
import { describe, expect, test } from "vitest";
import { audit, protect, type Cell, type DisclosureResult, type Relation } from "../../../src/lib/disclosure/index.ts";
import { attackPublished } from "../../fixtures/disclosure/attack.ts";
import { grid, linked, sameParents } from "../../fixtures/disclosure/tables.ts";

const hiddenIds = (r: DisclosureResult) => r.cells.filter((c) => c.value === null).map((c) => c.id);

/** The protected output resists the independent attack: every [c] at least k wide. */
function expectAttackFails(r: DisclosureResult, relations: Relation[], k: number, unpublished: string[] = []) {
  const found = attackPublished(r.cells, unpublished, relations, k);
  expect(found.length).toBe(hiddenIds(r).length);
  for (const a of found) expect(a.upper - a.lower, a.id).toBeGreaterThanOrEqual(k);
}

describe("a row with one hidden cell and a total", () => {
  const cells: Cell[] = [
    { id: "a", value: 3 },
    { id: "b", value: 10 },
    { id: "c", value: 12 },
    { id: "all", value: 25 },
  ];
  const relations = [{ total: "all", parts: ["a", "b", "c"] }];

  test("hiding only the 3 gives it away: the total minus the rest", async () => {
    const [entry] = await audit(cells, relations, new Set(["a"]), { k: 5 });
    expect(entry).toEqual({ id: "a", kind: "primary", lower: 3, upper: 3, width: 0, passed: false, publicWidth: 0 });
  });

  test("protect also hides the smallest other cell, and the pair cannot be split", async () => {
    const r = await protect(cells, relations, { k: 5 });
    expect(hiddenIds(r)).toEqual(["a", "b"]);
    expect(r.counts).toEqual({ primary: 1, secondary: 1 });
    expect(r.audit.map((e) => [e.id, e.kind, e.lower, e.upper])).toEqual([
      ["a", "primary", 1, 12],
      ["b", "secondary", 1, 12],
    ]);
    expect(r.passed).toBe(true);
    expectAttackFails(r, relations, 5);
  });
});

describe("a column total that gives a hidden cell away", () => {
  // 2 | 10 | 12
  // 8 |  9 | 17
  // 10| 19 | 29
  const t = grid("g", [
    [2, 10],
    [8, 9],
  ]);

  test("hiding the 2 and its row partner still leaves the 2 = column total minus 8", async () => {
    const entries = await audit(t.cells, t.relations, new Set(["gr1c1", "gr1c2"]), { k: 5 });
    expect(entries.find((e) => e.id === "gr1c1")).toMatchObject({ lower: 2, upper: 2, passed: false });
  });

  test("protect hides a rectangle of four cells, leaving every total shown", async () => {
    const r = await protect(t.cells, t.relations, { k: 5 });
    expect(hiddenIds(r)).toEqual(["gr1c1", "gr1c2", "gr2c1", "gr2c2"]);
    expect(r.audit.find((e) => e.id === "gr1c1")).toMatchObject({ lower: 1, upper: 9, passed: true });
    expect(r.passed).toBe(true);
    expectAttackFails(r, t.relations, 5);
  });
});

describe("the same hidden cell recovered from a second table of the same parents", () => {
  // Ages: 2 + 4 = 6 parents. On its own the ages table must hide its total (2 + 4 = 6 leaves
  // each within 1..5). Sources of the same 6 parents: 6 by one route, 0 by another, which
  // publishes the 6 again unless that table hides its 6 too.
  const { ages, sources } = sameParents;
  const both = linked(ages, sources);

  test("protecting each table on its own leaks the 2 when both are published", async () => {
    const a = await protect(ages.cells, ages.relations, { k: 5 });
    const s = await protect(sources.cells, sources.relations, { k: 5 });
    expect(a.passed && s.passed).toBe(true);
    const naive = new Set([...hiddenIds(a), ...hiddenIds(s)]);
    expect(naive).toEqual(new Set(["age1", "age2", "parents"]));
    const entries = await audit(both.cells, both.relations, naive, { k: 5 });
    expect(entries.find((e) => e.id === "age1")).toMatchObject({ lower: 1, upper: 5, passed: false });
  });

  test("protecting them together also hides the 6 in the sources table, and never the zero", async () => {
    const r = await protect(both.cells, both.relations, { k: 5 });
    expect(hiddenIds(r).sort()).toEqual(["age1", "age2", "parents", "src1"]);
    expect(r.cells.find((c) => c.id === "src2")).toEqual({ id: "src2", value: 0 });
    expect(r.passed).toBe(true);
    expectAttackFails(r, both.relations, 5);
  });
});
