// Every printed percentage against its count and base, at the precision printed:
// 83 is right for 29 of 35 (82.86) because it is within half a unit of it.
import type { Located } from "../figure-records.ts";
import { within, type Outcome } from "./outcome.ts";

/** The key a percent and its count share: everything but the measure. */
const pairKey = (f: Located["figure"]): string => [f.dataset, f.topic, f.category, f.group, f.period, f.variant].join("|");

export function percentChecks(figures: Located[]): Outcome[] {
  const counts = new Map<string, Located>();
  for (const l of figures) if (l.figure.measure === "count") counts.set(pairKey(l.figure), l);

  const outcomes: Outcome[] = [];
  for (const l of figures) {
    const pct = l.figure;
    if (pct.measure !== "percent") continue;
    const countRow = counts.get(pairKey(pct));
    if (!countRow) continue;
    const count = countRow.figure;
    const base = pct.base ?? count.base;
    if (base === null || base === 0) continue;
    const actual = (100 * count.value) / base;
    const tolerance = pct.precision / 2;
    outcomes.push({
      id: `percent:${pct.id}`,
      rule: "percent",
      ok: within(actual, pct.value, pct.precision),
      figures: [pct.id, count.id],
      expected: pct.value,
      actual,
      tolerance,
      arithmetic: `${count.value} / ${base} = ${actual.toFixed(2)}%, printed ${pct.value}%`,
      where: l,
    });
    if (count.base !== null && pct.base !== null && count.base !== pct.base) {
      outcomes.push({
        id: `same-base:${pct.id}`,
        rule: "same-base",
        ok: false,
        figures: [pct.id, count.id],
        expected: count.base,
        actual: pct.base,
        tolerance: 0,
        arithmetic: `count has base ${count.base}, percent has base ${pct.base}`,
        where: l,
      });
    }
  }
  return outcomes;
}
