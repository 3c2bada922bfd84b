// The savings sums in words, pure so that the costs page (at build time), the
// calculator island (in the browser) and the tests all word them the same way.
// Every result arrives worked out by the data step (a relation's check in
// checks.json, or a derived product in figures.json): nothing here multiplies.
// No imports: the island bundles this file as it is.

/** Unit costs as printed: care proceedings are paid once per case; care is paid every year. */
export interface UnitCosts {
  /** £ per set of care proceedings (one-off). */
  proceedings: number;
  /** £ per looked-after child per year. */
  care: number;
}
export type UnitKind = keyof UnitCosts;

export type AvoidedId = "report" | "at-home" | "sample";
export interface Avoided {
  id: AvoidedId;
  label: string;
  count: number;
  base: number;
  arithmetic: string;
  /** count × unit cost (× years), as the data step worked it, by `resultKey`. */
  results: Record<string, number>;
}

/** "care:18": where a definition's results keep one unit cost over one span of years. */
export const resultKey = (unit: UnitKind, years: number) => `${unit}:${years}`;

const n = (v: number) => new Intl.NumberFormat("en-GB", { maximumFractionDigits: 1 }).format(v);

/** "£3,807,034": exact pounds, for showing the arithmetic. */
export function gbp(value: number): string {
  return `£${new Intl.NumberFormat("en-GB", { maximumFractionDigits: 0 }).format(value)}`;
}

/** "£3.8 million" (one decimal, as the report prints); smaller sums in whole pounds. */
export function roundedGbp(value: number): string {
  return Math.abs(value) >= 1_000_000 ? `£${(value / 1_000_000).toFixed(1)} million` : gbp(value);
}

export interface Choice {
  count: number;
  unitCost: number;
  years: number;
  /** count × unit cost × years, from the data step. */
  result: number;
}

/** "118 × £32,263 × 1 = £3,807,034" */
export function arithmetic(c: Choice): string {
  return `${n(c.count)} × ${gbp(c.unitCost)} × ${n(c.years)} = ${gbp(c.result)}`;
}

/** "118 × £32,263 = £3,807,034": a one-off cost, counted once, has no years to multiply by. */
export function onceArithmetic(c: Omit<Choice, "years">): string {
  return `${n(c.count)} × ${gbp(c.unitCost)} = ${gbp(c.result)}`;
}

/** The same sum in words, for the calculator's live result. */
export function calculationWords(c: Choice & { countLabel: string; unitLabel: string; oneOff?: boolean }): string {
  const yearWord = c.years === 1 ? "1 year" : `${n(c.years)} years`;
  // A one-off cost has no years to multiply by: it is counted once per child.
  const times = c.oneOff ? ", counted once" : ` × ${yearWord}`;
  return `${n(c.count)} children (${c.countLabel.toLowerCase()}) × ${gbp(c.unitCost)} (${c.unitLabel.toLowerCase()})${times} = ${gbp(c.result)}, about ${roundedGbp(c.result)}.`;
}

/** What each combination assumes, in words; shared by the table and the island. */
export function caveats(unit: UnitKind, years: number): string[] {
  const out: string[] = [];
  if (unit === "proceedings" && years > 1) out.push("Care proceedings are paid for once per case, so counting their cost every year has no clear meaning.");
  if (unit === "proceedings" && years === 1) out.push("This is a one-off cost, counted once, not a yearly one, although the report calls it annual.");
  if (unit === "care" && years > 1) out.push(`This assumes every child would have been looked after for all ${n(years)} years.`);
  out.push("None of these is a measured saving: there is no comparison group.");
  return out;
}

/**
 * What a reading takes for granted, said beside its result in the same type:
 * a sum the report never printed must never stand without its assumption.
 */
export function assumption(unit: UnitKind, years: number): string {
  if (unit === "proceedings") return "if every one of these children would otherwise have gone through care proceedings";
  return years === 1
    ? "if every one of these children would otherwise have been in care for one year"
    : `if every one of these children would otherwise have been in care for all ${n(years)} years`;
}

export interface Alternative {
  avoided: Avoided;
  unit: UnitKind;
  unitCost: number;
  years: number;
  result: number;
  arithmetic: string;
  /** Which printed figure this row reproduces, if any. */
  report: "annual" | "eighteen" | null;
}

/** Whether a choice is the report's own: its count, the proceedings cost, over 1 year or its 18. */
export function reportRow(avoided: string, unit: string, years: number, reportYears: number): "annual" | "eighteen" | null {
  if (avoided !== "report" || unit !== "proceedings") return null;
  return years === 1 ? "annual" : years === reportYears ? "eighteen" : null;
}

/** The note shown when a choice reproduces one of the report's printed savings. */
export function reportNote(report: "annual" | "eighteen", printed: { annual: string; eighteen: string }, reportYears: number): string {
  const which = report === "annual" ? `${printed.annual} as the annual saving` : `${printed.eighteen} as the saving over ${n(reportYears)} years`;
  return `This is the report's own sum: it printed ${which}.`;
}

/** Spans of years that have a meaning for a unit cost: a one-off cost is counted once. */
export function spansFor(unit: UnitKind, spans: number[]): number[] {
  return unit === "proceedings" ? [1] : spans;
}

/**
 * Every definition × unit cost × meaningful span of years, the report's own
 * rows marked. The one-off cost of proceedings is never multiplied by years:
 * the report's 18-year figures do that, and the page shows them only as the
 * report's own sums, not as a reading.
 */
export function alternatives(defs: Avoided[], u: UnitCosts, spans: number[], reportYears: number): Alternative[] {
  return defs.flatMap((avoided) =>
    (["proceedings", "care"] as const).flatMap((unit) =>
      spansFor(unit, spans).map((years) => {
        const result = avoided.results[resultKey(unit, years)];
        if (result === undefined) throw new RangeError(`alternatives: the data step gives no ${resultKey(unit, years)} result for "${avoided.id}"`);
        const c = { count: avoided.count, unitCost: u[unit], years, result };
        const report = reportRow(avoided.id, unit, years, reportYears);
        const words = unit === "proceedings" ? onceArithmetic(c) : arithmetic(c);
        return { avoided, unit, unitCost: u[unit], years, result, arithmetic: words, report };
      }),
    ),
  );
}
