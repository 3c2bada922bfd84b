// An independent attack for the tests, written apart from src/lib/disclosure and
// solved with a different solver (YALPS, pure JavaScript). It sees only what an
// intruder sees: the published output (numbers and [c]), which cells exist but
// are never published, the relations, k and the rounding rule. Every cell is a
// variable (YALPS variables are non-negative); each relation and each shown
// number is a constraint; then each [c] cell is minimised and maximised.
import { solve, type Constraint, type Model } from "yalps";
import type { ProtectedCell, Relation } from "../../../src/lib/disclosure/index.ts";

export interface Attacked {
  id: string;
  lower: number;
  upper: number;
}

export function attackPublished(
  shown: ProtectedCell[],
  unpublished: string[],
  relations: Relation[],
  k: number,
  rounding: 5 | null = null,
  integers = false,
  /** Cells to try besides every [c]: unpublished ones that must not be pinned either. */
  alsoTry: string[] = [],
  /** The least a [c] can be: 1 where zeros are always shown; 0 for a bundle, where a zero is hidden now and then to
   *  stop a breakdown showing that a whole group shares one category. */
  hiddenMin: 0 | 1 = 1,
): Attacked[] {
  const constraints = new Map<string, Constraint>();
  const coefficients = new Map<string, Map<string, number>>();
  const add = (cell: string, row: string, coef: number) => {
    const row0 = coefficients.get(cell) ?? new Map<string, number>();
    row0.set(row, (row0.get(row) ?? 0) + coef);
    coefficients.set(cell, row0);
  };
  for (const id of unpublished) coefficients.set(id, new Map());
  relations.forEach((r, n) => {
    constraints.set(`relation${n}`, { equal: 0 });
    add(r.total, `relation${n}`, 1);
    for (const p of r.parts) add(p, `relation${n}`, -1);
  });
  for (const cell of shown) {
    const row = `shown:${cell.id}`;
    add(cell.id, row, 1);
    if (cell.value === null) constraints.set(row, { min: hiddenMin });
    else if (rounding === null) constraints.set(row, { equal: cell.value });
    else if (cell.value === 0)
      constraints.set(row, { equal: 0 }); // 1 and 2 would be [c]
    else constraints.set(row, { min: Math.max(cell.value - 2, k), max: cell.value + 2 });
  }
  // A part of a breakdown (Relation.breakdown) printed as a number above 0 proves it is not withheld: its group is at
  // least 2k. (Every part [c] proves nothing: a larger group's parts may all be suppressed.)
  const printed = new Map(shown.map((c) => [c.id, c.value]));
  relations.forEach((r, n) => {
    if (!r.breakdown || !r.parts.some((p) => (printed.get(p) ?? 0) > 0)) return;
    constraints.set(`group${n}`, { min: 2 * k });
    add(r.total, `group${n}`, 1);
  });
  const hidden = [...shown.filter((c) => c.value === null).map((c) => c.id), ...alsoTry];
  return hidden.map((id) => {
    const model = (direction: "minimize" | "maximize"): Model => ({
      direction,
      objective: "goal",
      constraints,
      variables: [...coefficients].map(([cell, row]) => [cell, cell === id ? new Map([...row, ["goal", 1]]) : row]),
      integers,
    });
    const low = solve(model("minimize"));
    const high = solve(model("maximize"));
    if (low.status !== "optimal") throw new Error(`attack: minimum of ${id} is ${low.status}`);
    if (high.status !== "optimal" && high.status !== "unbounded") throw new Error(`attack: maximum of ${id} is ${high.status}`);
    return {
      id,
      lower: Math.ceil(low.result - 1e-6),
      upper: high.status === "unbounded" ? Infinity : Math.floor(high.result + 1e-6),
    };
  });
}
