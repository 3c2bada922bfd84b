// A flow diagram's boxes must add up, on each side, to the table it illustrates.
import { fsum, rollup } from "d3-array";
import type { Located } from "../figure-records.ts";
import { slug } from "../figure-records.ts";
import type { Flow } from "../../../contract/site.ts";
import { within, type Outcome } from "./outcome.ts";

export interface LocatedFlow {
  flow: Flow;
  file: string;
  line: number;
}

export interface MarginSpec {
  topic: string;
  side: "from" | "to";
  /** Selects the table counts this side should match. */
  match: { dataset: string; group: string; period: string; topic?: string; table?: string };
  /** Flow categories with no table row (e.g. "Not known"). */
  ignore?: string[];
  /** Flow category → the table's label for it, where the two differ. */
  aliases?: Record<string, string>;
}

export function marginChecks(flows: LocatedFlow[], figures: Located[], spec: MarginSpec): Outcome[] {
  const mine = flows.filter((f) => f.flow.topic === spec.topic);
  const label = (c: string) => spec.aliases?.[c] ?? c;
  const sums = rollup(
    mine,
    (v) => fsum(v, (f) => f.flow.value),
    (f) => label(f.flow[spec.side]),
  );
  const m = spec.match;
  const table = figures.filter(
    ({ figure: f }) =>
      f.dataset === m.dataset &&
      f.group === m.group &&
      f.period === m.period &&
      f.measure === "count" &&
      f.variant === null &&
      f.category !== "Total" &&
      (m.topic === undefined || f.topic === m.topic) &&
      (m.table === undefined || f.source.table === m.table),
  );
  const categories = new Set([...sums.keys(), ...table.map((t) => t.figure.category)]);
  const outcomes: Outcome[] = [];
  for (const category of categories) {
    if (spec.ignore?.map(label).includes(category)) continue;
    const row = table.find((t) => t.figure.category === category);
    const actual = sums.get(category) ?? 0;
    const expected = row?.figure.value ?? 0;
    const where = row ?? mine[0] ?? { file: "flows", line: 0 };
    outcomes.push({
      id: `flow:${slug(spec.topic)}:${spec.side}:${slug(category)}`,
      rule: `flow-${spec.side}`,
      ok: within(actual, expected, 1),
      figures: row ? [row.figure.id] : [],
      expected,
      actual,
      tolerance: 0,
      arithmetic: `boxes ${spec.side === "from" ? "leaving" : "arriving at"} "${category}" add to ${actual}; the table has ${row ? expected : "no such row"}`,
      where: { file: where.file, line: where.line },
    });
  }
  return outcomes;
}

/** Every box in a diagram together must account for the whole group (65 parents, 38 children). */
export function flowTotalCheck(flows: LocatedFlow[], topic: string, total: Located): Outcome {
  const mine = flows.filter((f) => f.flow.topic === topic);
  const actual = fsum(mine, (f) => f.flow.value);
  const where = mine[0] ?? total;
  return {
    id: `flow-total:${slug(topic)}`,
    rule: "flow-total",
    ok: within(actual, total.figure.value, 1),
    figures: [total.figure.id],
    expected: total.figure.value,
    actual,
    tolerance: 0,
    arithmetic: `all "${topic}" boxes add to ${actual}; the group has ${total.figure.value}`,
    where: { file: where.file, line: where.line },
  };
}
