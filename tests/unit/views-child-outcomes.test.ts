import { describe, expect, it } from "vitest";
import { allChildrenView, childFlowView, earlyAndFinalTable, largestMove, lookedAfterMoves, meaningOf } from "../../src/lib/views/child-outcomes.ts";
import type { Flow } from "../../src/lib/schema.ts";
import { figures } from "./helpers.ts";
import { realFigures, realFlows, realOutputs } from "./real-outputs.ts";

const S = "Detailed Findings";
const G = "children in the evaluation sample";
// A small fixture in the shape of Tables 7 and 8: 5 children.
const tables = figures("child-outcomes", [
  `${G},child status,within three months of birth,Looked after child,count,2,5,,,Table 7,${S},`,
  `${G},child status,within three months of birth,Looked after child,percent,40,5,,,Table 7,${S},`,
  `${G},child status,within three months of birth,Child Protection Plan,count,3,5,,,Table 7,${S},`,
  `${G},child status,within three months of birth,Child Protection Plan,percent,60,5,,,Table 7,${S},`,
  `${G},child status,within three months of birth,Total,count,5,,,,Table 7,${S},`,
  `${G},child status,final known status,Looked after child,count,1,5,,,Table 8,${S},`,
  `${G},child status,final known status,Looked after child,percent,20,5,,,Table 8,${S},`,
  `${G},child status,final known status,Universal Services,count,4,5,,,Table 8,${S},`,
  `${G},child status,final known status,Universal Services,percent,80,5,,,Table 8,${S},`,
  `${G},child status,final known status,Total,count,5,,,,Table 8,${S},`,
]).map((l) => l.figure);

const flow = (from: string, to: string, value: number, remark: string | null = null): Flow => ({
  topic: "child status",
  from,
  to,
  value,
  source: { document: "Doc", table: "Chart data", section: S },
  remark,
});
const flows = [
  flow("Looked after child", "Looked after child", 1),
  flow("Looked after child", "Universal Services", 1),
  flow("Child Protection Plan", "Universal Services", 3, "judgement: could be another box"),
];

describe("childFlowView", () => {
  it("lists every from→to pair with its count, in the tables' order", () => {
    const v = childFlowView(flows, tables);
    expect(v.table.rows).toEqual([
      ["Looked after child", "Looked after child", "1"],
      ["Looked after child", "Universal Services", "1"],
      ["Child Protection Plan", "Universal Services", "3"],
    ]);
    expect(v.fromOrder).toEqual(["Looked after child", "Child Protection Plan"]);
    expect(v.toOrder).toEqual(["Looked after child", "Universal Services"]);
  });

  it("flags the bands the transcriber had to judge", () => {
    expect(childFlowView(flows, tables).uncertain.map((f) => f.value)).toEqual([3]);
  });

  it("stops the build when a side's totals differ from its table", () => {
    const wrong = [...flows.slice(0, 2), flow("Child Protection Plan", "Universal Services", 2)];
    expect(() => childFlowView(wrong, tables)).toThrow(/"from" totals do not match Table 7/);
  });

  it("follows the looked-after children in and out", () => {
    const moves = lookedAfterMoves([...flows, flow("Child Protection Plan", "Looked after child", 1)]);
    expect(moves).toMatchObject({ early: 2, final: 2, stayed: 1 });
    expect(moves.left.map((f) => f.to)).toEqual(["Universal Services"]);
    expect(moves.joined.map((f) => f.from)).toEqual(["Child Protection Plan"]);
  });

  it("finds the largest move between two different statuses, with its start total", () => {
    expect(largestMove(flows)).toMatchObject({ from: "Child Protection Plan", to: "Universal Services", value: 3, fromTotal: 3 });
  });
});

