// The costs page: the report's cost figures, each picked from a figure set by
// what it is (never by id), every printed saving beside the data step's own
// products of its inputs with both unit costs, and every alternative reading.
// No sum is worked out here: the report's arithmetic is read from the checks
// of data/relations.csv, and this site's readings (the at-home children) from
// the derived figures of data/derived.csv. The page and the calculator only lay
// out what this returns.
import type { CheckResult, Figure } from "../contract/site.ts";
import { alternatives, caveats, resultKey, type Alternative, type Avoided, type UnitCosts, type UnitKind } from "../costs.ts";
import { formatFigure } from "../format.ts";
import type { FigureSet } from "../figures/set.ts";
import { picker, type FigurePick } from "../figures/published.ts";
import { relationResult } from "./checked.ts";

type Get = (pick: FigurePick) => Figure;

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

/** Table 9 (all children born) and Table 8 (the evaluation sample): final known status, as printed. */
export const TABLE9 = {
  dataset: "child-outcomes",
  topic: "child status",
  group: "all children born",
  period: "final known status after case closure",
  measure: "count",
} as const;
const T8 = {
  dataset: "child-outcomes",
  topic: "child status",
  group: "children in the evaluation sample",
  period: "final known status",
  measure: "count",
} as const;
const T9_CATEGORIES: Record<keyof Table9, string> = {
  total: "Total",
  lookedAfter: "Looked after child",
  adopted: "Adoption",
  childProtectionPlan: "Child Protection Plan",
  childInNeed: "Child in Need",
  earlyHelp: "Early Help",
  universal: "Universal",
  specialGuardianship: "Special Guardianship Order",
  lost: "Miscarriage/abortion/deceased",
  moved: "Moved to another LA",
  unborn: "Unborn",
};
const T8_CATEGORIES = { total: "Total", lookedAfter: "Looked after child" } as const;

/** This site's groupings of Table 9 and its readings of the at-home children (data/derived.csv). */
export const AT_HOME = { ...TABLE9, category: "At-home status (our grouping)" } as const;
const reading = (category: string): FigurePick => ({ dataset: "costs", topic: "at-home reading", group: "all children born", category, measure: "gbp" });
const AT_HOME_READINGS = {
  once: reading("At-home status × one-off cost of care proceedings (our product)"),
  year: reading("At-home status × cost of a year in care (our product)"),
  projected: reading("At-home status × cost of a year in care × years projected (our product)"),
} satisfies Record<string, FigurePick>;

// The cost section's figures, each picked by its topic, group and category as printed (/child-outcomes/ states some of its counts).
const cost = (topic: string, group: string, category: string, measure: string, more: Partial<FigurePick> = {}): FigurePick => ({
  dataset: "costs",
  topic,
  group,
  category,
  measure,
  ...more,
});
export const COST_FIGURES = {
  proceedings: cost("unit costs", "England", "Average cost of care proceedings per case", "gbp"),
  care: cost("unit costs", "England", "Average annual cost of a looked after child", "gbp"),
  years: cost("unit costs", "all children born", "Years over which looked after costs are projected", "years"),
  sampleCount: cost("evaluation sample", "children in the evaluation sample", "Remained with their families", "count"),
  outsideCount: cost("outside the evaluation sample", "children outside the evaluation sample", "Avoided becoming looked after", "count"),
  wholeCount: cost("whole cohort", "all children born", "Avoided becoming looked after", "count"),
  sampleAnnual: cost("evaluation sample", "children in the evaluation sample", "Annual cost if the 32 had become looked after", "gbp"),
  sampleEighteen: cost("evaluation sample", "children in the evaluation sample", "Cost over 18 years if the 32 had become looked after", "gbp"),
  outsideAnnual: cost("outside the evaluation sample", "children outside the evaluation sample", "Annual saving from the 86 not becoming looked after", "gbp"),
  outsideEighteen: cost(
    "outside the evaluation sample",
    "children outside the evaluation sample",
    "Saving over 18 years from the 86 not becoming looked after",
    "gbp",
  ),
  wholeAnnual: cost("whole cohort", "all children born", "Annual saving on looking after children", "gbp"),
  wholeEighteen: cost("whole cohort", "all children born", "Potential saving over 18 years", "gbp"),
  staffing: cost("staffing", "service staff", "Staffing cost of the service", "gbp"),
  staffingHeadline: cost("staffing", "service staff", "Staffing cost of the service", "gbp", { variant: "headline-summary" }),
  staffingYears: cost("staffing", "service staff", "Years covered by the staffing cost", "years"),
  staffingYearly: cost("staffing", "service staff", "Staffing cost a year (our division)", "gbp"),
  pathwayAShare: cost("pathway A", "Pathway A parents", "Assumed probability of recurrent proceedings within 1-2 years", "percent"),
  pathwayA: cost("pathway A", "Pathway A parents", "Women referred on Pathway A", "count"),
  sampleBorn: cost("evaluation sample", "children in the evaluation sample", "Children born", "count"),
  sampleLookedAfter: cost("evaluation sample", "children in the evaluation sample", "Became looked after", "count"),
  national: {
    dataset: "context",
    topic: "recurrence in England",
    group: "mothers in care proceedings in England",
    category: "Probability of recurrent proceedings within seven years",
    measure: "percent",
  },
} satisfies Record<string, FigurePick>;

