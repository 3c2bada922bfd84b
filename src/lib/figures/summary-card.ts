// The summary page's small charts: each headline's chart as data, and the
// figure model the frame draws from it (folded under the card on the page).
// The cards' words and numbers around the charts are in src/lib/pages/summary.ts.
import type { Figure } from "../contract/site.ts";
import type { TableModel } from "../table.ts";
import { formatInterval, formatPercent, ofBase } from "../format.ts";
import { gbp, roundedGbp } from "../costs.ts";
import { wilson } from "../stats/wilson.ts";
import { changeRows, changesTitle, changeTable, type MeasureChange } from "./summary-changes.ts";
import type { FigureModel } from "./model.ts";
import type { SummaryRow } from "./rows.ts";

/** A headline's small chart: everything the figure frame needs, as data. */
export interface SummaryFigure {
  id: string;
  title: string;
  /** The text alternative: what the chart draws, in words. */
  summary: string;
  rows: SummaryRow[];
  /** Upper end of the scale (100 for percentages); the largest value otherwise. */
  max?: number;
  table: TableModel;
  dataset: string;
  source: string;
}

/** The card's chart as a figure model: its text alternative is also its summary; cautions and flags are the card's own. */
export function summaryCardFigure(c: SummaryFigure): FigureModel {
  return {
    id: c.id,
    title: c.title,
    summary: c.summary,
    alt: c.summary,
    chart: { kind: "summary", rows: c.rows, ...(c.max !== undefined ? { max: c.max } : {}) },
    table: c.table,
    bases: [],
    cautions: [],
    notes: [],
    dataset: c.dataset,
    source: c.source,
  };
}

/** The reach card: the families referred on Pathway B, and those the evaluation followed. */
export function reachCard({ families, sampleFamilies, parents }: Record<"families" | "sampleFamilies" | "parents", Figure>): SummaryFigure {
  return {
    id: "reach-chart",
    dataset: "headline",
    source: "Referrals and Evaluation methodology",
    title: `The evaluation followed ${sampleFamilies.value} of the ${families.value} families referred on Pathway B`,
    summary: `Two bars: ${families.value} families referred on Pathway B, and the ${sampleFamilies.value} of them (${parents.value} parents) in the evaluation sample.`,
    rows: [
      { text: `Families referred: ${families.value}`, value: families.value },
      { text: `In the evaluation sample: ${sampleFamilies.value}`, value: sampleFamilies.value },
    ],
    table: {
      caption: "Pathway B families",
      columns: [{ label: "Families" }, { label: "Number", numeric: true }],
      rows: [
        [`Referred on Pathway B, ${families.period}`, String(families.value)],
        [`In the evaluation sample (${parents.value} parents)`, ofBase(sampleFamilies.value, families.value)],
      ],
    },
  };
}

/** The children card: Table 9 in this site's four groups (data/derived.csv). */
export function childrenCard({ home, away, other, unborn }: Record<"home" | "away" | "other" | "unborn", Figure>): SummaryFigure {
  return {
    id: "children-chart",
    dataset: "child-outcomes",
    source: "Table 9, grouped by this site",
    title: `${home.value} of the ${home.base} children ended with a status for a child living at home`,
    summary: `Four bars out of ${home.base} children: ${home.value} with an at-home status, ${away.value} looked after, adopted or with a special guardian, ${other.value} pregnancies that ended, children who died or families who moved away, and ${unborn.value} not yet born.`,
    rows: [
      { text: `At-home status: ${ofBase(home.value, home.base!)}`, value: home.value },
      { text: `Not with their parents: ${away.value}`, value: away.value },
      { text: `Pregnancy ended, died, moved: ${other.value}`, value: other.value },
      { text: `Not yet born: ${unborn.value}`, value: unborn.value },
    ],
    max: home.base!,
    table: {
      caption: `Final known status of the ${home.base} children (Table 9, in this site's groups)`,
      columns: [{ label: "Status" }, { label: "Children", numeric: true }],
      rows: [
        ["Child Protection Plan, Child in Need, Early Help or universal services", ofBase(home.value, home.base!)],
        ["Looked after, adopted or with a special guardian", ofBase(away.value, away.base!)],
        ["Pregnancy ended, child died or family moved to another council", ofBase(other.value, other.base!)],
        ["Not yet born", ofBase(unborn.value, unborn.base ?? home.base!)],
      ],
    },
  };
}

