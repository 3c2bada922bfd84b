import { describe, expect, it } from "vitest";
import { percentChecks } from "../../../src/lib/data-step/derive/checks/percent.ts";
import { sumChecks } from "../../../src/lib/data-step/derive/checks/sums.ts";
import { relationCheck, type Relation } from "../../../src/lib/data-step/derive/checks/relations.ts";
import { marginChecks } from "../../../src/lib/data-step/derive/checks/flows.ts";
import { reconcileLedger } from "../../../src/lib/data-step/derive/checks/ledger.ts";
import { outcome } from "../../fixtures/outcome.ts";
import { figures } from "../../fixtures/helpers.ts";

const T2 = (cells: string) => `${cells},,,Table 2,Referrals,`;

describe("percentChecks", () => {
  it("passes a percentage within half a unit of count/base", () => {
    const figs = figures("rs", [T2("women,,,Midwifery,count,19,37"), T2("women,,,Midwifery,percent,51,37")]);
    const [o] = percentChecks(figs);
    expect(o).toMatchObject({ id: "percent:rs.midwifery.women.percent", ok: true });
    expect(o?.arithmetic).toBe("19 / 37 = 51.35%, printed 51%");
  });

  it("fails a percentage that no longer matches its count", () => {
    const figs = figures("rs", [T2("women,,,Midwifery,count,19,37"), T2("women,,,Midwifery,percent,53,37")]);
    expect(percentChecks(figs)[0]).toMatchObject({ ok: false, where: { file: "data/rs.csv", line: 3 } });
  });

  it("uses the precision printed: 67.7 must be within 0.05", () => {
    const figs = figures("sr", [T2("Salford,,,All,count,677,1000"), T2("Salford,,,All,percent,67.6,1000")]);
    expect(percentChecks(figs)[0]?.ok).toBe(false);
  });

  it("flags a percent whose base differs from its count's", () => {
    const figs = figures("rs", [T2("women,,,Midwifery,count,19,37"), T2("women,,,Midwifery,percent,51,38")]);
    expect(percentChecks(figs).map((o) => o.rule)).toContain("same-base");
  });
});

describe("sumChecks", () => {
  const rows = [
    T2("women,,,Midwifery,count,19,37"),
    T2("women,,,Police,count,18,37"),
    T2("women,,,Total,count,37,"),
    T2("men,,,Midwifery,count,20,28"),
    T2("men,,,Total,count,28,"),
  ];

  it("checks parts against the printed total, one sum per group", () => {
    const out = sumChecks("rs", figures("rs", rows), { name: "sources", measure: "count", against: "total-row", by: ["group"] });
    expect(out.map((o) => [o.id, o.ok, o.actual])).toEqual([
      ["sum:rs:sources:women", true, 37],
      ["sum:rs:sources:men", false, 20],
    ]);
  });

  it("checks parts against their shared base", () => {
    const out = sumChecks("rs", figures("rs", rows), { name: "b", measure: "count", against: "base", by: ["group"] });
    expect(out.map((o) => o.ok)).toEqual([true, false]);
  });

  it("lets rounded percentages miss 100 by half a unit each, no more", () => {
    const pct = (v: string, c: string) => T2(`women,,,${c},percent,${v},37`);
    const ok = sumChecks("rs", figures("rs", [pct("33", "A"), pct("33", "B"), pct("33", "C")]), {
      name: "p",
      measure: "percent",
      against: "hundred",
      by: ["group"],
    });
    const bad = sumChecks("rs", figures("rs", [pct("30", "A"), pct("33", "B"), pct("33", "C")]), {
      name: "p",
      measure: "percent",
      against: "hundred",
      by: ["group"],
    });
    expect(ok[0]?.ok).toBe(true);
    expect(bad[0]?.ok).toBe(false);
  });
});

describe("relationCheck", () => {
  const figs = figures("costs", [
    T2("all children born,,,Children avoided,count,118,"),
    T2("all children born,,,Unit cost,gbp,32263,"),
    "all children born,,,Annual saving,gbp,3800000,,100000,,Costs,Costs,",
  ]);
  const byId = new Map(figs.map((f) => [f.figure.id, f]));
  const rel = (inputs: string[]): Relation => ({
    id: "annual",
    rule: "product",
    target: "costs.annual-saving.all-children-born.gbp",
    inputs,
    description: "annual saving",
    whose: "report",
    where: { file: "data/relations.csv", line: 2 },
  });

  it("passes when the printed result is the product at its precision", () => {
    const out = relationCheck(rel(["costs.children-avoided.all-children-born.count", "costs.unit-cost.all-children-born.gbp"]), byId);
    expect(out).toMatchObject({ ok: true, actual: 118 * 32263 });
  });

  it("fails when a different input is used", () => {
    const out = relationCheck(rel(["costs.children-avoided.all-children-born.count", "52676"]), byId);
    expect(out).toMatchObject({ ok: false });
  });

  it("reports ids that do not exist", () => {
    expect(relationCheck(rel(["costs.nothing.count"]), byId)).toEqual({ missing: ["costs.nothing.count"] });
  });
});

describe("marginChecks", () => {
  const table = figures("co", ["kids,,3 months,LAC,count,6,38,,,Table 7,Outcomes,", "kids,,3 months,CPP,count,24,38,,,Table 7,Outcomes,"]);
  const flow = (from: string, to: string, value: number, line: number) => ({
    file: "data/flows.csv",
    line,
    flow: { topic: "child status", from, to, value, source: { document: "d", table: "t", section: "s" }, remark: null },
  });

  it("compares the boxes leaving each status with the table", () => {
    const out = marginChecks([flow("LAC", "LAC", 4, 2), flow("LAC", "U", 2, 3), flow("CPP", "U", 23, 4)], table, {
      topic: "child status",
      side: "from",
      match: { dataset: "co", group: "kids", period: "3 months" },
    });
    expect(out.map((o) => [o.id, o.ok])).toEqual([
      ["flow:child-status:from:lac", true],
      ["flow:child-status:from:cpp", false],
    ]);
  });
});

describe("reconcileLedger", () => {
  const entry = (checks: string[]) => ({
    id: "housing",
    title: "t",
    kind: "arithmetic" as const,
    verdict: "disagreement" as const,
    checks,
    holds: [],
    statements: [],
    effects: [],
    what: "w",
    reading: "r",
  });

  it("fails a broken check that no entry explains, naming the row", () => {
    const { problems } = reconcileLedger([outcome("a", false)], []);
    expect(problems[0]).toMatchObject({ file: "data/relations.csv", line: 3, id: "relation-sum" });
  });

  it("accepts a broken check that an entry explains, and links its figures", () => {
    const r = reconcileLedger([outcome("a", false)], [entry(["a"])]);
    expect(r.problems).toEqual([]);
    expect(r.notesByFigure.get("fig.a")).toEqual(["housing"]);
    expect(r.entries[0]?.results[0]).not.toHaveProperty("where");
  });

  it("fails an entry whose disagreement no longer holds", () => {
    expect(reconcileLedger([outcome("a", true)], [entry(["a"])]).problems[0]).toMatchObject({ id: "ledger-stale" });
  });

  it("fails an entry naming a check that does not exist", () => {
    expect(reconcileLedger([], [entry(["nope"])]).problems[0]).toMatchObject({ id: "ledger-unknown-check" });
  });
});