describe("earlyAndFinalTable", () => {
  it("puts Tables 7 and 8 side by side and says when a status does not apply", () => {
    const t = earlyAndFinalTable(tables);
    expect(t.rows).toEqual([
      ["Looked after child", "40% (2 of 5); 95% interval 12% to 77%", "20% (1 of 5); 95% interval 4% to 62%"],
      ["Child Protection Plan", "60% (3 of 5); 95% interval 23% to 88%", "Not a status at this point"],
      ["Universal Services", "Not a status at this point", "80% (4 of 5); 95% interval 38% to 96%"],
    ]);
  });
});

describe("the real flows and Tables 7 and 8", () => {
  const co = realFigures("child-outcomes");
  const real = realFlows("child-status-flows");
  const count = (table: string, category: string) => co.find((f) => f.source.table === table && f.category === category && f.measure === "count")!.value;

  it("add up on each side to the tables' counts", () => {
    const v = childFlowView(real, co);
    // Table 7 has four statuses and Table 8 five, each over the 38 children.
    expect([v.fromOrder.length, v.toOrder.length]).toEqual([4, 5]);
    expect(real.reduce((n, f) => n + f.value, 0)).toBe(38);
    for (const status of v.fromOrder) expect(real.filter((f) => f.from === status).reduce((n, f) => n + f.value, 0)).toBe(count("Table 7", status));
    for (const status of v.toOrder) expect(real.filter((f) => f.to === status).reduce((n, f) => n + f.value, 0)).toBe(count("Table 8", status));
    expect(v.table.rows).toHaveLength(real.length);
  });
});

describe("allChildrenView (Table 9)", () => {
  const v = allChildrenView(realFigures("child-outcomes"));
  const t9 = realFigures("child-outcomes").filter((f) => f.source.table === "Table 9" && f.group === "all children born" && f.measure === "count");
  const c = (category: string) => t9.find((f) => f.category === category)!.value;

  it("groups as at-home statuses only the four statuses for a child living at home", () => {
    expect(v.atHome).toBe(c("Child Protection Plan") + c("Child in Need") + c("Early Help") + c("Universal"));
    // The ledger's recommended reading states the same number in words.
    const entry = realOutputs().ledger.find((e) => e.id === "avoided-not-at-home")!;
    expect(entry.reading).toContain(`${v.atHome} of ${v.total}`);
  });

  it("accounts for every child once across the four places", () => {
    expect(v.byPlace.reduce((n, p) => n + p.count, 0)).toBe(v.total);
  });

  it("keeps looked after, adopted and special guardianship apart, none of them 'with parents'", () => {
    for (const s of ["Looked after child", "Adoption", "Special Guardianship Order"]) expect(meaningOf(s).place).toBe("Not with parents");
    expect(new Set(v.table.rows.map((r) => r[0])).size).toBe(v.table.rows.length);
    expect(v.table.rows.map((r) => r[0])).toEqual(expect.arrayContaining(["Looked after child", "Adoption", "Special Guardianship Order"]));
  });

  it("explains every status in the table in plain words", () => {
    expect(v.meanings.map((m) => m.status)).toEqual(v.table.rows.map((r) => r[0]!.replaceAll("\u200b", "")));
    expect(v.meanings.find((m) => m.status === "Special Guardianship Order")!.text).toMatch(/not with their parents/);
  });

  it("lets long slashed labels wrap on a phone without changing their text", () => {
    expect(v.table.rows.map((r) => r[0])).toContain("Miscarriage/\u200babortion/\u200bdeceased");
  });

  it("does not count miscarriage or moving away as outcomes", () => {
    expect(meaningOf("Miscarriage/abortion/deceased").place).toBe("Not a service outcome");
    expect(meaningOf("Moved to another LA").place).toBe("Not a service outcome");
  });

  it("labels every bar with its place in words and its count", () => {
    const bar = v.bars.find((b) => b.category === "Adoption")!;
    expect(bar.series).toBe("Not with parents");
    expect(bar.label).toBe(`14% (${c("Adoption")} of 148)`);
  });

  it("shows first and additional children as counts of their own bases", () => {
    const row = v.table.rows.find((r) => r[0] === "Adoption")!;
    expect(row.slice(1, 3)).toEqual(["19 of 131", "2 of 17"]);
  });
});
