// Table 1 prints the total cohort's percentages without a base; the chart data
// lets the build recover one. A percent with no printed base takes the base of
// its recovered count, and says so, so every published percentage has an n.
import type { Figure } from "../../contract/site.ts";

const pairKey = (f: Figure) => [f.dataset, f.topic, f.category, f.group, f.period, f.variant].join("|");

export function inheritBases(figures: Figure[]): Figure[] {
  const counts = new Map(figures.filter((f) => f.measure === "count" && f.derived).map((f) => [pairKey(f), f]));
  return figures.map((f) => {
    if (f.measure !== "percent" || f.base !== null) return f;
    const count = counts.get(pairKey(f));
    if (!count || count.base === null) return f;
    return { ...f, base: count.base, derivation: `Base not printed; ${count.base} is recovered from the chart data (see ${count.id}).` };
  });
}
