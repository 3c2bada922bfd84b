// The costs page: the report's cost figures gathered by id, every printed saving
// recomputed with both unit costs, and every alternative reading. The page and
// the calculator only lay out what this returns.
import type { Figure } from "../schema.ts";
import { alternatives, avoidedDefinitions, caveats, recompute, type Alternative, type Avoided, type Recomputed, type Table8, type Table9, type UnitCosts } from "../costs.ts";
import { formatFigure } from "../format.ts";

type Get = (id: string) => Figure;

const T9 = (c: string) => `child-outcomes.child-status.${c}.all-children-born.final-known-status-after-case-closure.count`;
const T8 = (c: string) => `child-outcomes.child-status.${c}.children-in-the-evaluation-sample.final-known-status.count`;
const C = {
  proceedings: "costs.unit-costs.average-cost-of-care-proceedings-per-case.england.gbp",
  care: "costs.unit-costs.average-annual-cost-of-a-looked-after-child.england.gbp",
  years: "costs.unit-costs.years-over-which-looked-after-costs-are-projected.all-children-born.years",
  sampleCount: "costs.evaluation-sample.remained-with-their-families.children-in-the-evaluation-sample.count",
  outsideCount: "costs.outside-the-evaluation-sample.avoided-becoming-looked-after.children-outside-the-evaluation-sample.count",
  wholeCount: "costs.whole-cohort.avoided-becoming-looked-after.all-children-born.count",
  sampleAnnual: "costs.evaluation-sample.annual-cost-if-the-32-had-become-looked-after.children-in-the-evaluation-sample.gbp",
  sampleEighteen: "costs.evaluation-sample.cost-over-18-years-if-the-32-had-become-looked-after.children-in-the-evaluation-sample.gbp",
  outsideAnnual: "costs.outside-the-evaluation-sample.annual-saving-from-the-86-not-becoming-looked-after.children-outside-the-evaluation-sample.gbp",
  outsideEighteen: "costs.outside-the-evaluation-sample.saving-over-18-years-from-the-86-not-becoming-looked-after.children-outside-the-evaluation-sample.gbp",
  wholeAnnual: "costs.whole-cohort.annual-saving-on-looking-after-children.all-children-born.gbp",
  wholeEighteen: "costs.whole-cohort.potential-saving-over-18-years.all-children-born.gbp",
  staffing: "costs.staffing.staffing-cost-of-the-service.service-staff.2014-15-to-2018-19.gbp",
  staffingHeadline: "costs.staffing.staffing-cost-of-the-service.service-staff.2014-15-to-2018-19.gbp.headline-summary",
  staffingYears: "costs.staffing.years-covered-by-the-staffing-cost.service-staff.2014-15-to-2018-19.years",
  staffingYearly: "costs.staffing.staffing-cost-a-year-our-division.service-staff.2014-15-to-2018-19.gbp",
  pathwayAShare: "costs.pathway-a.assumed-probability-of-recurrent-proceedings-within-1-2-years.pathway-a-parents.percent",
  pathwayA: "costs.pathway-a.women-referred-on-pathway-a.pathway-a-parents.count",
  national: "context.recurrence-in-england.probability-of-recurrent-proceedings-within-seven-years.mothers-in-care-proceedings-in-england.2007-2014.percent",
} as const;
export const COST_FIGURE_IDS = C;

/** The ledger entries this page must flag. */
export const COST_NOTES = ["cost-unit-swap", "avoided-not-at-home"] as const;

export interface CostsView {
  units: UnitCosts;
  reportYears: number;
  avoided: Avoided[];
  recomputed: Recomputed[];
  alternatives: Alternative[];
  /** The report's method applied to the children whose final status is one for living at home (our grouping). */
  atHomeAnnual: number;
  /** What the readings assume, each said once. */
  assumptions: string[];
  /** The report's parts and totals, added up again. */
  parts: { label: string; arithmetic: string; ok: boolean }[];
  /** The staffing total (two printings), the years it covers and this site's yearly figure. */
  staffing: { value: Figure; headline: Figure; years: Figure; yearly: Figure };
  /** Where the unit costs come from, as transcribed (the footnotes' misprinted year included). */
  unitCostNote: string | null;
  pathwayAShare: Figure;
  pathwayA: Figure;
  national: Figure;
}

