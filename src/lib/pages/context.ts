// Why the service exists: the key facts on recurrent care proceedings, as
// tables beside the rate charts (those are figure models: src/lib/figures/context.ts).
import type { Figure } from "../contract/site.ts";
import type { TableModel } from "../table.ts";
import { formatFigure, formatNumber, formatPercent } from "../format.ts";
import { periodLabel } from "../words.ts";

/** A figure with its base, or a plain statement that none is given. */
export function factValue(f: Figure): string {
  if (f.measure === "percent")
    return f.base === null ? `${formatPercent(f.value)} (number not given)` : `${formatPercent(f.value)} (of ${formatNumber(f.base)})`;
  return formatFigure(f);
}

/** Key facts on one topic as a table: what, when, the figure. */
export function factsTable(figures: Figure[], topic: string, caption: string): TableModel {
  const rows = figures.filter((f) => f.topic === topic && f.variant === null);
  if (!rows.length) throw new Error(`factsTable: no figures on ${topic}`);
  return {
    caption,
    columns: [{ label: "What" }, { label: "When" }, { label: "Figure", numeric: true }],
    rows: rows.map((f) => [f.category, f.period ? periodLabel(f.period) : "Not stated", factValue(f)]),
  };
}

/** The one figure on a topic in a category; a missing one is a build error. */
export function pick(figures: Figure[], topic: string, test: (f: Figure) => boolean): Figure {
  const f = figures.find((x) => x.topic === topic && x.variant === null && test(x));
  if (!f) throw new Error(`context: no matching figure on ${topic}`);
  return f;
}
