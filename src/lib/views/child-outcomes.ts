// What happened to the children: the 38 in the evaluation sample (Tables 7 and
// 8, and the flows between them) and all 148 born to the families (Table 9).
import type { Figure, Flow } from "../schema.ts";
import { breakable, type TableModel } from "../table.ts";
import type { Bar } from "../figures/rows.ts";
import { shareBars, shareCell, shares, type Share } from "../figures/printed-shares.ts";
import { flowsOf, pairsTable, sideTotals } from "./flows.ts";
import { formatNumber as n, ofBase } from "../format.ts";
import { term } from "../figures/terms.ts";
import { statusPhrase } from "../figures/child-flows.ts";

export const FLOW_LABELS = { from: "Within three months of birth", to: "When the case closed", unit: "Children" };

/**
 * This site's grouping of the final statuses, read from data/vocabulary.csv
 * (the one place it is defined; the data step publishes its sums). Table 9
 * records statuses, not where children lived. Kept here for pages and views
 * that still ask by status; new code uses src/lib/figures/child-outcomes.ts.
 */
export type Place = "At-home status" | "Not with parents" | "Not a service outcome" | "Not yet born";
export const PLACES: Place[] = ["at-home", "not-with-parents", "not-an-outcome", "not-yet-born"].map((g) => term("grouping", g).label as Place);

/** A status as it reads after "children ...", for titles made from the data. */
export const phrase = (status: string) => statusPhrase(status);

export function meaningOf(status: string): { place: Place; text: string } {
  const t = term("child-outcomes", status);
  const grouping = t.groupings[0];
  if (!grouping || !t.meaning) throw new Error(`child-outcomes: no plain-words meaning for status "${status}" in data/vocabulary.csv`);
  return { place: term("grouping", grouping).label as Place, text: t.meaning };
}

const byTable = (figures: Figure[], table: string) => shares(figures, (f) => f.source.table === table && f.variant === null);

/** Tables 7 and 8 side by side, one row per status found in either. */
export function earlyAndFinalTable(figures: Figure[]): TableModel {
  const early = byTable(figures, "Table 7");
  const final = byTable(figures, "Table 8");
  const statuses = [...new Set([...early, ...final].map((s) => s.category))];
  const cell = (list: Share[], c: string) => {
    const s = list.find((x) => x.category === c);
    return s ? shareCell(s) : "Not a status at this point";
  };
  return {
    caption: "Status of the 38 children in the evaluation sample, as printed in Tables 7 and 8",
    columns: [{ label: "Status" }, { label: "Within three months of birth", numeric: true }, { label: "When the case closed", numeric: true }],
    rows: statuses.map((c) => [c, cell(early, c), cell(final, c)]),
  };
}

/** The flows, checked against the tables they illustrate: a mismatch stops the build. */
export function childFlowView(flows: Flow[], figures: Figure[]) {
  const mine = flowsOf(flows, "child status");
  const tableCounts = (table: string) =>
    figures.filter((f) => f.source.table === table && f.measure === "count" && f.category !== "Total" && f.variant === null);
  const fromOrder = tableCounts("Table 7").map((f) => f.category);
  const toOrder = tableCounts("Table 8").map((f) => f.category);
  for (const [side, table] of [
    ["from", "Table 7"],
    ["to", "Table 8"],
  ] as const) {
    const totals = sideTotals(mine, side);
    const rows = tableCounts(table);
    const differs = rows.length !== totals.length || rows.some((r) => totals.find((t) => t.status === r.category)?.count !== r.value);
    if (differs) throw new Error(`childFlowView: the flows' "${side}" totals do not match ${table}`);
  }
  return {
    flows: mine,
    fromOrder,
    toOrder,
    table: pairsTable(mine, "Every move between status within three months of birth and status when the case closed", FLOW_LABELS, {
      from: fromOrder,
      to: toOrder,
    }),
    /** Bands the report's diagram leaves open to another reading (transcription judgement). */
    uncertain: mine.filter((f) => f.remark?.includes("judgement")),
  };
}