/** The ledger entries this page must flag. */
export const COST_NOTES = ["cost-unit-swap", "avoided-not-at-home"] as const;

/** A printed saving beside the data step's products of its count and years with each unit cost. */
export interface RecomputedRow {
  id: string;
  label: string;
  count: number;
  years: number;
  /** count × unit cost (× years), from the relation that checks the printed figure. */
  results: Record<UnitKind, number>;
  /** The unit costs whose product the data step found to round to the printed figure. */
  matches: UnitKind[];
  asPrinted: string;
}

export interface CostsView {
  units: UnitCosts;
  reportYears: number;
  avoided: Avoided[];
  recomputed: RecomputedRow[];
  alternatives: Alternative[];
  /** The report's method applied to the children whose final status is one for living at home (our grouping). */
  atHomeAnnual: number;
  /** What the readings assume, each said once. */
  assumptions: string[];
  /** The report's parts and totals, as the data step added them up. */
  parts: { label: string; arithmetic: string; ok: boolean }[];
  /** The whole cohort's count and printed savings: the report's headline claim. */
  whole: { count: Figure; annual: Figure; eighteen: Figure };
  /** The staffing total (two printings), the years it covers and this site's yearly figure. */
  staffing: { value: Figure; headline: Figure; years: Figure; yearly: Figure };
  /** Where the unit costs come from, as transcribed (the footnotes' misprinted year included). */
  unitCostNote: string | null;
  pathwayAShare: Figure;
  pathwayA: Figure;
  national: Figure;
}

/** The Table 9 and Table 8 figures the definitions of "avoided" are worked from. */
export function outcomeTables(set: FigureSet): { t9: Table9; t9Figures: Record<keyof Table9, Figure>; figures: Figure[] } {
  const get = picker(set);
  const read = <K extends string>(table: FigurePick, categories: Record<K, string>) =>
    Object.fromEntries(Object.entries<string>(categories).map(([key, category]) => [key, get({ ...table, category })])) as Record<K, Figure>;
  const t9 = read(TABLE9, T9_CATEGORIES);
  const t8 = read(T8, T8_CATEGORIES);
  const values = Object.fromEntries(Object.entries<Figure>(t9).map(([k, f]) => [k, f.value])) as unknown as Table9;
  return { t9: values, t9Figures: t9, figures: [...Object.values(t9), ...Object.values(t8)] };
}

const n = (v: number) => new Intl.NumberFormat("en-GB", { maximumFractionDigits: 1 }).format(v);

