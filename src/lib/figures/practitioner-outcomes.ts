// The outcomes practitioners recorded for parents at the three-year stage
// (evaluation, "Practitioner reported outcomes"). The report gives counts of
// women and men with no base of its own, so each count is shown against the
// evaluation sample it comes from (37 women, 28 men), never as a percentage.
import type { Figure } from "../contract/site.ts";
import { formatNumber as n, ofBase } from "../format.ts";
import type { Bar } from "./rows.ts";
import type { TableModel } from "../table.ts";
import type { FigureSet } from "./set.ts";
import { publishedFigure, sampleParents } from "./published.ts";
import type { FigureModel } from "./model.ts";
import { notesOf } from "./shares.ts";
import { pair } from "../plot/palette.ts";

export const TOPIC = "practitioner reported outcomes";

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
  const bases = { women: publishedFigure(set, sampleParents("women")).value, men: publishedFigure(set, sampleParents("men")).value };
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

/** The chart of practitioners' outcomes: women beside men, each count out of the evaluation sample. */
export function practitionerOutcomesFigure(wellbeing: Figure[], set: FigureSet, id: string): FigureModel {
  const v = practitionerOutcomes(wellbeing, set);
  const series = { women: "Women", men: "Men" };
  return {
    id,
    title: outcomesTitle(v),
    summary: `Counts of women and of men for whom practitioners recorded each outcome at the three-year stage. A parent can have several. The report gives no base for these counts, so each is shown out of the ${v.bases.women} women or ${v.bases.men} men in the evaluation sample, and no percentage is worked out.`,
    alt: `Paired horizontal bars: for each of ${v.rows.length} outcomes practitioners recorded after three years, the number of women and of men with it, each labelled with its count out of the ${v.bases.women} women and ${v.bases.men} men in the evaluation sample.`,
    chart: { kind: "bars", rows: outcomeBars(v, series), colors: { [series.women]: pair.women, [series.men]: pair.men } },
    table: outcomesTable(v),
    bases: [
      { who: "women in the evaluation sample", n: v.bases.women },
      { who: "men in the evaluation sample", n: v.bases.men },
    ],
    cautions: [
      "These are outcomes practitioners chose to record, not measures taken in the same way for every parent. The report does not say how many parents practitioners had a record for at three years, so a count out of the whole sample may understate how common an outcome was among those recorded.",
    ],
    notes: notesOf(wellbeing.filter((f) => v.ids.includes(f.id))),
    dataset: "wellbeing",
    source: "Practitioner reported outcomes",
  };
}
