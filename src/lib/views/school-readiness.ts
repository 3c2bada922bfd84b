// School readiness: three Salford percentages printed without a base (so no
// interval is possible) beside 3 of the 4 children of supported parents, whose
// Wilson interval shows how little four children can tell us.
import type { Figure } from "../schema.ts";
import type { IntervalRow } from "../../components/charts/interval-bars.ts";
import type { TableModel } from "./table.ts";
import { formatNumber, formatPercent, ofBase } from "../format.ts";
import { wilson } from "../stats/wilson.ts";
import { notesOf } from "./shares.ts";
import { listInWords } from "./words.ts";

/** Chart labels short enough for a 320px screen; the table keeps the printed names. */
const SHORT: Record<string, string> = {
  "All children": "Salford: all children",
  "Children receiving free school meals": "Salford: free school meals",
  "Looked after children": "Salford: looked after children",
  "Children of Strengthening Families parents": "Children of supported parents",
};
export const shortLabel = (category: string) => SHORT[category] ?? category;

export interface Comparator {
  category: string;
  percent: number;
  period: string | null;
}

export interface Programme {
  category: string;
  count: number;
  base: number;
  percent: number;
  period: string | null;
  /** 95% Wilson interval in percent. */
  lower: number;
  upper: number;
}

export interface SchoolReadinessView {
  comparators: Comparator[];
  programme: Programme;
  /** Comparators whose percentage lies inside the programme's interval. */
  inside: Comparator[];
  rows: IntervalRow[];
  table: TableModel;
  title: string;
  summary: string;
  /** "30% to 95%" */
  interval: string;
  /** Percentage points one child more or fewer would move the programme's share. */
  step: number;
  /** The Salford figures' periods in words, e.g. "2018/19". */
  periods: string;
  notes: string[];
}

const GLD = "Good Level of Development";

export function schoolReadinessView(figures: Figure[]): SchoolReadinessView {
  const gld = figures.filter((f) => f.topic === GLD);
  const withoutBase = gld.filter((f) => f.measure === "percent" && f.base === null);
  const comparators = withoutBase.map((f) => ({ category: f.category, percent: f.value, period: f.period }));
  const count = gld.find((f) => f.measure === "count" && f.base !== null);
  const printedPercent = gld.find((f) => f.measure === "percent" && count && f.category === count.category);
  if (!count || count.base === null || !comparators.length) throw new Error("schoolReadinessView: need Salford percentages and a count with its base");
  const { lower, upper } = wilson(count.value, count.base);
  const programme: Programme = {
    category: count.category,
    count: count.value,
    base: count.base,
    percent: printedPercent?.value ?? Math.round((100 * count.value) / count.base),
    period: count.period,
    lower: lower * 100,
    upper: upper * 100,
  };
  const inside = comparators.filter((c) => c.percent >= programme.lower && c.percent <= programme.upper);
  const interval = `${formatNumber(Math.round(programme.lower))}% to ${formatNumber(Math.round(programme.upper))}%`;
  const lead = `${formatNumber(programme.count)} of the ${formatNumber(programme.base)} children of supported parents reached a ${GLD}`;
  const title =
    inside.length === comparators.length
      ? `${lead}: too few to compare with other Salford children`
      : `${lead}, though with so few children the result is very uncertain (95% interval ${interval})`;
  const periods = [...new Set(comparators.map((c) => c.period ?? "a year not stated"))];
  const among = listInWords(comparators.map((c) => `${formatPercent(c.percent)} of ${c.category.toLowerCase()}`));
  const covers =
    inside.length === comparators.length
      ? `which takes in all ${formatNumber(comparators.length)} Salford figures`
      : inside.length
        ? `which takes in ${formatNumber(inside.length)} of the ${formatNumber(comparators.length)} Salford figures`
        : "which takes in none of the Salford figures";
  const summary = `Across Salford in ${listInWords(periods)}, ${among} reached this level. For the ${formatNumber(programme.base)} children of supported parents the 95% interval runs from about ${interval}, ${covers}.`;
  return {
    comparators,
    programme,
    inside,
    title,
    summary,
    interval,
    step: Math.round(1000 / programme.base) / 10,
    periods: listInWords(periods),
    notes: notesOf(gld),
    rows: [
      ...comparators.map((c) => ({ category: shortLabel(c.category), value: c.percent, label: `${formatPercent(c.percent)} (number not given)` })),
      {
        category: shortLabel(programme.category),
        value: programme.percent,
        label: `${formatPercent(programme.percent)} (${ofBase(programme.count, programme.base)})`,
        interval: [programme.lower, programme.upper],
        intervalLabel: `95% interval: ${interval}`,
      },
    ],
    table: {
      caption: `Children reaching a ${GLD} at the end of Reception (the report gives no number of children for Salford's figures, so they have no interval)`,
      columns: [{ label: "Children" }, { label: "When" }, { label: "Share reaching it", numeric: true }],
      rows: [
        ...comparators.map((c) => [`Salford: ${c.category.toLowerCase()}`, c.period ?? "Not stated", `${formatPercent(c.percent)} (number not given)`]),
        [programme.category, programme.period ?? "Year not stated", `${formatPercent(programme.percent)} (${ofBase(programme.count, programme.base)}); 95% interval ${interval}`],
      ],
    },
  };
}
