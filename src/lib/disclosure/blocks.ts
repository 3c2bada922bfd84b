// Linked blocks: cells joined by relations (a table, its totals, and every
// table that shares a cell with it). Secondary suppression in one block never
// changes what an intruder can learn in another, so each block is solved on its own.
import type { Table } from "./table.ts";
import { isGuarded, isPrimary } from "./suppress.ts";

export interface Block {
  /** Table indices of the block's cells, ascending. */
  cells: number[];
  /** Indices into table.relations. */
  relations: number[];
  /** Cells that must be protected: small counts shown as [c] (primary) and small unpublished ones (guarded). */
  sensitive: number[];
  /** Published counts from k up, and published zeros (hidden only as a last resort: see ZERO_COST): the
   *  cells secondary suppression may hide. */
  candidates: number[];
}

/** Blocks that hold at least one cell needing protection, in order of their first cell. */
export function blocks(table: Table, k: number): Block[] {
  const parent = table.ids.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] ?? i] ?? i;
    return i;
  };
  for (const { total, parts } of table.relations) for (const p of parts) parent[find(p)] = find(total);
  const byRoot = new Map<number, Block>();
  table.ids.forEach((_, i) => {
    if ((table.byCell[i] ?? []).length === 0) return; // in no relation: nothing can give it away
    const root = find(i);
    const block = byRoot.get(root) ?? { cells: [], relations: [], sensitive: [], candidates: [] };
    byRoot.set(root, block);
    block.cells.push(i);
    if (isPrimary(table, i, k) || isGuarded(table, i, k)) block.sensitive.push(i);
    else if (table.published[i] && table.fixed[i] !== "shown") block.candidates.push(i);
  });
  table.relations.forEach(({ total }, r) => byRoot.get(find(total))?.relations.push(r));
  return [...byRoot.values()].filter((b) => b.sensitive.length > 0);
}
