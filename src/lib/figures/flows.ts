// Flow diagrams as data: who moved from each status at one time to each status
// later. Totals by side come from the flows themselves, so a page can show that
// they match the tables they illustrate; no count is retyped or rounded.
import type { Flow } from "../contract/site.ts";
import type { TableModel } from "../table.ts";
import { formatNumber } from "../format.ts";

export interface SideTotal {
  status: string;
  count: number;
}

/** Statuses in order of first appearance on one side. */
export function statusesOf(flows: Flow[], side: "from" | "to"): string[] {
  return [...new Set(flows.map((f) => f[side]))];
}

/** Sorts statuses by a preferred order; statuses not in it keep their place at the end. */
export function ordered(statuses: string[], order: string[] = []): string[] {
  const rank = (s: string) => (order.includes(s) ? order.indexOf(s) : order.length + statuses.indexOf(s));
  return [...statuses].sort((a, b) => rank(a) - rank(b));
}

/** How many people each status on one side holds: the sum of its flows. */
export function sideTotals(flows: Flow[], side: "from" | "to", order?: string[]): SideTotal[] {
  return ordered(statusesOf(flows, side), order).map((status) => ({
    status,
    count: flows.filter((f) => f[side] === status).reduce((sum, f) => sum + f.value, 0),
  }));
}

export function flowsOf(flows: Flow[], topic: string): Flow[] {
  const mine = flows.filter((f) => f.topic === topic);
  if (mine.length === 0) throw new Error(`no flows for topic "${topic}"`);
  return mine;
}

export interface FlowLabels {
  /** Column heading for the start, e.g. "Within three months of birth". */
  from: string;
  /** Column heading for the end, e.g. "When the case closed". */
  to: string;
  /** Who is counted, e.g. "Children". */
  unit: string;
}

/** Every from→to pair with its count, in diagram order: the table behind a flow chart. */
export function pairsTable(flows: Flow[], caption: string, labels: FlowLabels, order: { from?: string[]; to?: string[] } = {}): TableModel {
  const froms = ordered(statusesOf(flows, "from"), order.from);
  const tos = ordered(statusesOf(flows, "to"), order.to);
  const rows = froms.flatMap((from) => tos.flatMap((to) => flows.filter((f) => f.from === from && f.to === to).map((f) => [from, to, formatNumber(f.value)])));
  return {
    caption,
    columns: [{ label: labels.from }, { label: labels.to }, { label: labels.unit, numeric: true }],
    rows,
  };
}

/** A from × to grid with totals; empty cells print as a dash, never as a guessed zero. */
export function matrixTable(flows: Flow[], caption: string, labels: FlowLabels, order: { from?: string[]; to?: string[] } = {}): TableModel {
  const froms = sideTotals(flows, "from", order.from);
  const tos = sideTotals(flows, "to", order.to);
  const cell = (from: string, to: string) => {
    const f = flows.find((x) => x.from === from && x.to === to);
    return f ? formatNumber(f.value) : "–";
  };
  const total = froms.reduce((s, f) => s + f.count, 0);
  return {
    caption,
    columns: [
      { label: `${labels.from} ↓ / ${labels.to} →` },
      ...tos.map((t) => ({ label: t.status, numeric: true })),
      { label: `All ${labels.unit.toLowerCase()}`, numeric: true },
    ],
    rows: [
      ...froms.map((f) => [f.status, ...tos.map((t) => cell(f.status, t.status)), formatNumber(f.count)]),
      [`All ${labels.unit.toLowerCase()}`, ...tos.map((t) => formatNumber(t.count)), formatNumber(total)],
    ],
  };
}