export function costsView(set: FigureSet, checks: readonly CheckResult[]): CostsView {
  const get: Get = picker(set);
  const f = Object.fromEntries(Object.entries(COST_FIGURES).map(([k, pick]) => [k, get(pick)])) as Record<keyof typeof COST_FIGURES, Figure>;
  const units = { proceedings: f.proceedings.value, care: f.care.value };
  const reportYears = f.years.value;
  const unitOf = { proceedings: f.proceedings, care: f.care };
  // The report's savings are relations.csv's products: count × unit cost, × years over its projection.
  const product = (saving: Figure, count: Figure, unit: UnitKind, years: number) =>
    relationResult(checks, "product", saving, [count, unitOf[unit], ...(years === 1 ? [] : [f.years])]);
  const printed = (saving: Figure, label: string, count: Figure, years: number): RecomputedRow => {
    const checked = { proceedings: product(saving, count, "proceedings", years), care: product(saving, count, "care", years) };
    const kinds = ["proceedings", "care"] as const;
    return {
      id: saving.id,
      label,
      count: count.value,
      years,
      results: { proceedings: checked.proceedings.actual, care: checked.care.actual },
      matches: kinds.filter((k) => checked[k].ok),
      asPrinted: printedForm(saving),
    };
  };
  // In the order the page lists them: the year's savings, then the report's projection.
  const rows = {
    sampleYear: printed(f.sampleAnnual, "Evaluation sample, a year", f.sampleCount, 1),
    outsideYear: printed(f.outsideAnnual, "Outside the sample, a year", f.outsideCount, 1),
    wholeYear: printed(f.wholeAnnual, "All children, a year", f.wholeCount, 1),
    sampleProjected: printed(f.sampleEighteen, `Evaluation sample, ${reportYears} years`, f.sampleCount, reportYears),
    outsideProjected: printed(f.outsideEighteen, `Outside the sample, ${reportYears} years`, f.outsideCount, reportYears),
    wholeProjected: printed(f.wholeEighteen, `All children, ${reportYears} years`, f.wholeCount, reportYears),
  };
  const resultsOf = (year: RecomputedRow, projected: RecomputedRow) => ({
    [resultKey("proceedings", 1)]: year.results.proceedings,
    [resultKey("care", 1)]: year.results.care,
    [resultKey("care", reportYears)]: projected.results.care,
  });

  const { t9, t9Figures } = outcomeTables(set);
  // The report's count and the sample's are its own subtractions (relations.csv), as the data step worked them.
  const reportCount = relationResult(checks, "difference", f.wholeCount, [t9Figures.total, t9Figures.lookedAfter, t9Figures.adopted]);
  const sampleCount = relationResult(checks, "difference", f.sampleCount, [f.sampleBorn, f.sampleLookedAfter]);
  const atHome = get(AT_HOME);
  const readings = Object.fromEntries(Object.entries(AT_HOME_READINGS).map(([k, pick]) => [k, get(pick).value])) as Record<
    keyof typeof AT_HOME_READINGS,
    number
  >;
  const avoided: Avoided[] = [
    {
      id: "report",
      label: "The report's count: every child not looked after or adopted",
      count: f.wholeCount.value,
      base: t9.total,
      arithmetic: `${n(t9.total)} children − ${n(t9.lookedAfter)} looked after − ${n(t9.adopted)} adopted = ${n(reportCount.actual)}`,
      results: resultsOf(rows.wholeYear, rows.wholeProjected),
    },
    {
      id: "at-home",
      label: "Children whose final status was one for a child living at home (this site's grouping)",
      count: atHome.value,
      base: t9.total,
      // Table 9's parts add up to its total (the data step's sum check), so the two routes to the at-home count agree.
      arithmetic:
        `${n(reportCount.actual)} − ${n(t9.specialGuardianship)} on Special Guardianship Orders − ${n(t9.lost)} miscarriages, abortions or deaths` +
        ` − ${n(t9.moved)} moved to another council − ${n(t9.unborn)} not yet born = ${n(atHome.value)}`,
      results: { [resultKey("proceedings", 1)]: readings.once, [resultKey("care", 1)]: readings.year, [resultKey("care", reportYears)]: readings.projected },
    },
    {
      id: "sample",
      label: "Evaluation sample only: children not looked after when the case closed",
      count: f.sampleCount.value,
      base: f.sampleBorn.value,
      arithmetic: `${n(f.sampleBorn.value)} children in the evaluation sample − ${n(f.sampleLookedAfter.value)} looked after = ${n(sampleCount.actual)}`,
      results: resultsOf(rows.sampleYear, rows.sampleProjected),
    },
  ];
  const assumptions = [caveats("proceedings", 1), caveats("care", reportYears)].flat();
  // The report's parts against its totals, as relations.csv adds them up.
  const addUp = (label: string, sample: Figure, outside: Figure, whole: Figure) => {
    const sum = relationResult(checks, "sum", whole, [sample, outside]);
    return { label, arithmetic: `${printedForm(sample)} + ${printedForm(outside)} = ${printedForm({ ...whole, value: sum.actual })}`, ok: sum.ok };
  };
  return {
    units,
    reportYears,
    avoided,
    recomputed: Object.values(rows),
    alternatives: alternatives(avoided, units, [1, reportYears], reportYears),
    atHomeAnnual: readings.once,
    assumptions: [...new Set(assumptions)],
    parts: [
      addUp("Children counted as avoiding care", f.sampleCount, f.outsideCount, f.wholeCount),
      addUp("Savings for one year", f.sampleAnnual, f.outsideAnnual, f.wholeAnnual),
      addUp(`Savings over ${reportYears} years`, f.sampleEighteen, f.outsideEighteen, f.wholeEighteen),
    ],
    whole: { count: f.wholeCount, annual: f.wholeAnnual, eighteen: f.wholeEighteen },
    staffing: { value: f.staffing, headline: f.staffingHeadline, years: f.staffingYears, yearly: f.staffingYearly },
    unitCostNote: f.proceedings.remark,
    pathwayAShare: f.pathwayAShare,
    pathwayA: f.pathwayA,
    national: f.national,
  };
}

