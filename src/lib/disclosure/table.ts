// The checked, indexed form of the input that every step works on. Bad input
// throws with the cell id and the rule broken, never the count itself (a count
// may be small enough to identify someone, and error text ends up in logs).
import type { Cell, DisclosureSettings, Relation } from "./types.ts";

export class DisclosureInputError extends Error {
  override name = "DisclosureInputError";
}

/** What hiding a published zero costs: more than any count the tracker can hold, so a zero is hidden only as a
 *  last resort (to stop a breakdown proving that a whole group shares one category; see Cell.guard). */
export const ZERO_COST = 1e7;

export interface Settings {
  k: number;
  rounding: 5 | null;
}

export interface Table {
  ids: string[];
  index: Map<string, number>;
  value: number[];
  published: boolean[];
  /** What hiding each cell costs (Cell.cost, or its count; a zero at least ZERO_COST): secondary suppression
   *  minimises the total. */
  cost: number[];
  /** Unpublished cells' Cell.guard: false may be worked out, "always" is guarded whatever its value. */
  guard: (boolean | "always")[];
  /** Cell.fixed, or null. */
  fixed: ("shown" | "hidden" | null)[];
  /** Each relation as cell indices: value[total] = sum of value[parts]. */
  relations: { total: number; parts: number[]; breakdown: boolean }[];
  /** For each cell, the relations it takes part in. */
  byCell: number[][];
}

export function checkSettings(settings: DisclosureSettings): Settings {
  const { k } = settings;
  if (!Number.isInteger(k) || k < 3) {
    throw new DisclosureInputError(`disclosure settings: k must be a whole number of at least 3 (got ${k})`);
  }
  const rounding = settings.rounding ?? null;
  if (rounding !== null && rounding !== 5) {
    throw new DisclosureInputError(`disclosure settings: rounding must be 5 or null (got ${String(rounding)})`);
  }
  return { k, rounding };
}

export function buildTable(cells: Cell[], relations: Relation[]): Table {
  const index = new Map<string, number>();
  cells.forEach((cell, i) => {
    if (index.has(cell.id)) throw new DisclosureInputError(`cell ${cell.id}: the id appears more than once`);
    if (!Number.isInteger(cell.value) || cell.value < 0) {
      throw new DisclosureInputError(`cell ${cell.id}: a count must be a whole number of at least 0`);
    }
    if (cell.cost !== undefined && !(Number.isFinite(cell.cost) && cell.cost >= 0)) {
      throw new DisclosureInputError(`cell ${cell.id}: a cost must be a finite number of at least 0`);
    }
    index.set(cell.id, i);
  });
  const find = (id: string, where: string): number => {
    const i = index.get(id);
    if (i === undefined) throw new DisclosureInputError(`${where}: no cell has the id ${id}`);
    return i;
  };
  const byCell: number[][] = cells.map(() => []);
  const indexed = relations.map((relation, r) => {
    const where = `relation ${r + 1} (total ${relation.total})`;
    if (relation.parts.length === 0) throw new DisclosureInputError(`${where}: a relation needs at least one part`);
    const total = find(relation.total, where);
    const parts = relation.parts.map((id) => find(id, where));
    const members = new Set([total, ...parts]);
    if (members.size !== parts.length + 1) {
      throw new DisclosureInputError(`${where}: a cell appears twice (as total and part, or as two parts)`);
    }
    const sum = parts.reduce((s, p) => s + (cells[p]?.value ?? 0), 0);
    if (sum !== cells[total]?.value) throw new DisclosureInputError(`${where}: the parts do not add up to the total`);
    for (const m of members) byCell[m]?.push(r);
    return { total, parts, breakdown: relation.breakdown === true };
  });
  return {
    ids: cells.map((c) => c.id),
    index,
    value: cells.map((c) => c.value),
    published: cells.map((c) => c.published !== false),
    cost: cells.map((c) => (c.value === 0 ? Math.max(ZERO_COST, c.cost ?? 0) : (c.cost ?? c.value))),
    guard: cells.map((c) => c.guard ?? true),
    fixed: cells.map((c) => c.fixed ?? null),
    relations: indexed,
    byCell,
  };
}

/** What an intruder knows about a published cell that is not suppressed. Without
 *  rounding: its value. With rounding to 5: a shown r means the count is within 2
 *  of r; and since counts 1..k-1 are never shown, a shown 0 is exactly 0 and a
 *  shown r > 0 is at least k. */
export function knownRange(value: number, settings: Settings): [number, number] {
  if (settings.rounding === null) return [value, value];
  const r = roundTo5(value);
  if (r === 0) return [0, 0];
  return [Math.max(r - 2, settings.k), r + 2];
}

/** Nearest multiple of 5; a whole number is never halfway, so there are no ties. */
export function roundTo5(value: number): number {
  return 5 * Math.round(value / 5);
}

/** A published part of a breakdown (Relation.breakdown) of a group smaller than 2k: shown as [c] whatever its value. */
export function withheld(table: Table, i: number, k: number): boolean {
  if (!table.published[i] || table.fixed[i] === "shown") return false;
  return (table.byCell[i] ?? []).some((r) => {
    const rel = table.relations[r];
    if (!rel?.breakdown || rel.total === i) return false;
    const n = table.value[rel.total] ?? 0;
    return n > 0 && n < 2 * k;
  });
}

/** The least a reader knows a [c] to be: 1, since zeros are shown; 0 for a hidden zero and in a withheld breakdown. */
export function hiddenFloor(table: Table, i: number, k: number): number {
  return withheld(table, i, k) ? 0 : Math.min(1, table.value[i] ?? 0);
}

/**
 * What a reader can prove of a breakdown's group (the total of a Relation.breakdown) from how the breakdown is printed:
 * [2k, Infinity) for each group of 2k or more. A withheld breakdown shows every part as [c]; any other shows its zeros
 * (hiding one only as a last resort) and hides only what suppression needs. So a part printed as a number proves the
 * breakdown is not withheld, and the group is 0 or at least 2k. Every part [c] proves nothing: secondary suppression
 * may hide every part of a larger group, so "smaller than 2k" is not a fact a reader can prove, and it is not assumed.
 * (Assuming it makes some releases impossible to protect whatever is hidden: a withheld group printed as 5, then 6 to
 * 9 a release later, would have grown by at most 4, however its new total is hidden.)
 * `printed(relation)`: whether a published part is printed; the audit passes its pattern, while the protection LP and
 * the MIP, which choose the pattern, take every such group as known (a stronger reader: what they choose passes).
 */
export function groupBounds(table: Table, k: number, printed: (r: Table["relations"][number]) => boolean = () => true): Map<number, [number, number]> {
  const out = new Map<number, [number, number]>();
  for (const rel of table.relations) {
    if (rel.breakdown && (table.value[rel.total] ?? 0) >= 2 * k && printed(rel)) out.set(rel.total, [2 * k, Infinity]);
  }
  return out;
}
