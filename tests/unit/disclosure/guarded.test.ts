// A small count that is never printed can still be worked out from printed
// ones: parents whose sex is not known are all parents less women less men.
// Disclosure control protects it as it protects a printed small count.
import { describe, expect, test } from "vitest";
import { protect, type Cell } from "../../../src/lib/disclosure/index.ts";
import { attack } from "../../../src/lib/disclosure/attacker.ts";
import { buildTable, checkSettings } from "../../../src/lib/disclosure/table.ts";

// One age band: all = female + male + unknown sex (unknown never printed).
const cells: Cell[] = [
  { id: "female", value: 20 },
  { id: "male", value: 12 },
  { id: "unknown", value: 2, published: false },
  { id: "all", value: 34 },
];
const relations = [{ total: "all", parts: ["female", "male", "unknown"] }];

/** The range an intruder can work out for the unprinted cell, given what was printed. */
async function rangeOfUnknown(hidden: string[]) {
  const table = buildTable(cells, relations);
  const set = new Set(hidden.map((id) => table.index.get(id)!));
  const found = await attack(table, set, checkSettings({ k: 5 }), [table.index.get("unknown")!]);
  return found.get(table.index.get("unknown")!)!;
}

describe("an unprinted small count", () => {
  test("is pinned exactly when everything else is printed (the leak this guards against)", async () => {
    expect(await rangeOfUnknown([])).toEqual({ lower: 2, upper: 2 });
  });

  test("is protected: protect hides printed cells until its range is at least k wide, and never prints it", async () => {
    const r = await protect(cells, relations, { k: 5 });
    expect(r.passed).toBe(true);
    const hidden = r.cells.filter((c) => c.value === null).map((c) => c.id);
    expect(hidden.length).toBeGreaterThan(0);
    expect(r.cells.map((c) => c.id)).not.toContain("unknown");
    const range = await rangeOfUnknown(hidden);
    expect(range.upper - range.lower).toBeGreaterThanOrEqual(5);
    // Secondary: nothing here is a printed small count.
    expect(r.counts.primary).toBe(0);
  });

  test("an unprinted zero or an unprinted large count needs no protection", async () => {
    for (const value of [0, 7]) {
      const r = await protect(
        cells.map((c) => (c.id === "unknown" ? { ...c, value } : c.id === "all" ? { ...c, value: 32 + value } : c)),
        relations,
        { k: 5 },
      );
      expect(
        r.cells.filter((c) => c.value === null),
        `unknown = ${value}`,
      ).toEqual([]);
    }
  });
});
