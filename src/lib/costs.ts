// The savings arithmetic, pure so that the costs page (at build time), the
// calculator island (in the browser) and the tests all run the same code.
// No imports: the island bundles this file as it is.

/** Unit costs as printed: care proceedings are paid once per case; care is paid every year. */
export interface UnitCosts {
  /** £ per set of care proceedings (one-off). */
  proceedings: number;
  /** £ per looked-after child per year. */
  care: number;
}
export type UnitKind = keyof UnitCosts;

/** Final known status of all children born (Table 9), whole counts. */
export interface Table9 {
  total: number;
  lookedAfter: number;
  adopted: number;
  childProtectionPlan: number;
  childInNeed: number;
  earlyHelp: number;
  universal: number;
  specialGuardianship: number;
  lost: number;
  moved: number;
  unborn: number;
}

/** Final known status of the evaluation sample's children (Table 8). */
export interface Table8 {
  total: number;
  lookedAfter: number;
}

export type AvoidedId = "report" | "at-home" | "sample";
export interface Avoided {
  id: AvoidedId;
  label: string;
  count: number;
  base: number;
  arithmetic: string;
}

const n = (v: number) => new Intl.NumberFormat("en-GB", { maximumFractionDigits: 1 }).format(v);

/** "£3,807,034": exact pounds, for showing the arithmetic. */
export function gbp(value: number): string {
  return `£${new Intl.NumberFormat("en-GB", { maximumFractionDigits: 0 }).format(value)}`;
}

/** "£3.8 million" (one decimal, as the report prints); smaller sums in whole pounds. */
export function roundedGbp(value: number): string {
  return Math.abs(value) >= 1_000_000 ? `£${(value / 1_000_000).toFixed(1)} million` : gbp(value);
}

/** The three readings of "children who avoided care", each worked from the tables. */
export function avoidedDefinitions(t9: Table9, t8: Table8): Avoided[] {
  const report = t9.total - t9.lookedAfter - t9.adopted;
  const atHome = t9.childProtectionPlan + t9.childInNeed + t9.earlyHelp + t9.universal;
  // Table 9 must account for every child, or the two routes to the at-home count disagree.
  const byRemoval = report - t9.specialGuardianship - t9.lost - t9.moved - t9.unborn;
  if (byRemoval !== atHome) throw new Error(`avoidedDefinitions: Table 9 does not add up (${byRemoval} against ${atHome})`);
  const sample = t8.total - t8.lookedAfter;
  return [
    {
      id: "report",
      label: "The report's count: every child not looked after or adopted",
      count: report,
      base: t9.total,
      arithmetic: `${n(t9.total)} children − ${n(t9.lookedAfter)} looked after − ${n(t9.adopted)} adopted = ${n(report)}`,
    },
    {
      id: "at-home",
      label: "Children whose final status was one for a child living at home (this site's grouping)",
      count: atHome,
      base: t9.total,
      arithmetic:
        `${n(report)} − ${n(t9.specialGuardianship)} on Special Guardianship Orders − ${n(t9.lost)} miscarriages, abortions or deaths` +
        ` − ${n(t9.moved)} moved to another council − ${n(t9.unborn)} not yet born = ${n(atHome)}`,
    },
    {
      id: "sample",
      label: "Evaluation sample only: children not looked after when the case closed",
      count: sample,
      base: t8.total,
      arithmetic: `${n(t8.total)} children in the evaluation sample − ${n(t8.lookedAfter)} looked after = ${n(sample)}`,
    },
  ];
}

export interface Choice {
  count: number;
  unitCost: number;
  years: number;
}

/** count × unit cost × years; refuses inputs that would print nonsense. */
export function saving({ count, unitCost, years }: Choice): number {
  for (const [name, v] of Object.entries({ count, unitCost, years })) {
    if (!Number.isFinite(v) || v < 0) throw new RangeError(`saving: ${name} must be a number of at least 0 (got ${v})`);
  }
  if (!Number.isInteger(count) || !Number.isInteger(years)) throw new RangeError("saving: count and years must be whole numbers");
  return count * unitCost * years;
}

/** "118 × £32,263 × 1 = £3,807,034" */
export function arithmetic(c: Choice): string {
  return `${n(c.count)} × ${gbp(c.unitCost)} × ${n(c.years)} = ${gbp(saving(c))}`;
}

/** "118 × £32,263 = £3,807,034": a one-off cost, counted once, has no years to multiply by. */
export function onceArithmetic(count: number, unitCost: number): string {
  return `${n(count)} × ${gbp(unitCost)} = ${gbp(saving({ count, unitCost, years: 1 }))}`;
}

/** The same sum in words, for the calculator's live result. */
export function calculationWords(c: Choice & { countLabel: string; unitLabel: string; oneOff?: boolean }): string {
  const total = saving(c);
  const yearWord = c.years === 1 ? "1 year" : `${n(c.years)} years`;
  // A one-off cost has no years to multiply by: it is counted once per child.
  const times = c.oneOff ? ", counted once" : ` × ${yearWord}`;
  return `${n(c.count)} children (${c.countLabel.toLowerCase()}) × ${gbp(c.unitCost)} (${c.unitLabel.toLowerCase()})${times} = ${gbp(total)}, about ${roundedGbp(total)}.`;
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

/** A saving as printed, with what it was multiplied from. */
export interface PrintedSaving {
  id: string;
  label: string;
  printed: number;
  /** Rounding unit of the printed figure (100000 for £3.8 million). */
  precision: number;
  count: number;
  years: number;
}

export interface Recomputed extends PrintedSaving {
  withProceedings: number;
  withCare: number;
  /** The unit costs whose product rounds to the printed figure. */
  matches: UnitKind[];
}

const roundsTo = (value: number, printed: number, precision: number) => Math.round(value / precision) * precision === printed;

export function recompute(p: PrintedSaving, u: UnitCosts): Recomputed {
  const withProceedings = saving({ count: p.count, unitCost: u.proceedings, years: p.years });
  const withCare = saving({ count: p.count, unitCost: u.care, years: p.years });
  const matches = (["proceedings", "care"] as const).filter((k) => roundsTo(k === "care" ? withCare : withProceedings, p.printed, p.precision));
  return { ...p, withProceedings, withCare, matches };
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
        const c = { count: avoided.count, unitCost: u[unit], years };
        const report = reportRow(avoided.id, unit, years, reportYears);
        const words = unit === "proceedings" ? onceArithmetic(c.count, c.unitCost) : arithmetic(c);
        return { avoided, unit, unitCost: u[unit], years, result: saving(c), arithmetic: words, report };
      }),
    ),
  );
}