/** The three-years card: an arrow for each measure, at referral to after three years. */
export function threeYearsCard(moved: MeasureChange[]): SummaryFigure {
  return {
    id: "three-years-chart",
    dataset: "wellbeing",
    source: "Tables 4 and 6",
    title: changesTitle(moved),
    summary: `Arrows from the share of parents with each record at referral to the share after three years: ${moved.map((c) => `${lower(c.name)} ${formatPercent(c.before.percent)} to ${formatPercent(c.after.percent)}`).join(", ")}.`,
    rows: changeRows(moved),
    max: 100,
    table: changeTable(moved),
  };
}

/** The school card: the children's share with its 95% interval, above Salford's. */
export function schoolCard({ school, schoolPct, salford }: Record<"school" | "schoolPct" | "salford", Figure>): SummaryFigure {
  return {
    id: "school-chart",
    dataset: "school-readiness",
    source: "School readiness",
    title: `${ofBase(school.value, school.base!)} children reached a good level of development: too few to compare with Salford's ${formatPercent(salford.value)}`,
    summary: `A dot at ${formatPercent(schoolPct.value)} for the children of parents in the service, with its 95% interval from ${formatInterval(school.value, school.base!)}, above a bar at ${formatPercent(salford.value)} for all children in Salford.`,
    rows: [
      { text: `Parents' children: ${ofBase(school.value, school.base!)}`, value: schoolPct.value, interval: intervalPct(school.value, school.base!) },
      { text: `All children in Salford: ${formatPercent(salford.value)}`, value: salford.value, muted: true },
    ],
    max: 100,
    table: {
      caption: `Good level of development at the end of Reception`,
      columns: [{ label: "Children" }, { label: "Share reaching it", numeric: true }],
      rows: [
        [
          "Children of parents supported by the service",
          `${formatPercent(schoolPct.value)} (${ofBase(school.value, school.base!)}); 95% interval ${formatInterval(school.value, school.base!)}`,
        ],
        [`All children in Salford, ${salford.period}`, `${formatPercent(salford.value)} (base not given)`],
      ],
    },
  };
}

/** One reading of the children "avoiding care": how many, out of what, and the data step's count × the one-off cost of proceedings. */
export interface CostReading {
  count: number;
  base: number;
  once: number;
}

/** The cost card: the report's count and the at-home count, each × the one-off cost of care proceedings. */
export function costCard(report: CostReading, atHome: CostReading, proceedings: number): SummaryFigure {
  return {
    id: "cost-chart",
    dataset: "costs",
    source: "Executive summary (preventative outcomes) and Table 9",
    title: `Counted once, the report's sum is ${roundedGbp(report.once)}; for the ${atHome.count} children with an at-home status it is ${roundedGbp(atHome.once)}`,
    summary: `Two bars, each a number of children times the one-off cost of care proceedings (${gbp(proceedings)}): ${report.count} children, ${roundedGbp(report.once)}; ${atHome.count} children, ${roundedGbp(atHome.once)}.`,
    rows: [
      { text: `Report's ${report.count} children: ${roundedGbp(report.once).replace(" million", "m")}`, value: report.once },
      { text: `${atHome.count} at-home status: ${roundedGbp(atHome.once).replace(" million", "m")}`, value: atHome.once },
    ],
    table: {
      caption: `Children counted × the one-off cost of care proceedings (${gbp(proceedings)})`,
      columns: [{ label: "Children counted" }, { label: "Sum, counted once", numeric: true }],
      rows: [
        [`The report's count: ${ofBase(report.count, report.base)}`, gbp(report.once)],
        [`With an at-home status (our grouping): ${ofBase(atHome.count, atHome.base)}`, gbp(atHome.once)],
      ],
    },
  };
}

/** A 95% interval in percent, for the chart. */
function intervalPct(count: number, base: number): [number, number] {
  const { lower: lo, upper: hi } = wilson(count, base);
  return [lo * 100, hi * 100];
}

const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
