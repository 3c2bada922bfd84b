// A service's children by status at three months and at closure, as a table:
// one row per status at three months, one column per grouping of the status at
// closure (the bundle publishes flows by our grouping: src/lib/tracker/model-children.ts). A
// flow diagram of a bundle would have to leave out its suppressed flows and
// so draw boxes that do not add up; a table can show each [c] in its place.
import { formatNumber } from "../format.ts";
import type { FigureSet } from "../figures/set.ts";
import { groupingOf } from "../figures/child-outcomes.ts";
import type { TableModel } from "../table.ts";

const FLOWS = "child-status-flows";

/** The flows table, or null when the bundle publishes no flows. Codes read in the vocabulary's order. */
export function flowsTable(set: FigureSet): TableModel | null {
  const records = set.select({ dataset: FLOWS, group: "all", measure: "count" });
  if (!records.length) return null;
  const v = set.meta.vocabulary;
  const { term } = v;
  const split = records.map((r) => {
    const [from, to] = r.category.split("-to-") as [string, string];
    return { from, to, r };
  });
  const order = (list: string, codes: string[]) => [...new Set(codes)].sort((a, b) => term(list, a).line - term(list, b).line);
  const froms = order(
    FLOWS,
    split.map((s) => s.from),
  );
  // Columns in the order of our groupings, each named as the grouping is everywhere on the site.
  const grouping = (to: string) => groupingOf(v, to) ?? to;
  const tos = [...new Set(split.map((s) => s.to))].sort((a, b) => term("grouping", grouping(a)).line - term("grouping", grouping(b)).line);
  const cell = (from: string, to: string) => {
    const r = split.find((s) => s.from === from && s.to === to)?.r;
    if (!r) return "[x]";
    return r.value === null ? `[${r.symbol ?? "x"}]` : formatNumber(r.value);
  };
  return {
    caption: "Children whose case has closed: status within three months of birth (rows) and status when the case closed, by our grouping (columns), as counts",
    columns: [{ label: "At three months" }, ...tos.map((t) => ({ label: term("grouping", grouping(t)).label, numeric: true }))],
    rows: froms.map((f) => [term(FLOWS, f).label, ...tos.map((t) => cell(f, t))]),
  };
}
