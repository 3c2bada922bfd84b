// The audit's intervals against values worked out by hand, and the rules on input.
import { describe, expect, test } from "vitest";
import { audit, DisclosureInputError, protect, type Cell } from "../../../src/lib/disclosure/index.ts";
import { grid } from "../../fixtures/disclosure/tables.ts";

const interval = (entries: { id: string; lower: number; upper: number }[]) => Object.fromEntries(entries.map((e) => [e.id, [e.lower, e.upper]]));

describe("intervals worked out by hand", () => {
  test("a row of 3 + 4 + 10 = 17 with the 3 and 4 hidden", async () => {
    // x + y = 17 - 10 = 7 and each [c] is at least 1, so each lies in 1..6: width 5.
    const cells = [
      { id: "x", value: 3 },
      { id: "y", value: 4 },
      { id: "z", value: 10 },
      { id: "all", value: 17 },
    ];
    const relations = [{ total: "all", parts: ["x", "y", "z"] }];
    const at5 = await audit(cells, relations, new Set(["x", "y"]), { k: 5 });
    expect(interval(at5)).toEqual({ x: [1, 6], y: [1, 6] });
    expect(at5.every((e) => e.width === 5 && e.passed)).toBe(true);
    const at6 = await audit(cells, relations, new Set(["x", "y"]), { k: 6 });
    expect(at6.every((e) => !e.passed)).toBe(true);
  });

  test("a 2 x 2 table with its four inner cells hidden", async () => {
    // 2 6 | 8 ; 7 9 | 16 ; 9 15 | 24. With a the top-left cell: b = 8 - a, c = 9 - a,
    // d = 7 + a; every cell at least 1 gives a in 1..7, so b in 1..7, c in 2..8, d in 8..14.
    const t = grid("", [
      [2, 6],
      [7, 9],
    ]);
    const hidden = new Set(["r1c1", "r1c2", "r2c1", "r2c2"]);
    const entries = await audit(t.cells, t.relations, hidden, { k: 5 });
    expect(interval(entries)).toEqual({ r1c1: [1, 7], r1c2: [1, 7], r2c1: [2, 8], r2c2: [8, 14] });
    expect(entries.map((e) => e.kind)).toEqual(["primary", "secondary", "secondary", "secondary"]);
  });

  test("ages of parents whose known-age base is never published", async () => {
    // age1 + age2 = known; known + unknown = 12 (all parents); known and unknown are not
    // published, so age1 + age2 <= 12: age1 in 1..11 (age2 >= 1, unknown >= 0).
    const cells: Cell[] = [
      { id: "age1", value: 2 },
      { id: "age2", value: 7 },
      { id: "known", value: 9, published: false },
      { id: "unknown", value: 3, published: false },
      { id: "all", value: 12 },
    ];
    const relations = [
      { total: "known", parts: ["age1", "age2"] },
      { total: "all", parts: ["known", "unknown"] },
    ];
    const entries = await audit(cells, relations, new Set(["age1", "age2"]), { k: 5 });
    expect(interval(entries)).toEqual({ age1: [1, 11], age2: [1, 11] });
    // Publishing the base pins nothing here but narrows both to 1..8.
    const published = cells.map((c) => (c.id === "known" ? { id: c.id, value: c.value } : c));
    expect(interval(await audit(published, relations, new Set(["age1", "age2"]), { k: 5 }))).toEqual({
      age1: [1, 8],
      age2: [1, 8],
    });
  });

  test("a count in no relation can be anything from 1 up", async () => {
    const [entry] = await audit([{ id: "alone", value: 2 }], [], new Set(["alone"]), { k: 5 });
    expect(entry).toMatchObject({ lower: 1, upper: Infinity, width: Infinity, passed: true });
  });

  test("rounded to 5: a 3 hidden beside an 11 shown as 10 and a total of 14 shown as 15", async () => {
    // A shown 10 means 8..12 and a shown 15 means 13..17, so the 3 lies in 13 - 12 .. 17 - 8 = 1..9.
    const cells = [
      { id: "a", value: 3 },
      { id: "b", value: 11 },
      { id: "all", value: 14 },
    ];
    const relations = [{ total: "all", parts: ["a", "b"] }];
    const [entry] = await audit(cells, relations, new Set(["a"]), { k: 5, rounding: 5 });
    expect(entry).toMatchObject({ id: "a", lower: 1, upper: 9, width: 8, passed: true });
    const r = await protect(cells, relations, { k: 5, rounding: 5 });
    expect(r.cells).toEqual([
      { id: "a", value: null, symbol: "c", kind: "primary" },
      { id: "b", value: 10 },
      { id: "all", value: 15 },
    ]);
    expect(r.passed).toBe(true);
  });

  test("rounded to 5 with k = 6: a shown 5 can only be a 6 or a 7", async () => {
    // 3 + 6 = 9: the 6 is shown as 5 (6..7 given k = 6), the 9 as 10 (8..12): the 3 lies in 1..6.
    const cells = [
      { id: "a", value: 3 },
      { id: "b", value: 6 },
      { id: "all", value: 9 },
    ];
    const [entry] = await audit(cells, [{ total: "all", parts: ["a", "b"] }], new Set(["a"]), { k: 6, rounding: 5 });
    expect(entry).toMatchObject({ lower: 1, upper: 6, width: 5, passed: false });
  });
});

