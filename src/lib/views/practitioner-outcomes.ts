// The outcomes practitioners recorded for parents at the three-year stage
// (evaluation, "Practitioner reported outcomes"). The report gives counts of
// women and men with no base of its own, so each count is shown against the
// evaluation sample it comes from (37 women, 28 men), never as a percentage.
import type { Figure } from "../schema.ts";
import { formatNumber as n, ofBase } from "../format.ts";
import type { Bar } from "../figures/rows.ts";
import type { TableModel } from "../table.ts";
import type { FigureSet } from "../figures/set.ts";
import { publishedFigure, type FigurePick } from "../figures/published.ts";

export const TOPIC = "practitioner reported outcomes";
const SAMPLE = (group: string): FigurePick => ({ dataset: "headline", topic: "evaluation sample", group, category: "Parents in the evaluation sample", measure: "count" });

/** Shorter names for the chart rows, so each fits a 320px chart; the table keeps the report's wording. */
const SHORT: Record<string, string> = {
  "Engaging or re-engaging contact with previous children": "Contact with previous children",
  "Employment, volunteering or education": "Work, volunteering or education",
  "Children in school and fully engaged": "Children in school, fully engaged",
};
export const shortName = (category: string) => SHORT[category] ?? category;

export interface OutcomeRow {
  category: string;
  women: number;
  men: number;
}

export interface PractitionerOutcomes {
  rows: OutcomeRow[];
  bases: { women: number; men: number };
  ids: string[];
}

/** Every practitioner-reported outcome, women beside men, in the report's order. */
export function practitionerOutcomes(wellbeing: Figure[], set: FigureSet): PractitionerOutcomes {
  const mine = wellbeing.filter((f) => f.topic === TOPIC && f.measure === "count");
  if (mine.length === 0) throw new Error(`practitionerOutcomes: no figures with topic "${TOPIC}"`);
  const categories = [...new Set(mine.map((f) => f.category))];
  const value = (category: string, group: string) => {
    const f = mine.find((x) => x.category === category && x.group === group);
    if (!f) throw new Error(`practitionerOutcomes: no ${group} figure for "${category}"`);
    return f.value;
  };
  const bases = { women: publishedFigure(set, SAMPLE("women")).value, men: publishedFigure(set, SAMPLE("men")).value };
  const rows = categories.map((category) => ({ category, women: value(category, "women"), men: value(category, "men") }));
  for (const r of rows) if (r.women > bases.women || r.men > bases.men) throw new Error(`practitionerOutcomes: "${r.category}" is larger than the sample`);
  return { rows, bases, ids: mine.map((f) => f.id) };
}

/** The title states the two outcomes recorded most often, from the counts. */
export function outcomesTitle(v: PractitionerOutcomes): string {
  const [a, b] = [...v.rows].sort((x, y) => y.women + y.men - (x.women + x.men));
  const part = (r: OutcomeRow) => `${r.category.toLowerCase()} (${n(r.women)} women, ${n(r.men)} men)`;
  return `After three years, practitioners most often recorded ${part(a!)} and ${part(b!)}`;
}

export function outcomeBars(v: PractitionerOutcomes, series: { women: string; men: string }): Bar[] {
  return v.rows.flatMap((r) => [
    { category: shortName(r.category), series: series.women, value: r.women, label: ofBase(r.women, v.bases.women) },
    { category: shortName(r.category), series: series.men, value: r.men, label: ofBase(r.men, v.bases.men) },
  ]);
}

export function outcomesTable(v: PractitionerOutcomes): TableModel {
  return {
    caption: `Parents with each outcome recorded by practitioners after three years, out of the evaluation sample (${n(v.bases.women)} women, ${n(v.bases.men)} men)`,
    columns: [{ label: "Outcome recorded" }, { label: "Women", numeric: true }, { label: "Men", numeric: true }],
    rows: v.rows.map((r) => [r.category, ofBase(r.women, v.bases.women), ofBase(r.men, v.bases.men)]),
  };
}
