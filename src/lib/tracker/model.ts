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

  /** total = sum of parts, checked here so a wrong model fails before disclosure control sees it. */
  sum(total: string, parts: string[]): void {
    const got = parts.reduce((s, p) => s + this.value(p), 0);
    if (got !== this.value(total)) throw new Error(`model: ${total} is not the sum of its parts`);
    this.relations.push({ total, parts });
  }

  /** Adds a cell that is the sum of parts, with its relation. */
  total(id: string, parts: string[], published = true): string {
    this.cell(id, parts.reduce((s, p) => s + this.value(p), 0), published);
    this.sum(id, parts);
    return id;
  }

  record(spec: RecordSpec): void {
    this.records.push(spec);
  }
}

export const get = (m: Map<string, number>, key: string): number => m.get(key) ?? 0;
