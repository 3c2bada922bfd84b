// The intruder's linear program for one block under a proposed pattern, and
// the cut its dual gives (Fischetti and Salazar-Gonzalez 2001). Each cell is
// written as its true value plus a change z; the intruder's table must satisfy
// every relation (M z = 0) and each z lies within bounds that depend on whether
// the cell is hidden (x = 1) or shown (x = 0):
//   shown:  z between (known low - value) and (known high - value): 0 and 0 without rounding;
//   hidden: z between (1 - value) and CAP (a [c] is at least 1, or 0 where it hides a zero; CAP stands in
//           for "no upper limit").
// For a target cell, max z and max (-z) are LPs whose dual feasible region does
// not depend on x. So any dual solution (gamma; then alpha and beta, the positive
// and negative parts of c - M'gamma) bounds max z from above, for every pattern,
// by sum_j alpha_j U_j(x) - beta_j L_j(x): linear in x. The cell's width is
// max z + max(-z), so a pattern gives it at least k only if the two bounds add to
// at least k. Taking the duals at a pattern that leaves the cell too narrow gives
// a linear inequality on x (a "capacity cut") that this pattern breaks and
// every protecting pattern keeps. Coefficients above the requirement are cut down
// to it, which keeps the cut valid for 0/1 x and makes it much stronger.
import { createModel, loadHighs, run, type Highs, type Model } from "./lp.ts";
import type { Block } from "./blocks.ts";
import { groupBounds, hiddenFloor, knownRange, type Settings, type Table } from "./table.ts";

/** sum over cells of coef * x[cell] >= lower. */
export interface Cut {
  cells: number[];
  coefs: number[];
  lower: number;
}

export interface Check {
  width: number;
  cut: Cut | null;
}

interface Bounds {
  shownLower: number;
  shownUpper: number;
  hiddenLower: number;
  hiddenUpper: number;
}

export class Intruder {
  private readonly column = new Map<number, number>();
  private readonly bounds: Bounds[] = [];
  private readonly variable: boolean[] = [];
  private lower: number[] = [];
  private upper: number[] = [];

  private readonly highs: Highs;
  private readonly model: Model;
  private readonly table: Table;
  private readonly block: Block;

  // Plain fields, not parameter properties: scripts run under Node's type stripping.
  private constructor(highs: Highs, model: Model, table: Table, block: Block) {
    this.highs = highs;
    this.model = model;
    this.table = table;
    this.block = block;
  }

  static async open(table: Table, block: Block, settings: Settings): Promise<Intruder> {
    const highs = await loadHighs();
    // A hidden count's "no upper limit", made finite so the dual bound is finite: larger than the sum of
    // every count in the block, far more than the k a width needs. A cap can only narrow a width, so a
    // pattern this program passes also passes the audit (which has no cap) but for rounding to whole numbers.
    const cap = block.cells.reduce((s, i) => s + (table.value[i] ?? 0), 0) + 2 * settings.k;
    const candidates = new Set(block.candidates);
    const lp = { lower: [] as number[], upper: [] as number[], rows: [] as { cols: number[]; coefs: number[]; lower: number; upper: number }[] };
    const bounds: Bounds[] = [];
    const group = groupBounds(table, settings.k);
    for (const i of block.cells) {
      const v = table.value[i] ?? 0;
      let b: Bounds;
      if (!table.published[i]) b = { shownLower: -v, shownUpper: cap, hiddenLower: -v, hiddenUpper: cap };
      else if (table.fixed[i] === "shown") {
        const [lo, hi] = knownRange(v, settings); // printed in an earlier release: known for good
        b = { shownLower: lo - v, shownUpper: hi - v, hiddenLower: lo - v, hiddenUpper: hi - v };
      } else if (!candidates.has(i)) {
        const floor = hiddenFloor(table, i, settings.k) - v; // primary
        b = { shownLower: floor, shownUpper: cap, hiddenLower: floor, hiddenUpper: cap };
      } else {
        // A hidden count is at least 1, a hidden zero at least 0 (as in the audit).
        const [lo, hi] = knownRange(v, settings);
        b = { shownLower: lo - v, shownUpper: hi - v, hiddenLower: hiddenFloor(table, i, settings.k) - v, hiddenUpper: cap };
      }
      const g = group.get(i);
      if (g) {
        // A group whose breakdown is not withheld is at least 2k to a reader (groupBounds), whether shown or not.
        const [a, z] = [g[0] - v, Math.min(cap, g[1] - v)];
        b = {
          shownLower: Math.max(b.shownLower, a),
          shownUpper: Math.min(b.shownUpper, z),
          hiddenLower: Math.max(b.hiddenLower, a),
          hiddenUpper: Math.min(b.hiddenUpper, z),
        };
      }
      bounds.push(b);
      lp.lower.push(b.shownLower);
      lp.upper.push(b.shownUpper);
    }
    const model = createModel(
      highs,
      lp,
      lp.lower.map(() => 0),
    );
    const intruder = new Intruder(highs, model, table, block);
    block.cells.forEach((i, col) => {
      intruder.column.set(i, col);
      intruder.variable.push(candidates.has(i));
    });
    intruder.bounds.push(...bounds);
    for (const r of block.relations) {
      const { total, parts } = table.relations[r] ?? { total: 0, parts: [] };
      const cols = [total, ...parts].map((c) => intruder.column.get(c) ?? 0);
      model.addRow(0, 0, { indices: cols, values: cols.map((_, n) => (n === 0 ? 1 : -1)) });
    }
    return intruder;
  }

