// Small hand-made and generated tables for the disclosure tests.
import type { Cell, Relation } from "../../../src/lib/disclosure/index.ts";

export interface Built {
  cells: Cell[];
  relations: Relation[];
}

/** A two-way table with row totals, column totals and a grand total. Ids: `${p}r1c2`, `${p}r1`, `${p}c2`, and
 *  `total` for the grand total (default `${p}t`), so two tables of the same people can share it. */
export function grid(p: string, values: number[][], total = `${p}t`): Built {
  const cells: Cell[] = [];
  const relations: Relation[] = [];
  const rows = values.map((row, i) => {
    row.forEach((value, j) => cells.push({ id: `${p}r${i + 1}c${j + 1}`, value }));
    const id = `${p}r${i + 1}`;
    cells.push({ id, value: row.reduce((s, v) => s + v, 0) });
    relations.push({ total: id, parts: row.map((_, j) => `${p}r${i + 1}c${j + 1}`) });
    return id;
  });
  const cols = (values[0] ?? []).map((_, j) => {
    const id = `${p}c${j + 1}`;
    cells.push({ id, value: values.reduce((s, row) => s + (row[j] ?? 0), 0) });
    relations.push({ total: id, parts: values.map((_, i) => `${p}r${i + 1}c${j + 1}`) });
    return id;
  });
  const grand = values.flat().reduce((s, v) => s + v, 0);
  cells.push({ id: total, value: grand });
  relations.push({ total, parts: rows }, { total, parts: cols });
  return { cells, relations };
}

/** Tables of the same people together: cells with the same id are one cell (and must agree). */
export function linked(...tables: Built[]): Built {
  const byId = new Map<string, Cell>();
  for (const cell of tables.flatMap((t) => t.cells)) {
    const seen = byId.get(cell.id);
    if (seen && seen.value !== cell.value) throw new Error(`fixture: shared cell ${cell.id} disagrees`);
    byId.set(cell.id, cell);
  }
  return { cells: [...byId.values()], relations: tables.flatMap((t) => t.relations) };
}

/** One row of parts adding to a total: the parts' cells in order, then the total's. */
export function sum(total: string, parts: Record<string, number>): Built {
  const cells: Cell[] = Object.entries(parts).map(([id, value]) => ({ id, value }));
  cells.push({ id: total, value: cells.reduce((s, c) => s + c.value, 0) });
  return { cells, relations: [{ total, parts: Object.keys(parts) }] };
}

/** Two tables of the same 6 parents, sharing their total: ages 2 + 4, and referral sources 6 + 0 (which prints the 6
 *  again unless it is hidden there too). */
export const sameParents: { ages: Built; sources: Built } = {
  ages: sum("parents", { age1: 2, age2: 4 }),
  sources: sum("parents", { src1: 6, src2: 0 }),
};
