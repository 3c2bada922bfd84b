// The report's own arithmetic between figures (118 = 148 - 9 - 21; £3.8m =
// 118 x unit cost), evaluated from the data rather than trusted from the text.
import type { Located } from "../figures.ts";
import { within, type Outcome } from "./outcome.ts";

export const RULES = ["sum", "difference", "product", "ratio", "percent", "equal", "at-most"] as const;
export type Rule = (typeof RULES)[number];

export interface Relation {
  id: string;
  rule: Rule;
  target: string;
  inputs: string[];
  description: string;
  where: { file: string; line: number };
}

const SYMBOL: Record<Rule, string> = { sum: " + ", difference: " - ", product: " x ", ratio: " / ", percent: " / ", equal: " = ", "at-most": " + " };

export function compute(rule: Rule, xs: number[]): number {
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
    case "at-most":
      return xs.reduce((s, x) => s + x, 0);
  }
}

/** An input is a figure id, a figure id negated with a leading "-", or a number. */
export function resolve(input: string, byId: Map<string, Located>): number | undefined {
  const figure = byId.get(input) ?? byId.get(input.replace(/^-/, ""));
  if (figure) return input.startsWith("-") && !byId.has(input) ? -figure.figure.value : figure.figure.value;
  const n = Number(input);
  return Number.isNaN(n) ? undefined : n;
}

const figureOf = (input: string) => input.replace(/^-(?=[a-z])/, "");

/** Resolves the inputs; unknown ids are returned for reporting. */
export function relationCheck(rel: Relation, byId: Map<string, Located>): Outcome | { missing: string[] } {
  const target = byId.get(rel.target);
  const values = rel.inputs.map((x) => resolve(x, byId));
  const missing = [...(target ? [] : [rel.target]), ...rel.inputs.filter((_, i) => values[i] === undefined)];
  if (!target || missing.length) return { missing };
  const actual = compute(rel.rule, values as number[]);
  const t = target.figure;
  // "at-most": the target may not exceed the inputs (a part larger than its whole).
  const ok = rel.rule === "at-most" ? t.value <= actual : within(actual, t.value, t.precision);
  return {
    id: `relation:${rel.id}`,
    rule: `relation-${rel.rule}`,
    ok,
    figures: [rel.target, ...rel.inputs.map(figureOf).filter((x) => byId.has(x))],
    expected: t.value,
    actual,
    tolerance: t.precision / 2,
    arithmetic:
      rel.rule === "at-most"
        ? `printed ${t.value}, which can be at most ${+actual.toFixed(4)} (${rel.description})`
        : `${values.join(SYMBOL[rel.rule])} = ${+actual.toFixed(4)}; printed ${t.value} (${rel.description})`,
    where: rel.where,
  };
}