/** Children looked after at each point, and how many were the same children. */
export function lookedAfterMoves(flows: Flow[]) {
  const LAC = "Looked after child";
  const sum = (list: Flow[]) => list.reduce((n, f) => n + f.value, 0);
  return {
    early: sum(flows.filter((f) => f.from === LAC)),
    final: sum(flows.filter((f) => f.to === LAC)),
    stayed: sum(flows.filter((f) => f.from === LAC && f.to === LAC)),
    left: flows.filter((f) => f.from === LAC && f.to !== LAC),
    joined: flows.filter((f) => f.from !== LAC && f.to === LAC),
  };
}

/** The largest single move between two different statuses. */
export function largestMove(flows: Flow[]) {
  const moves = flows.filter((f) => f.from !== f.to).sort((a, b) => b.value - a.value);
  const top = moves[0];
  if (!top) throw new Error("largestMove: no moves between statuses");
  return { ...top, fromTotal: sideTotals(flows, "from").find((t) => t.status === top.from)!.count };
}

export interface AllChildrenView {
  bars: Bar[];
  table: TableModel;
  total: number;
  /** Children whose final status is one of the four for a child at home (our grouping, not a record of where they lived). */
  atHome: number;
  /** Children born after the one expected at referral. */
  additional: number;
  byPlace: { place: Place; count: number }[];
  /** What each status means for where the child lives, in plain words. */
  meanings: { status: string; place: Place; text: string }[];
}

/** Table 9: all children born to the families, by final known status. */
export function allChildrenView(figures: Figure[]): AllChildrenView {
  const t9 = figures.filter((f) => f.source.table === "Table 9" && f.variant === null);
  const all = shares(t9, (f) => f.group === "all children born" && f.category !== "Total");
  const count = (group: string, c: string) => t9.find((f) => f.group === group && f.category === c && f.measure === "count");
  const total = count("all children born", "Total")?.value;
  if (total === undefined) throw new Error("allChildrenView: Table 9 has no total");
  const byPlace = PLACES.map((place) => ({ place, count: all.filter((s) => meaningOf(s.category).place === place).reduce((n, s) => n + s.count, 0) }));
  const part = (group: string, c: string) => {
    const f = count(group, c);
    return f && f.base !== null ? ofBase(f.value, f.base) : "–";
  };
  const additional = count("additional children", "Total")?.value;
  if (additional === undefined) throw new Error("allChildrenView: Table 9 has no total for additional children");
  return {
    total,
    atHome: byPlace[0]!.count,
    additional,
    byPlace,
    bars: shareBars(all).map((b) => ({ ...b, series: meaningOf(b.category).place })),
    table: {
      caption:
        "Final known status of all children born to families working with the service, after case closure (Table 9). Children are split into the baby each family was expecting at referral and any born later.",
      columns: [{ label: "Status" }, { label: "Expected at referral", numeric: true }, { label: "Born later", numeric: true }, { label: "All", numeric: true }],
      rows: all.map((s) => [breakable(s.category), part("first children", s.category), part("additional children", s.category), shareCell(s)]),
    },
    meanings: all.map((s) => ({ status: s.category, ...meaningOf(s.category) })),
  };
}

/** Every part of Table 9's total in words, so the parts shown always add up to it. */
export function allChildrenText(v: AllChildrenView): { title: string; summary: string; parts: { place: Place; count: number }[] } {
  const of = (p: Place) => v.byPlace.find((b) => b.place === p)!.count;
  const sum = v.byPlace.reduce((n, b) => n + b.count, 0);
  if (sum !== v.total) throw new Error(`allChildrenText: the groups add to ${sum}, not ${v.total}`);
  const unborn = of("Not yet born");
  return {
    title: `When their cases closed, ${n(v.atHome)} of the ${n(v.total)} children born to the families had a status for a child living at home`,
    summary:
      `${ofBase(v.atHome, v.total)} children ended with a status for a child living at home (Child Protection Plan, Child in Need, Early Help or universal services), rather than in care, adopted, with a special guardian or another outcome; this grouping is the site's reading of Table 9, which records statuses, not where children lived. ` +
      `${n(of("Not with parents"))} were looked after, adopted or with a special guardian: three different things, shown separately. ` +
      `${n(of("Not a service outcome"))} pregnancies ended, children died or families moved away, which are not outcomes of the service. ` +
      `${n(unborn)} ${unborn === 1 ? "child was" : "children were"} not yet born.`,
    parts: v.byPlace,
  };
}