const T9_CATEGORIES = ["total", "looked-after-child", "adoption", "child-protection-plan", "child-in-need", "early-help", "universal", "special-guardianship-order", "miscarriage-abortion-deceased", "moved-to-another-la", "unborn"];
/** Ids of the Table 8 and Table 9 counts the definitions of "avoided" are worked from. */
export const OUTCOME_TABLE_IDS = [...T9_CATEGORIES.map(T9), T8("total"), T8("looked-after-child")];

export function table9(get: Get): Table9 {
  const v = (c: string) => get(T9(c)).value;
  return {
    total: v("total"), lookedAfter: v("looked-after-child"), adopted: v("adoption"),
    childProtectionPlan: v("child-protection-plan"), childInNeed: v("child-in-need"), earlyHelp: v("early-help"), universal: v("universal"),
    specialGuardianship: v("special-guardianship-order"), lost: v("miscarriage-abortion-deceased"), moved: v("moved-to-another-la"), unborn: v("unborn"),
  };
}

export function table8(get: Get): Table8 {
  return { total: get(T8("total")).value, lookedAfter: get(T8("looked-after-child")).value };
}

export function costsView(get: Get): CostsView {
  const units = { proceedings: get(C.proceedings).value, care: get(C.care).value };
  const reportYears = get(C.years).value;
  const printed = (id: string, label: string, countId: string, years: number) => {
    const f = get(id);
    return recompute({ id, label, printed: f.value, precision: f.precision, count: get(countId).value, years }, units);
  };
  const avoided = avoidedDefinitions(table9(get), table8(get));
  const rows = alternatives(avoided, units, [1, reportYears], reportYears);
  const assumptions = [caveats("proceedings", 1), caveats("care", reportYears)].flat();
  return {
    units,
    reportYears,
    avoided,
    recomputed: [
      printed(C.sampleAnnual, "Evaluation sample, a year", C.sampleCount, 1),
      printed(C.outsideAnnual, "Outside the sample, a year", C.outsideCount, 1),
      printed(C.wholeAnnual, "All children, a year", C.wholeCount, 1),
      printed(C.sampleEighteen, `Evaluation sample, ${reportYears} years`, C.sampleCount, reportYears),
      printed(C.outsideEighteen, `Outside the sample, ${reportYears} years`, C.outsideCount, reportYears),
      printed(C.wholeEighteen, `All children, ${reportYears} years`, C.wholeCount, reportYears),
    ],
    alternatives: rows,
    atHomeAnnual: rows.find((r) => r.avoided.id === "at-home" && r.unit === "proceedings" && r.years === 1)!.result,
    assumptions: [...new Set(assumptions)],
    parts: [
      addUp("Children counted as avoiding care", get(C.sampleCount), get(C.outsideCount), get(C.wholeCount)),
      addUp("Savings for one year", get(C.sampleAnnual), get(C.outsideAnnual), get(C.wholeAnnual)),
      addUp(`Savings over ${reportYears} years`, get(C.sampleEighteen), get(C.outsideEighteen), get(C.wholeEighteen)),
    ],
    staffing: { value: get(C.staffing), headline: get(C.staffingHeadline), years: get(C.staffingYears), yearly: get(C.staffingYearly) },
    unitCostNote: get(C.proceedings).remark,
    pathwayAShare: get(C.pathwayAShare),
    pathwayA: get(C.pathwayA),
    national: get(C.national),
  };
}

function addUp(label: string, sample: Figure, outside: Figure, whole: Figure) {
  const sum = sample.value + outside.value;
  return { label, arithmetic: `${printedForm(sample)} + ${printedForm(outside)} = ${printedForm({ ...whole, value: sum })}`, ok: sum === whole.value };
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
