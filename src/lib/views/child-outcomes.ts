// What happened to the children: the 38 in the evaluation sample (Tables 7 and
// 8, and the flows between them) and all 148 born to the families (Table 9).
import type { Figure, Flow } from "../schema.ts";
import type { TableModel } from "./table.ts";
import type { Bar } from "../../components/charts/bars.ts";
import { shareBars, shareCell, shares, type Share } from "./shares.ts";
import { flowsOf, pairsTable, sideTotals } from "./flows.ts";
import { ofBase } from "../format.ts";
import { breakable } from "./breakable.ts";

export const EARLY = "within three months of birth";
export const FINAL = "final known status";
export const FLOW_LABELS = { from: "Within three months of birth", to: "When the case closed", unit: "Children" };

/** Where a child was, in plain words: the statuses are not all outcomes of the service. */
export type Place = "With parents" | "Not with parents" | "Not a service outcome" | "Not yet born";

const MEANING: Record<string, { place: Place; text: string }> = {
  "Looked after child": { place: "Not with parents", text: "In the care of the council (looked after); not adopted" },
  Adoption: { place: "Not with parents", text: "Adopted: legally part of another family" },
  "Special Guardianship Order": { place: "Not with parents", text: "Living with a special guardian, often a relative, not with their parents" },
  "Child Protection Plan": { place: "With parents", text: "Living with their parents, with a child protection plan" },
  "Child in Need": { place: "With parents", text: "Living with their parents, supported as a child in need" },
  "Early Help": { place: "With parents", text: "Living with their parents, with early help support" },
  Universal: { place: "With parents", text: "Living with their parents, using only services open to every family" },
  Unborn: { place: "Not yet born", text: "Not yet born when the case closed" },
  "Miscarriage/abortion/deceased": { place: "Not a service outcome", text: "The pregnancy ended or the child died: not an outcome of the service" },
  "Moved to another LA": { place: "Not a service outcome", text: "Moved to another council area: status after that not known" },
};

const PHRASE: Record<string, string> = {
  "Looked after child": "looked after",
  "Child Protection Plan": "on a Child Protection Plan",
  "Child in Need": "supported as a child in need",
  "Team Around the Family": "supported by a Team Around the Family",
  "Early Help": "receiving early help",
  "Universal Services": "using only universal services",
};

/** A status as it reads after "children ...", for titles made from the data. */
export const phrase = (status: string) => PHRASE[status] ?? `with the status ${status}`;

export function meaningOf(status: string): { place: Place; text: string } {
  const m = MEANING[status];
  if (!m) throw new Error(`child-outcomes: no plain-words meaning for status "${status}"`);
  return m;
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
  for (const [side, table] of [["from", "Table 7"], ["to", "Table 8"]] as const) {
    const totals = sideTotals(mine, side);
    const rows = tableCounts(table);
    const differs = rows.length !== totals.length || rows.some((r) => totals.find((t) => t.status === r.category)?.count !== r.value);
    if (differs) throw new Error(`childFlowView: the flows' "${side}" totals do not match ${table}`);
  }
  return {
    flows: mine,
    fromOrder,
    toOrder,
    table: pairsTable(mine, "Every move between status within three months of birth and status when the case closed", FLOW_LABELS, { from: fromOrder, to: toOrder }),
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
  /** Children known to be living with their parents when the case closed. */
  withParents: number;
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
  const places: Place[] = ["With parents", "Not with parents", "Not a service outcome", "Not yet born"];
  const byPlace = places.map((place) => ({ place, count: all.filter((s) => meaningOf(s.category).place === place).reduce((n, s) => n + s.count, 0) }));
  const part = (group: string, c: string) => {
    const f = count(group, c);
    return f && f.base !== null ? ofBase(f.value, f.base) : "–";
  };
  return {
    total,
    withParents: byPlace[0]!.count,
    byPlace,
    bars: shareBars(all).map((b) => ({ ...b, series: meaningOf(b.category).place })),
    table: {
      caption: "Final known status of all children born to families working with the service, after case closure (Table 9). Children are split into the baby each family was expecting at referral and any born later.",
      columns: [
        { label: "Status" },
        { label: "Expected at referral", numeric: true },
        { label: "Born later", numeric: true },
        { label: "All", numeric: true },
      ],
      rows: all.map((s) => [breakable(s.category), part("first children", s.category), part("additional children", s.category), shareCell(s)]),
    },
    meanings: all.map((s) => ({ status: s.category, ...meaningOf(s.category) })),
  };
}
