// Found by an independent two-release attack on a synthetic export: disclosure.json published each [c]'s audit width,
// and the audit computes it with a private fact, whether the [c] hides a zero (hiddenFloor: at least 0 where it hides a
// zero, else at least 1). Zeros are hidden only for group disclosure, so the width told a reader which [c] was the zero
// hidden to stop them proving that every member of a group is in one category. A bundle now publishes publicWidth, the
// width a reader can prove from the printed figures alone; two tables that print the same figures publish the same.
// Synthetic: made-up counts.
import { describe, expect, test } from "vitest";
import { protect, type Cell, type Relation } from "../../../src/lib/disclosure/index.ts";

// A group of 8 parents homeless at referral, broken down by their housing three years on (same / different), beside
// 12 others. Table A: all 8 moved (0 same: group disclosure, guarded as the tracker's model does with `.others`).
// Table B: 1 stayed, 7 moved. Both print the same figures.
function table(same: number): { cells: Cell[]; relations: Relation[] } {
  const cells: Cell[] = [
    { id: "all", value: 20, cost: 1e9 },
    { id: "homeless", value: 8, cost: 1e6 },
    { id: "rest", value: 12 },
    { id: "homeless.same", value: same },
    { id: "homeless.different", value: 8 - same },
  ];
  const relations: Relation[] = [
    { total: "all", parts: ["homeless", "rest"] },
    { total: "homeless", parts: ["homeless.same", "homeless.different"] },
  ];
  if (same === 0) {
    // model.oneCategory: the sum of the other categories (0) as an unprinted cell guarded whatever its value.
    cells.push({ id: "homeless.different.others", value: 0, published: false, guard: "always" });
    relations.push({ total: "homeless.different.others", parts: ["homeless.same"] });
  }
  return { cells, relations };
}

describe("the published audit widths say nothing that the printed figures do not", () => {
  test("a hidden zero (group disclosure) and a hidden 1 that print the same get the same widths", async () => {
    const [a, b] = await Promise.all([0, 1].map((same) => table(same)).map((t) => protect(t.cells, t.relations, { k: 5 })));
    expect(a!.passed && b!.passed).toBe(true);
    // Precondition: a reader sees the same figures.json in both.
    expect(a!.cells.map((c) => [c.id, c.value])).toEqual(b!.cells.map((c) => [c.id, c.value]));
    // The audit's own widths tell the two apart (7 and 6): this is the case the published widths must not betray.
    const widths = (r: typeof a, key: "width" | "publicWidth") => Object.fromEntries(r!.audit.map((e) => [e.id, e[key]]));
    expect(widths(a, "width")).not.toEqual(widths(b, "width"));
    // What disclosure.json prints for each [c] does not, and is never narrower than what the audit proved.
    expect(widths(a, "publicWidth")).toEqual(widths(b, "publicWidth"));
    for (const e of [...a!.audit, ...b!.audit]) expect(e.publicWidth).toBeGreaterThanOrEqual(e.width);
  });
});
