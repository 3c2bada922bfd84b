// The report's own arithmetic between figures (118 = 148 - 9 - 21; £3.8m =
// 118 x unit cost), evaluated from the data rather than trusted from the text.
import type { Located } from "../figures.ts";
import { within, type Outcome } from "./outcome.ts";

export const RULES = ["sum", "difference", "product", "ratio", "percent", "equal"] as const;
export type Rule = (typeof RULES)[number];

export interface Relation {
  id: string;
  rule: Rule;
  target: string;
  inputs: string[];
  description: string;
  where: { file: string; line: number };
}

const SYMBOL: Record<Rule, string> = { sum: " + ", difference: " - ", product: " x ", ratio: " / ", percent: " / ", equal: " = " };

function compute(rule: Rule, xs: number[]): number {
  const [a = NaN, ...rest] = xs;
  switch (rule) {
    case "sum":
      return xs.reduce((s, x) => s + x, 0);
    case "difference":
      return rest.reduce((s, x) => s - x, a);
    case "product":
      return xs.reduce((s, x) => s * x, 1);
    case "ratio":
      return a / (rest[0] ?? NaN);
    case "percent":
      return (100 * a) / (rest[0] ?? NaN);
    case "equal":
      return a;
  }
}

/** Resolves inputs (figure ids or literal numbers); unknown ids are returned for reporting. */
export function relationCheck(rel: Relation, byId: Map<string, Located>): Outcome | { missing: string[] } {
  const target = byId.get(rel.target);
  const missing = [rel.target, ...rel.inputs].filter((x) => !byId.has(x) && Number.isNaN(Number(x)));
  if (!target || missing.length) return { missing };
  const values = rel.inputs.map((x) => byId.get(x)?.figure.value ?? Number(x));
  const actual = compute(rel.rule, values);
  const t = target.figure;
  return {
    id: `relation:${rel.id}`,
    rule: `relation-${rel.rule}`,
    ok: within(actual, t.value, t.precision),
    figures: [rel.target, ...rel.inputs.filter((x) => byId.has(x))],
    expected: t.value,
    actual,
    tolerance: t.precision / 2,
    arithmetic: `${values.join(SYMBOL[rel.rule])} = ${+actual.toFixed(4)}; printed ${t.value} (${rel.description})`,
    where: rel.where,
  };
}
