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
 * What a reader learns of a breakdown's group (the total of a Relation.breakdown) from whether the breakdown is
 * withheld: a withheld one says the group is 1 to 2k−1; one that is not, with a part printed, says 0 or at least 2k.
 * Given from the true counts (the reader is told which case holds, a stronger reader than one who sees only [c]s),
 * as [lower, upper] for each group total of 1 or more; the audit, the protection LP and the MIP all add it.
 * `known(relation)`: whether the reader can tell a breakdown of 2k or more is not withheld (default: always, the
 * stronger reader; the audit passes "some published part is printed").
 */
export function groupBounds(table: Table, k: number, known: (r: Table["relations"][number]) => boolean = () => true): Map<number, [number, number]> {
  const out = new Map<number, [number, number]>();
  for (const rel of table.relations) {
    if (!rel.breakdown) continue;
    const n = table.value[rel.total] ?? 0;
    if (n > 0 && n < 2 * k) out.set(rel.total, [1, 2 * k - 1]);
    else if (n >= 2 * k && known(rel)) out.set(rel.total, [2 * k, Infinity]);
  }
  return out;
}
