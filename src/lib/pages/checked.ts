// The data step's own arithmetic between published figures (data/relations.csv),
// as it published it in checks.json. Where a page shows one of those sums (the
// report's 118 × £32,263), it reads the result here rather than working it out
// again: each number is computed once, by `npm run data`.
import type { CheckResult, Figure } from "../contract/site.ts";

export type RelationRule = "sum" | "difference" | "product";

/**
 * The one relation of this rule between these figures: the target, then the
 * inputs in the order relations.csv lists them. Plain-number inputs (a factor
 * of 0.01) are not figures, so they are not named here.
 */
export function relationResult(checks: readonly CheckResult[], rule: RelationRule, target: Figure, inputs: Figure[]): CheckResult {
  const ids = [target.id, ...inputs.map((f) => f.id)];
  const found = checks.filter((c) => c.rule === `relation-${rule}` && c.figures.length === ids.length && c.figures.every((id, i) => id === ids[i]));
  if (found.length !== 1) {
    throw new Error(`relationResult: ${found.length} ${rule} relations in data/relations.csv from ${ids.join(", ")}, not one`);
  }
  return found[0]!;
}