const TOPICS: Record<string, string> = {
  "unit costs": "Unit costs",
  "evaluation sample": "Children in the evaluation sample",
  "outside the evaluation sample": "Children outside the evaluation sample",
  "whole cohort": "All children born to families whose cases had closed",
  staffing: "Cost of the service",
  "pathway A": "Parents referred after a removal (Pathway A)",
};

export interface PrintedGroup {
  heading: string;
  rows: { label: string; value: string }[];
}

/**
 * The cost figures exactly as printed, grouped as the report groups them, in
 * source order. Most come from one place (`usual`); the rest say where they are
 * printed, so the table needs no source column on a phone.
 */
export function printedGroups(all: Figure[]): { usual: string; groups: PrintedGroup[] } {
  // "As printed" means as printed: this site's own derived figures stay out.
  const figures = all.filter((f) => !f.derived);
  const where = (f: Figure) => `${f.source.section}, ${f.source.table}`;
  const tally = new Map<string, number>();
  for (const f of figures) tally.set(where(f), (tally.get(where(f)) ?? 0) + 1);
  const usual = [...tally].sort((a, b) => b[1] - a[1])[0]?.[0] ?? "";
  const groups: PrintedGroup[] = [];
  for (const f of figures) {
    const heading = TOPICS[f.topic ?? ""] ?? f.topic ?? "Other";
    let g = groups.find((x) => x.heading === heading);
    if (!g) groups.push((g = { heading, rows: [] }));
    const when = f.period ? `, ${f.period}` : "";
    const note = where(f) !== usual ? ` (printed in the ${f.source.table.toLowerCase()})` : f.variant ? ` (${f.variant.replace(/-/g, " ")})` : "";
    g.rows.push({ label: `${f.category}${when}${note}`, value: printedForm(f) });
  }
  return { usual, groups };
}

/** A cost-section figure in the form the report printed it: £3.8 million, not £3,800,000. */
export function printedForm(f: Pick<Figure, "measure" | "value" | "precision">): string {
  if (f.measure === "gbp" && f.precision >= 100_000) return `£${(f.value / 1_000_000).toFixed(1)} million`;
  return formatFigure(f);
}
