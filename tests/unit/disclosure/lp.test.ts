// The solver layer on its own: bounded, unbounded and infeasible programs.
import { describe, expect, test } from "vitest";
import { cheapest, ranges, type LinearProgram } from "../../../src/lib/disclosure/lp.ts";

// x0 + x1 = 7 with x0 >= 1, x1 >= 2, and x2 >= 0 free of any row.
const lp: LinearProgram = {
  lower: [1, 2, 0],
  upper: [Infinity, Infinity, Infinity],
  rows: [{ cols: [0, 1], coefs: [1, 1], lower: 7, upper: 7 }],
};

describe("ranges", () => {
  test("min and max of each column, Infinity when nothing bounds it", async () => {
    expect(await ranges(lp, [0, 1, 2])).toEqual([
      [1, 5],
      [2, 6],
      [0, Infinity],
    ]);
  });

  test("the same column twice gives the same answer (warm starts do not drift)", async () => {
    const [a, b] = await ranges(lp, [1, 1]);
    expect(a).toEqual(b);
  });

  test("an inconsistent program is an error, not an interval", async () => {
    const bad: LinearProgram = {
      ...lp,
      upper: [Infinity, 3, Infinity],
      rows: [{ cols: [0, 1], coefs: [1, 1], lower: 2, upper: 2 }],
    };
    await expect(ranges(bad, [0])).rejects.toThrow(/no table fits/);
  });
});

describe("cheapest", () => {
  test("the cheapest point, or null when there is none", async () => {
    const x = await cheapest(lp, [1, 2, 0]);
    expect(x && [...x]).toEqual([5, 2, 0]);
    const none = await cheapest({ ...lp, upper: [3, 3, Infinity] }, [1, 1, 0]);
    expect(none).toBeNull();
  });
});