  dispose(): void {
    this.model.dispose();
  }

  /** Sets the pattern: which candidate cells are hidden. */
  setPattern(hidden: ReadonlySet<number>): void {
    this.lower = this.bounds.map((b, col) => (this.isHidden(col, hidden) ? b.hiddenLower : b.shownLower));
    this.upper = this.bounds.map((b, col) => (this.isHidden(col, hidden) ? b.hiddenUpper : b.shownUpper));
    if (this.lower.length > 0) this.model.changeColsBounds({ kind: "range", from: 0, to: this.lower.length - 1 }, this.lower, this.upper);
  }

  private isHidden(col: number, hidden: ReadonlySet<number>): boolean {
    const cell = this.block.cells[col] ?? -1;
    return this.variable[col] === true && hidden.has(cell);
  }

  /** The target's width under the current pattern, and a cut when it is below k (null if none is needed). */
  check(target: number, k: number): Check {
    const col = this.column.get(target);
    if (col === undefined) return { width: Infinity, cut: null };
    const up = this.dual(col, 1);
    const down = this.dual(col, -1);
    const width = up.value + down.value;
    if (width >= k - 1e-7) return { width, cut: null };
    return { width, cut: this.cutFrom(col, [up.d, down.d], k) };
  }

  /** max sign * z[col], and the reduced costs d = c - M'gamma of a dual solution that proves it. */
  private dual(col: number, sign: 1 | -1): { value: number; d: number[] } {
    const { highs, model } = this;
    model.changeColCost(col, 1);
    model.changeObjectiveSense(sign === 1 ? highs.constants.objectiveSense.maximize : highs.constants.objectiveSense.minimize);
    const status = run(highs, model);
    if (status !== highs.constants.modelStatus.optimal) throw new Error(`disclosure LP: intruder program ended with HiGHS status ${status}`);
    const value = sign * model.getObjectiveValue();
    const gamma = model.getSolution().rowDual;
    model.changeColCost(col, 0);
    // HiGHS's sign convention for row duals depends on the sense; either sign gives a valid bound
    // (weak duality holds for any gamma), so keep the one whose bound meets the LP value.
    const options = [1, -1].map((s) => this.reduced(col, sign, gamma, s));
    const [a, b] = options.map((d) => this.bound(d));
    const d = (a ?? Infinity) <= (b ?? Infinity) ? options[0] : options[1];
    return { value, d: d ?? [] };
  }

  private reduced(col: number, sign: number, gamma: Float64Array, s: number): number[] {
    const d = this.bounds.map((_, j) => (j === col ? sign : 0));
    this.block.relations.forEach((r, row) => {
      const g = s * (gamma[row] ?? 0);
      if (g === 0) return;
      const { total, parts } = this.table.relations[r] ?? { total: 0, parts: [] };
      const t = this.column.get(total) ?? 0;
      d[t] = (d[t] ?? 0) - g;
      for (const p of parts) {
        const c = this.column.get(p) ?? 0;
        d[c] = (d[c] ?? 0) + g;
      }
    });
    return d;
  }

  /** The dual bound at the current pattern: sum alpha U - beta L. */
  private bound(d: number[]): number {
    return d.reduce((s, dj, j) => s + (dj > 0 ? dj * (this.upper[j] ?? 0) : dj * (this.lower[j] ?? 0)), 0);
  }

  /** constant + sum coef_j x_j >= k (times x_target when the target is itself a candidate), strengthened. */
  private cutFrom(target: number, ds: number[][], k: number): Cut | null {
    let constant = 0;
    const coef = new Map<number, number>();
    for (const d of ds) {
      d.forEach((dj, j) => {
        if (Math.abs(dj) < 1e-9) return;
        const b = this.bounds[j];
        if (!b) return;
        const shown = dj > 0 ? dj * b.shownUpper : dj * b.shownLower;
        const hidden = dj > 0 ? dj * b.hiddenUpper : dj * b.hiddenLower;
        if (!this.variable[j]) {
          constant += shown; // fixed cells: always at their "shown" bounds (set to the hidden ones above)
          return;
        }
        constant += shown;
        coef.set(j, (coef.get(j) ?? 0) + hidden - shown);
      });
    }
    const targetVariable = this.variable[target] === true;
    const own = targetVariable ? (coef.get(target) ?? 0) : 0;
    coef.delete(target);
    const need = k - constant - own;
    if (need <= 1e-7) return null;
    const cells: number[] = [];
    const coefs: number[] = [];
    for (const [j, c] of [...coef].sort((a, b) => a[0] - b[0])) {
      const strengthened = Math.min(c, need);
      if (strengthened <= 1e-9) continue;
      cells.push(this.block.cells[j] ?? 0);
      coefs.push(strengthened);
    }
    if (targetVariable) {
      cells.push(this.block.cells[target] ?? 0);
      coefs.push(-need);
      return { cells, coefs, lower: 0 };
    }
    return { cells, coefs, lower: need };
  }
}