describe("rules on input", () => {
  const cells = [
    { id: "a", value: 2 },
    { id: "b", value: 7 },
    { id: "all", value: 9 },
  ];
  const relations = [{ total: "all", parts: ["a", "b"] }];

  test.each([2, 0, 4.5, Number.NaN])("k = %s is refused", async (k) => {
    await expect(protect(cells, relations, { k })).rejects.toThrow(/k must be a whole number of at least 3/);
  });

  test("rounding other than 5 is refused", async () => {
    await expect(protect(cells, relations, { k: 5, rounding: 10 as 5 })).rejects.toThrow(/rounding must be 5/);
  });

  test("a relation that does not add up names the relation, never the counts", async () => {
    const wrong = [
      { id: "a", value: 2 },
      { id: "b", value: 7 },
      { id: "all", value: 10 },
    ];
    const error = await protect(wrong, relations, { k: 5 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DisclosureInputError);
    expect(String(error)).toMatch(/relation 1 \(total all\): the parts do not add up/);
    expect(String(error)).not.toMatch(/\b(2|7|10)\b/);
  });

  test.each([
    [[...cells, { id: "a", value: 2 }], relations, /cell a: the id appears more than once/],
    [[{ id: "a", value: -1 }, ...cells.slice(1)], relations, /cell a: a count must be a whole number/],
    [cells, [{ total: "all", parts: ["a", "c"] }], /no cell has the id c/],
    [cells, [{ total: "all", parts: ["all", "a"] }], /a cell appears twice/],
    [cells, [{ total: "all", parts: [] }], /at least one part/],
  ])("bad input %#", async (badCells, badRelations, message) => {
    await expect(protect(badCells, badRelations, { k: 5 })).rejects.toThrow(message);
  });

  test("zeros are shown and unpublished cells are left out of the output", async () => {
    const r = await protect(
      [
        { id: "none", value: 0 },
        { id: "many", value: 12 },
        { id: "all", value: 12 },
        { id: "hidden-base", value: 12, published: false },
      ],
      [{ total: "all", parts: ["none", "many"] }],
      { k: 5 },
    );
    expect(r.cells).toEqual([
      { id: "none", value: 0 },
      { id: "many", value: 12 },
      { id: "all", value: 12 },
    ]);
    expect(r).toMatchObject({ passed: true, counts: { primary: 0, secondary: 0 }, audit: [] });
  });
});
