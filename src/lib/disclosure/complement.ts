// Choosing complementary (secondary) suppressions for one under-protected cell.
//
// The protection LP of Kelly, Golden and Assad (1992) and Fischetti and
// Salazar-Gonzalez (2000), as described in Hundepool et al. (2012, ch. 4): find
// a second table that agrees with everything that would still be published and
// in which the cell has moved far enough; every published cell that had to move
// in that table is suppressed. Each cell changes by d = p - m, and moving a
// published cell costs its cost (Cell.cost; by default its count) per unit, so small cells are hidden before
// large ones and totals last. Because the second table exists, the audit's
// interval for the cell then reaches the target, and hiding more cells later can
// only widen it.
import { cheapest, type LinearProgram } from "./lp.ts";
import { groupBounds, hiddenFloor, knownRange, ZERO_COST, type Settings, type Table } from "./table.ts";

export interface Pattern {
  cells: number[];
  cost: number;
}

/** Published cells to suppress so that `target` can reach `goal` (its whole-number value in the
 *  second table), or null when no such table exists. `cost` is the total of the pattern. The
 *  second table is first sought among cells at most two relations from the target (the rest
 *  stay as they are), which keeps each LP small, and only then in the whole table. */
export async function complementFor(table: Table, hidden: ReadonlySet<number>, settings: Settings, target: number, goal: number): Promise<Pattern | null> {
  for (const radius of [2, Infinity]) {
    const found = await within(table, hidden, settings, target, goal, scope(table, target, radius));
    if (found) return found;
  }
  return null;
}

async function within(table: Table, hidden: ReadonlySet<number>, settings: Settings, target: number, goal: number, near: number[]): Promise<Pattern | null> {
  const lp: LinearProgram = { lower: [], upper: [], rows: [] };
  const cost: number[] = [];
  const addColumn = (lower: number, upper: number, c: number) => {
    lp.lower.push(lower);
    lp.upper.push(upper);
    cost.push(c);
    return lp.lower.length - 1;
  };
  // Terms of each cell's change d, as [column, coefficient]; empty means fixed.
  const change = new Map<number, [number, number][]>();
  const paid = new Map<number, [number, number]>(); // candidate cell -> its p and m columns
  for (const i of near) {
    const v = table.value[i] ?? 0;
    if (i === target) change.set(i, [[addColumn(goal - v, goal - v, 0), 1]]);
    else if (hidden.has(i)) change.set(i, [[addColumn(hiddenFloor(table, i, settings.k) - v, Infinity, 0), 1]]);
    else if (!table.published[i]) change.set(i, [[addColumn(-v, Infinity, 0), 1]]);
    else if (table.fixed[i] === "shown")
      continue; // printed in an earlier release: known for good
    else if (v === 0) {
      // A zero is hidden only as a last resort (its cost is far above any count's): when nothing else can stop a
      // reader proving that a whole group shares one category (Cell.guard "always"). It can only move up.
      const p = addColumn(0, Infinity, table.cost[i] ?? ZERO_COST);
      change.set(i, [[p, 1]]);
      paid.set(i, [p, p]);
    } else {
      const c = table.cost[i] ?? v;
      const p = addColumn(0, Infinity, c);
      const m = addColumn(0, v - 1, c);
      const terms: [number, number][] = [
        [p, 1],
        [m, -1],
      ];
      const [lo, hi] = knownRange(v, settings);
      if (lo < hi) {
        // With rounding a shown cell may move within its range without being hidden.
        const s = addColumn(lo - v, hi - v, 0);
        terms.push([s, 1]);
        lp.rows.push({ cols: [s, m], coefs: [1, -1], lower: 1 - v, upper: Infinity });
      }
      change.set(i, terms);
      paid.set(i, [p, m]);
    }
  }
  // The second table keeps what a printed part of a breakdown proves of its group (groupBounds).
  for (const [i, [a, b]] of groupBounds(table, settings.k)) {
    const terms = change.get(i);
    const v = table.value[i] ?? 0;
    if (terms) lp.rows.push({ cols: terms.map(([c]) => c), coefs: terms.map(([, c]) => c), lower: a - v, upper: b - v });
  }
  // Every relation that touches a cell in scope; cells out of scope do not change.
  for (const { total, parts } of table.relations) {
    if (![total, ...parts].some((c) => change.has(c))) continue;
    const row = { cols: [] as number[], coefs: [] as number[], lower: 0, upper: 0 };
    for (const [cell, sign] of [[total, 1], ...parts.map((p) => [p, -1])] as [number, number][]) {
      for (const [col, coef] of change.get(cell) ?? []) {
        row.cols.push(col);
        row.coefs.push(sign * coef);
      }
    }
    if (row.cols.length > 0) lp.rows.push(row);
  }
  const x = await cheapest(lp, cost);
  if (x === null) return null;
  const cells: number[] = [];
  let total = 0;
  for (const [cell, [p, m]] of paid) {
    const moved = (x[p] ?? 0) + (x[m] ?? 0);
    if (moved > 1e-6) {
      cells.push(cell);
      total += moved * (table.cost[cell] ?? 0);
    }
  }
  return { cells, cost: total };
}

/** Cells at most `radius` relations away from the target (Infinity: all it is connected to). */
function scope(table: Table, target: number, radius: number): number[] {
  const seen = new Set([target]);
  let frontier = [target];
  for (let hop = 0; hop < radius && frontier.length > 0; hop++) {
    const next: number[] = [];
    for (const cell of frontier) {
      for (const r of table.byCell[cell] ?? []) {
        const { total, parts } = table.relations[r] ?? { total: cell, parts: [] };
        for (const m of [total, ...parts]) {
          if (!seen.has(m)) {
            seen.add(m);
            next.push(m);
          }
        }
      }
    }
    frontier = next;
  }
  return [...seen].sort((a, b) => a - b);
}
