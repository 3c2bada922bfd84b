// The costs page: the report's cost figures, each picked from a figure set by
// what it is (never by id), every printed saving recomputed with both unit
// costs, and every alternative reading. The page and the calculator only lay
// out what this returns.
import type { Figure } from "../schema.ts";
import { alternatives, avoidedDefinitions, caveats, recompute, type Alternative, type Avoided, type Recomputed, type Table8, type Table9, type UnitCosts } from "../costs.ts";
import { formatFigure } from "../format.ts";
import type { FigureSet } from "../figures/set.ts";
import { picker, type FigurePick } from "../figures/published.ts";

type Get = (pick: FigurePick) => Figure;

/** Table 9 (all children born) and Table 8 (the evaluation sample): final known status, as printed. */
export const TABLE9 = { dataset: "child-outcomes", topic: "child status", group: "all children born", period: "final known status after case closure", measure: "count" } as const;
const T8 = { dataset: "child-outcomes", topic: "child status", group: "children in the evaluation sample", period: "final known status", measure: "count" } as const;
const T9_CATEGORIES: Record<keyof Table9, string> = {
  total: "Total", lookedAfter: "Looked after child", adopted: "Adoption", childProtectionPlan: "Child Protection Plan", childInNeed: "Child in Need",
  earlyHelp: "Early Help", universal: "Universal", specialGuardianship: "Special Guardianship Order", lost: "Miscarriage/abortion/deceased",
  moved: "Moved to another LA", unborn: "Unborn",
};
const T8_CATEGORIES: Record<keyof Table8, string> = { total: "Total", lookedAfter: "Looked after child" };

// The cost section's figures, each picked by its topic, group and category as printed.
const cost = (topic: string, group: string, category: string, measure: string, more: Partial<FigurePick> = {}): FigurePick => ({ dataset: "costs", topic, group, category, measure, ...more });
const C = {
  proceedings: cost("unit costs", "England", "Average cost of care proceedings per case", "gbp"),
  care: cost("unit costs", "England", "Average annual cost of a looked after child", "gbp"),
  years: cost("unit costs", "all children born", "Years over which looked after costs are projected", "years"),
  sampleCount: cost("evaluation sample", "children in the evaluation sample", "Remained with their families", "count"),
  outsideCount: cost("outside the evaluation sample", "children outside the evaluation sample", "Avoided becoming looked after", "count"),
  wholeCount: cost("whole cohort", "all children born", "Avoided becoming looked after", "count"),
  sampleAnnual: cost("evaluation sample", "children in the evaluation sample", "Annual cost if the 32 had become looked after", "gbp"),
  sampleEighteen: cost("evaluation sample", "children in the evaluation sample", "Cost over 18 years if the 32 had become looked after", "gbp"),
  outsideAnnual: cost("outside the evaluation sample", "children outside the evaluation sample", "Annual saving from the 86 not becoming looked after", "gbp"),
  outsideEighteen: cost("outside the evaluation sample", "children outside the evaluation sample", "Saving over 18 years from the 86 not becoming looked after", "gbp"),
  wholeAnnual: cost("whole cohort", "all children born", "Annual saving on looking after children", "gbp"),
  wholeEighteen: cost("whole cohort", "all children born", "Potential saving over 18 years", "gbp"),
  staffing: cost("staffing", "service staff", "Staffing cost of the service", "gbp"),
  staffingHeadline: cost("staffing", "service staff", "Staffing cost of the service", "gbp", { variant: "headline-summary" }),
  staffingYears: cost("staffing", "service staff", "Years covered by the staffing cost", "years"),
  staffingYearly: cost("staffing", "service staff", "Staffing cost a year (our division)", "gbp"),
  pathwayAShare: cost("pathway A", "Pathway A parents", "Assumed probability of recurrent proceedings within 1-2 years", "percent"),
  pathwayA: cost("pathway A", "Pathway A parents", "Women referred on Pathway A", "count"),
  national: { dataset: "context", topic: "recurrence in England", group: "mothers in care proceedings in England", category: "Probability of recurrent proceedings within seven years", measure: "percent" },
} satisfies Record<string, FigurePick>;

/** The ledger entries this page must flag. */
export const COST_NOTES = ["cost-unit-swap", "avoided-not-at-home"] as const;

/** A printed saving recomputed with both unit costs, with the form the report printed it in. */
export type RecomputedRow = Recomputed & { asPrinted: string };

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
  /** The report's parts and totals, added up again. */
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

/** The Table 9 and Table 8 counts the definitions of "avoided" are worked from. */
export function outcomeTables(set: FigureSet): { t9: Table9; t8: Table8; figures: Figure[] } {
  const get = picker(set);
  const read = <K extends string>(table: FigurePick, categories: Record<K, string>) =>
    Object.fromEntries(Object.entries<string>(categories).map(([key, category]) => [key, get({ ...table, category })])) as Record<K, Figure>;
  const t9 = read(TABLE9, T9_CATEGORIES);
  const t8 = read(T8, T8_CATEGORIES);
  const values = <K extends string>(t: Record<K, Figure>) => Object.fromEntries(Object.entries<Figure>(t).map(([k, f]) => [k, f.value])) as Record<K, number>;
  return { t9: values(t9), t8: values(t8), figures: [...Object.values(t9), ...Object.values(t8)] };
}

export function costsView(set: FigureSet): CostsView {
  const get: Get = picker(set);
  const units = { proceedings: get(C.proceedings).value, care: get(C.care).value };
  const reportYears = get(C.years).value;
  const printed = (saving: FigurePick, label: string, counted: FigurePick, years: number): RecomputedRow => {
    const f = get(saving);
    return { ...recompute({ id: f.id, label, printed: f.value, precision: f.precision, count: get(counted).value, years }, units), asPrinted: printedForm(f) };
  };
  const { t9, t8 } = outcomeTables(set);
  const avoided = avoidedDefinitions(t9, t8);
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
    whole: { count: get(C.wholeCount), annual: get(C.wholeAnnual), eighteen: get(C.wholeEighteen) },
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
