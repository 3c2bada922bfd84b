// What every figure model owes a reader, checked on every case of the registry
// (tests/fixtures/figure-cases.ts) rather than read off its snapshot: a finding
// in the title, a text summary and an alternative, a source and a dataset to
// download, a table whose rows fit its columns, and n beside every percentage
// it prints, or the reason the report gave none.
import { describe, expect, test } from "vitest";
import { DATASETS } from "../../../src/lib/datasets.ts";
import { figureCases } from "../../fixtures/figure-cases.ts";

const PERCENT = /\d%/;
// "19 of 37", "(17; base not stated)", "[c]": a share's count and base, or why they are not printed.
const WITH_BASE = /\d of \d|not stated|not given|\[[cxz]\]/;
const datasets = new Set(DATASETS.map((d) => d.id));

describe.each(figureCases().map((c) => [c.name, c.build()] as const))("%s", (_, m) => {
  test("has a title, a summary, a text alternative, a source and a published dataset", () => {
    for (const text of [m.id, m.title, m.summary, m.alt, m.source, m.table.caption]) expect(text.trim()).not.toBe("");
    expect(datasets).toContain(m.dataset);
  });

  test("has a table whose every row fits its columns", () => {
    expect(m.table.rows.length).toBeGreaterThan(0);
    for (const row of m.table.rows) expect(row).toHaveLength(m.table.columns.length);
  });

  test("prints n beside every percentage in its table, or says why it cannot", () => {
    const numeric = m.table.columns.flatMap((c, i) => (c.numeric ? [i] : []));
    const bare = m.table.rows.flatMap((row) => numeric.map((i) => row[i] ?? "").filter((cell) => PERCENT.test(cell) && !WITH_BASE.test(cell)));
    expect(bare).toEqual([]);
  });

  test("gives each base as a whole number of people it names", () => {
    for (const b of m.bases) {
      expect(Number.isInteger(b.n) && b.n > 0, `${b.who}: ${b.n}`).toBe(true);
      expect(b.who.trim()).not.toBe("");
    }
  });
});

test("the percentage rule catches a share printed without its n", () => {
  expect(["51%", "51% (19 of 37)", "18% (base not stated)", "[c]"].map((cell) => PERCENT.test(cell) && !WITH_BASE.test(cell))).toEqual([
    true,
    false,
    false,
    false,
  ]);
});
