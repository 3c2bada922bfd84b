// Parts against their totals: a printed "Total" row, the parts' shared base,
// or 100 for percentages (allowing each part its half-unit of rounding).
import { fsum, group } from "d3-array";
import type { Located } from "../figure-records.ts";
import { slug } from "../figure-records.ts";
import { within, type Outcome } from "./outcome.ts";
import { DERIVED_TABLE } from "../derived.ts";

export type SumKey = "group" | "topic" | "period" | "variant";

export interface SumSpec {
  /** Names the check in ids: sum:<dataset>:<name>:<by values>. */
  name: string;
  measure: "count" | "percent";
  /** The parts are compared with this. */
  against: "total-row" | "base" | "hundred";
  /** Columns that split the rows into separate sums. */
  by: SumKey[];
  /** Only rows whose topic is one of these (all rows when absent). */
  topics?: string[];
  /** Only rows from these source tables (all when absent). */
  tables?: string[];
  /** Categories that are not parts (besides "Total"). */
  exclude?: string[];
}

export const TOTAL = "Total";

function describe(parts: Located[]): string {
  return parts.map((p) => p.figure.value).join(" + ");
}

export function sumChecks(dataset: string, figures: Located[], spec: SumSpec): Outcome[] {
  const rows = figures.filter(
    ({ figure: f }) =>
      f.dataset === dataset &&
      f.measure === spec.measure &&
      // Our own groupings overlap the published parts; they are not parts.
      f.source.table !== DERIVED_TABLE &&
      (!spec.topics || spec.topics.includes(f.topic ?? "")) &&
      (!spec.tables || spec.tables.includes(f.source.table)),
  );
  const keyOf = (l: Located) => spec.by.map((k) => l.figure[k] ?? "").join("|");
  const outcomes: Outcome[] = [];
  for (const [key, members] of group(rows, keyOf)) {
    const parts = members.filter((m) => m.figure.category !== TOTAL && !spec.exclude?.includes(m.figure.category));
    if (parts.length === 0) continue;
    const actual = fsum(parts, (p) => p.figure.value);
    const first = parts[0]!;
    let expected: number;
    let tolerance = 0;
    let ok: boolean;
    let against: string;
    if (spec.against === "hundred") {
      expected = 100;
      tolerance = fsum(parts, (p) => p.figure.precision / 2);
      ok = Math.abs(actual - 100) <= tolerance + 1e-9;
      against = "100%";
    } else if (spec.against === "base") {
      const bases = new Set(parts.map((p) => p.figure.base));
      if (bases.size !== 1 || first.figure.base === null) continue;
      expected = first.figure.base;
      ok = within(actual, expected, 1);
      against = `the base ${expected}`;
    } else {
      const total = members.find((m) => m.figure.category === TOTAL);
      if (!total) continue;
      expected = total.figure.value;
      ok = within(actual, expected, 1);
      against = `the printed total ${expected}`;
    }
    outcomes.push({
      id: `sum:${dataset}:${spec.name}:${spec.by.map((_, i) => slug(key.split("|")[i] || "all")).join(":")}`,
      rule: `sum-${spec.against}`,
      ok,
      figures: parts.map((p) => p.figure.id),
      expected,
      actual,
      tolerance,
      arithmetic: `${describe(parts)} = ${+actual.toFixed(6)}, against ${against}`,
      where: first,
    });
  }
  return outcomes;
}
