// Property tests: for random small tables (alone, or two tables of the same
// people sharing their grand total), random k in 3..6 and with or without
// rounding, protect passes its own audit, shows no count from 1 to k-1, and the
// independent attack (YALPS) finds the same intervals, none narrower than k.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { protect } from "../../../src/lib/disclosure/index.ts";
import { attackPublished } from "../../fixtures/disclosure/attack.ts";
import { grid, linked, type Built } from "../../fixtures/disclosure/tables.ts";

// Counts skewed small, as in a service of a few dozen parents, with some zeros.
const count = fc.oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 25 }));
const shape = fc.record({ rows: fc.integer({ min: 2, max: 3 }), cols: fc.integer({ min: 2, max: 4 }) });
const values = shape.chain(({ rows, cols }) => fc.array(fc.array(count, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows }));
const k = fc.integer({ min: 3, max: 6 });
// The machine may be busy: a generous limit, so the suite never fails on timing.
const LONG = 120_000;
const rounding = fc.constantFrom<5 | null>(null, null, 5);

/** Splits `total` into rows x cols whole numbers with the given random weights. */
function compose(total: number, weights: number[][]): number[][] {
  const flat = weights.flat().map((w) => w + 1);
  const sum = flat.reduce((s, w) => s + w, 0);
  const out = flat.map((w) => Math.floor((total * w) / sum));
  out[0] = (out[0] ?? 0) + total - out.reduce((s, v) => s + v, 0);
  const cols = weights[0]?.length ?? 1;
  return weights.map((_, i) => out.slice(i * cols, (i + 1) * cols));
}

/** Protects the table, then checks what it publishes: no small count, every shown number true, and every [c] at least
 *  k wide to an independent intruder (the audit's own intervals). */
async function protectAndCheck(t: Built, kk: number, round: 5 | null) {
  const r = await protect(t.cells, t.relations, { k: kk, rounding: round });
  const relations = t.relations;
  expect(r.passed).toBe(true);
  const unpublished = t.cells.filter((c) => c.published === false).map((c) => c.id);
  expect(r.cells.map((c) => c.id)).toEqual(t.cells.filter((c) => c.published !== false).map((c) => c.id));
  const truth = new Map(t.cells.map((c) => [c.id, c.value]));
  for (const cell of r.cells) {
    const v = truth.get(cell.id) ?? -1;
    // No count from 1 to k-1 is shown, and every shown number is the count (or its rounding).
    if (v >= 1 && v < kk) expect(cell.value, cell.id).toBeNull();
    if (v === 0) expect(cell.value, cell.id).toBe(0); // zeros are always shown
    if (cell.value !== null) expect(cell.value).toBe(round ? 5 * Math.round(v / 5) : v);
  }
  const attacked = attackPublished(r.cells, unpublished, relations, kk, round);
  const audited = new Map(r.audit.map((e) => [e.id, [e.lower, e.upper]]));
  // The audit carries an interval, never a field for the true count.
  for (const e of r.audit) expect(Object.keys(e).sort()).toEqual(["id", "kind", "lower", "passed", "publicWidth", "upper", "width"]);
  // The width a bundle publishes is what an independent reader of the printed figures proves, taking each [c] as 0 or more.
  const readable = new Map(r.audit.map((e) => [e.id, e.publicWidth]));
  for (const a of attackPublished(r.cells, unpublished, relations, kk, round, false, [], 0))
    expect(a.upper - a.lower, `public ${a.id}`).toBe(readable.get(a.id));
  expect(r.audit.filter((e) => e.kind === "primary").length).toBe(r.counts.primary);
  expect(r.audit.filter((e) => e.kind === "secondary").length).toBe(r.counts.secondary);
  expect(attacked.length).toBe(r.audit.length);
  for (const a of attacked) {
    expect(a.upper - a.lower, a.id).toBeGreaterThanOrEqual(kk);
    expect([a.lower, a.upper], a.id).toEqual(audited.get(a.id));
  }
  // An unpublished small count (a row total never printed, say) cannot be worked out either.
  const guarded = t.cells.filter((c) => c.published === false && c.value >= 1 && c.value < kk).map((c) => c.id);
  for (const a of attackPublished(r.cells, unpublished, relations, kk, round, false, guarded).slice(attacked.length)) {
    expect(a.upper - a.lower, `unpublished ${a.id}`).toBeGreaterThanOrEqual(kk);
  }
}

describe("random tables", () => {
  test(
    "one table with margins, its row totals sometimes never published",
    async () => {
      await fc.assert(
        fc.asyncProperty(values, k, rounding, fc.boolean(), async (v, kk, round, rowTotalsUnpublished) => {
          const built = grid("g", v);
          const rowTotal = /^gr\d+$/;
          const t = {
            ...built,
            cells: built.cells.map((c) => (rowTotalsUnpublished && rowTotal.test(c.id) ? { ...c, published: false } : c)),
          };
          await protectAndCheck(t, kk, round);
        }),
        { numRuns: 30 },
      );
    },
    LONG,
  );

  test(
    "two tables of the same people sharing their grand total",
    async () => {
      await fc.assert(
        fc.asyncProperty(values, values, k, rounding, async (a, weights, kk, round) => {
          const total = a.flat().reduce((s, x) => s + x, 0);
          const t = linked(grid("a", a, "people"), grid("b", compose(total, weights), "people"));
          await protectAndCheck(t, kk, round);
        }),
        { numRuns: 20 },
      );
    },
    LONG,
  );

  test(
    "an intruder who also knows counts are whole numbers learns no more on these tables",
    async () => {
      // The audit is a linear relaxation; for tables with margins the corners of the
      // feasible region are whole numbers, so an integer attack should agree.
      await fc.assert(
        fc.asyncProperty(values, k, async (v, kk) => {
          const t = grid("g", v);
          const r = await protect(t.cells, t.relations, { k: kk });
          const integer = attackPublished(r.cells, [], t.relations, kk, null, true);
          for (const a of integer) expect(a.upper - a.lower, a.id).toBeGreaterThanOrEqual(kk);
        }),
        { numRuns: 15 },
      );
    },
    LONG,
  );
});
