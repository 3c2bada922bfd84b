// A count about a group whose size may be worked out (parents whose sex is not
// recorded) needs an interval only as wide as that group: wider is impossible,
// and that wide tells no one more than the group's size. Without Cell.groupSize
// a group of 3 forces one of the totals it is worked out from to be hidden.
import { describe, expect, it } from "vitest";
import { protect, type Cell, type Relation } from "../../src/lib/disclosure/index.ts";

function table(groupSize?: number): { cells: Cell[]; relations: Relation[] } {
  const unknown = (id: string, value: number): Cell => ({ id, value, published: false, ...(groupSize ? { groupSize } : {}) });
  return {
    cells: [
      { id: "all", value: 40, cost: 1e9 },
      { id: "women", value: 25, cost: 1e9 },
      { id: "men", value: 12, cost: 1e9 },
      { id: "unknown", value: 3, published: false, guard: false },
      unknown("unknown.young", 1),
      unknown("unknown.old", 2),
    ],
    relations: [
      { total: "all", parts: ["women", "men", "unknown"] },
      { total: "unknown", parts: ["unknown.young", "unknown.old"] },
    ],
  };
}

const hidden = async (t: ReturnType<typeof table>) => {
  const r = await protect(t.cells, t.relations, { k: 5 });
  expect(r.passed).toBe(true);
  return r.cells.filter((c) => c.value === null).map((c) => c.id);
};

describe("Cell.groupSize", () => {
  it("without it, three parents of unknown sex hide one of the totals", async () => {
    expect(await hidden(table())).toHaveLength(1);
  });

  it("with it, every total stays published: the unknown group's ages can be anything from 0 to 3", async () => {
    expect(await hidden(table(3))).toEqual([]);
  });
});
