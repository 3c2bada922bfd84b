// The bundle's model before disclosure control: every count as a cell (shared
// between tables that describe the same people), the sums that link them, and
// the records that will print them. Unpublished cells (parents whose age is not
// known, say) are in the model so the disclosure audit knows they exist.
import type { Cell, Relation } from "../disclosure/index.ts";

export interface RecordSpec {
  dataset: string;
  group: string;
  topic: string | null;
  period: string | null;
  category: string;
  label: string;
  /** Cell holding the count, and the cell holding its base. */
  cell: string;
  base: string;
  derivation?: string;
  from?: string;
  to?: string;
}

export class Model {
  readonly cells = new Map<string, Cell>();
  readonly relations: Relation[] = [];
  readonly records: RecordSpec[] = [];

  /** Adds a cell, or checks a shared one carries the same count (it must: same people). */
  cell(id: string, value: number, published = true): string {
    const old = this.cells.get(id);
    if (old) {
      if (old.value !== value) throw new Error(`model: cell ${id} given two counts`);
      if (published && old.published === false) old.published = true;
    } else this.cells.set(id, { id, value, published });
    return id;
  }

  value(id: string): number {
    const c = this.cells.get(id);
    if (!c) throw new Error(`model: no cell ${id}`);
    return c.value;
  }

  /** total = sum of parts, checked here so a wrong model fails before disclosure control sees it. `breakdown`: the
   *  parts are a group's categories, withheld whole when the group is small (Relation.breakdown). */
  sum(total: string, parts: string[], breakdown = false): void {
    const got = parts.reduce((s, p) => s + this.value(p), 0);
    if (got !== this.value(total)) throw new Error(`model: ${total} is not the sum of its parts`);
    this.relations.push(breakdown ? { total, parts, breakdown } : { total, parts });
  }

  /** Adds a cell that is the sum of parts, with its relation. */
  total(id: string, parts: string[], published = true, breakdown = false): string {
    this.cell(
      id,
      parts.reduce((s, p) => s + this.value(p), 0),
      published,
    );
    this.sum(id, parts, breakdown);
    return id;
  }

  record(spec: RecordSpec): void {
    this.records.push(spec);
  }

  /** What hiding a cell costs the reader (Cell.cost): headline figures and bases are hidden last. */
  cost(id: string, cost: number): void {
    const c = this.cells.get(id);
    if (!c) throw new Error(`model: no cell ${id}`);
    c.cost = Math.max(c.cost ?? 0, cost);
  }

  /**
   * Group disclosure: when every member of a group (`total` > 0) falls in one category, or in one grouping of
   * categories, the breakdown would tell a reader that category for each of them, however many they are, whether the
   * group's total is shown or [c]. So the sum of the other categories (0) becomes a cell of its own, never printed
   * and guarded whatever its value: disclosure control then hides what it must (a zero in the breakdown, and the full
   * category or the total) until no one can prove those others are empty. `total` is the group's cell, or its count
   * where the group has no cell of its own. Returns whether the breakdown needed it.
   */
  oneCategory(total: string | number, categories: string[], groupings: { cell: string; members: string[] }[] = []): boolean {
    const n = typeof total === "number" ? total : this.value(total);
    if (n === 0) return false;
    const full = [...categories.map((c) => ({ cell: c, members: [c] })), ...groupings].filter((x) => this.value(x.cell) === n);
    for (const x of full) {
      const others = categories.filter((c) => !x.members.includes(c));
      if (!others.length) continue; // a breakdown of one category tells nothing
      const id = `${x.cell}.others`;
      this.total(id, others, false);
      this.cells.get(id)!.guard = "always";
    }
    return full.length > 0;
  }
}

/**
 * Costs of hiding (Cell.cost), relative to a cell's own count (the default). A headline figure or its base costs more
 * than a zero (whose cost is 10^7 in src/lib/disclosure): where nothing else protects a tiny group, zeros beside it are
 * hidden before the headline is. A group total costs more than any count but less than a zero.
 */
export const COST = { headline: 1_000_000_000, total: 1_000_000 } as const;

export const get = (m: Map<string, number>, key: string): number => m.get(key) ?? 0;
