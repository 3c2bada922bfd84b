// Property tests: for exports of any size and seed, every bundle's totals equal
// its parts (wherever the parts are published), linked tables agree, and with
// nothing suppressed every count equals a plain count of the rows.
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import type { DisclosureResult, Cell } from "../../../src/lib/disclosure/index.ts";
import type { BundleFigure } from "../../../src/lib/contract/bundle.ts";
import { importExport } from "../../../src/lib/tracker/import.ts";
import { generateExport } from "../../../src/lib/tracker/synthetic.ts";
import { countIndependently, keyOf } from "../../fixtures/tracker-count.ts";
import { cleanup, TODAY, writeExport } from "../../fixtures/tracker-fixture.ts";
import { realVocabulary } from "../../fixtures/vocabulary.ts";

const dirs: string[] = [];
afterAll(() => cleanup(...dirs));

/** A test double that publishes every count, so the arithmetic can be checked on its own. */
function publishAll(cells: Cell[]): Promise<DisclosureResult> {
  const shown = cells.filter((c) => c.published !== false).map((c) => ({ id: c.id, value: c.value }));
  return Promise.resolve({ cells: shown, audit: [], passed: true, counts: { primary: 0, secondary: 0 }, method: "none (test double)" });
}

const sum = (xs: (number | null)[]): number | null => (xs.some((x) => x === null) ? null : xs.reduce<number>((s, x) => s + (x as number), 0));

/** Checks totals against parts; returns how many equalities it could check. */
function checkTotals(figures: BundleFigure[]): number {
  const counts = figures.filter((f) => f.measure === "count");
  const value = (dataset: string, group: string, category: string, period?: string | null) =>
    counts.find((f) => f.dataset === dataset && f.group === group && f.category === category && (period === undefined || f.period === period))?.value ?? null;
  let checked = 0;
  const tables = new Map<string, BundleFigure[]>();
  for (const f of counts) {
    // A group's child outcomes are our groupings (derived) and the status in none; every other table's derived rows are sums.
    const groupOutcomes = f.dataset === "child-outcomes" && f.group !== "all";
    if ((f.derived && !groupOutcomes) || f.dataset === "school-readiness") continue;
    const key = `${f.dataset}|${f.group}|${f.topic}|${f.period}`;
    tables.set(key, [...(tables.get(key) ?? []), f]);
  }
  for (const [key, rows] of tables) {
    const total = sum(rows.map((r) => r.value));
    const base = rows[0]?.base ?? null;
    if (total !== null && base !== null) {
      expect(total, key).toBe(base);
      checked++;
    }
  }
  // The groups and the flows are published by our groupings (at-home...) and the status in none (not yet born).
  for (const f of counts.filter((x) => x.dataset === "child-outcomes" && x.group === "all")) {
    const parts = sum([value("child-outcomes", "expected-at-referral", f.category), value("child-outcomes", "born-later", f.category)]);
    const into = counts.filter((x) => x.dataset === "child-status-flows" && x.to === f.category);
    const flows = into.length ? sum(into.map((x) => x.value)) : null;
    for (const p of [parts, flows]) {
      if (p !== null && f.value !== null) {
        expect(p, f.id).toBe(f.value);
        checked++;
      }
    }
  }
  for (const dataset of ["age-profiles", "referral-sources"]) {
    for (const f of counts.filter((x) => x.dataset === dataset && x.group === "all")) {
      const parts = sum([value(dataset, "female", f.category), value(dataset, "male", f.category)]);
      if (parts !== null && f.value !== null) {
        expect(f.value).toBeGreaterThanOrEqual(parts);
        checked++;
      }
    }
  }
  const top20 = value("deprivation", "all", "most-deprived-20");
  const d12 = sum([value("deprivation", "all", "decile-1"), value("deprivation", "all", "decile-2")]);
  if (top20 !== null && d12 !== null) {
    expect(top20).toBe(d12);
    checked++;
  }
  return checked;
}

const exportArb = fc.record({ seed: fc.integer({ min: 1, max: 2 ** 31 - 1 }), parents: fc.integer({ min: 3, max: 160 }) });

describe("totals equal parts in every bundle (property)", () => {
  it("with every count published, each equals a plain count of the rows and every table adds up", async () => {
    await fc.assert(
      fc.asyncProperty(exportArb, async ({ seed, parents }) => {
        const ex = generateExport({ seed, parents, from: "2019-04", to: TODAY });
        const dir = writeExport(ex);
        dirs.push(dir);
        const r = await importExport(dir, { slug: "prop", today: TODAY, vocabulary: realVocabulary(), protect: publishAll });
        expect(r.ok).toBe(true);
        const figures = r.figures ?? [];
        // The release is built as of its period's end, rounded out from the data (src/lib/tracker/as-of.ts).
        const expected = countIndependently(ex, r.service?.period.to);
        for (const f of figures.filter((x) => x.measure === "count")) expect(f.value, f.id).toBe(expected.counts.get(keyOf(f)) ?? 0);
        expect(checkTotals(figures)).toBeGreaterThan(50);
      }),
      { numRuns: 25 },
    );
  }, 120_000);

  it("with disclosure control, every table whose parts are all published still adds up", async () => {
    await fc.assert(
      fc.asyncProperty(exportArb, async ({ seed, parents }) => {
        const dir = writeExport(generateExport({ seed, parents: parents * 3, from: "2019-04", to: TODAY }));
        dirs.push(dir);
        const r = await importExport(dir, { slug: "prop", today: TODAY, vocabulary: realVocabulary() });
        // Refusing to publish is allowed when protection fails, and then it must be the only reason.
        if (!r.ok) return expect(r.problems.filter((p) => p.level === "FAIL").map((p) => p.id)).toEqual(["TR-DISCLOSURE"]);
        const figures = r.figures ?? [];
        for (const f of figures) if (f.value === null) expect(["c", "z"]).toContain(f.symbol);
        checkTotals(figures);
      }),
      { numRuns: 4 },
    );
  }, 240_000);
});
