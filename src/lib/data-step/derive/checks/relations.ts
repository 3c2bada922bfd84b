// The report's own arithmetic between figures (118 = 148 - 9 - 21; £3.8m =
// 118 x unit cost), evaluated from the data rather than trusted from the text.
import type { Located } from "../figure-records.ts";
import { within, type Outcome } from "./outcome.ts";

export const RULES = ["sum", "difference", "product", "ratio", "percent", "equal", "at-most"] as const;
export type Rule = (typeof RULES)[number];

export interface Relation {
  id: string;
  rule: Rule;
  target: string;
  inputs: string[];
  description: string;
  /** "report": arithmetic the report states or relies on; "site": a comparison this site makes. */
  whose: "report" | "site";
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

const round4 = (x: number) => +x.toFixed(4);

/**
 * The computation in words a reader can check. "equal" compares two printed
 * figures, so it names both rather than writing "29 = 29"; "percent" shows its
 * factor of 100 so the line is true arithmetic.
 */
export function describe(rule: Rule, values: number[], actual: number, printed: number, description: string): string {
  switch (rule) {
    case "at-most":
      return `printed ${printed}, which can be at most ${values.join(" + ")} = ${round4(actual)} (${description})`;
    case "equal":
      return `printed ${printed} in one place and ${values[0]} in the other (${description})`;
    case "percent":
      return `100 x ${values[0]} / ${values[1]} = ${round4(actual)}; printed ${printed} (${description})`;
    default:
      return `${values.join(SYMBOL[rule])} = ${round4(actual)}; printed ${printed} (${description})`;
  }
}

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
    arithmetic: describe(rel.rule, values as number[], actual, t.value, rel.description),
    whose: rel.whose,
    where: rel.where,
  };
}
