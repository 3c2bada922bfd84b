// School readiness: children of supported parents reaching a Good Level of
// Development (a count with its base, so a 95% Wilson interval), beside any
// area-wide percentages printed without a base (so no interval is possible).
// Any figure set in the figures.json contract: Salford's or a bundle's.
import { formatNumber, formatPercent, ofBase } from "../format.ts";
import { isSmallBase, wilson } from "../stats/wilson.ts";
import { oneDecimalPercent } from "../stats/percent.ts";
import type { FigureModel } from "./model.ts";
import type { IntervalRow } from "./rows.ts";
import { tableOf, type FigureRecord, type FigureSet } from "./set.ts";
import { notesOf } from "./shares.ts";
import { listInWords } from "../words.ts";

export const SCHOOL = "school-readiness";
const GLD = "Good Level of Development";

export interface Comparator {
  label: string;
  /** "Salford: all children": the group and the category, for the table. */
  who: string;
  phrase: string;
  percent: number;
  period: string | null;
}

export interface Programme {
  label: string;
  printed: string;
  count: number;
  base: number;
  percent: number;
  period: string | null;
  /** 95% Wilson interval in percent. */
  lower: number;
  upper: number;
  /** "30% to 95%" */
  interval: string;
  /** Percentage points one child more or fewer moves the share. */
  step: number;
}

export interface SchoolFacts {
  programme: Programme | null;
  comparators: Comparator[];
  /** Comparators whose percentage lies inside the programme's interval. */
  inside: Comparator[];
  /** The comparators' periods in words, e.g. "2018/19". */
  periods: string;
  records: FigureRecord[];
}

/** The facts the chart and the page's sentences state, from the set's figures. */
export function schoolFacts(set: FigureSet): SchoolFacts {
  const { term } = set.meta.vocabulary;
  const records = set.select({ dataset: SCHOOL });
  const comparators = records
    .filter((r) => r.measure === "percent" && r.base === null && r.value !== null)
    .map((r) => {
      const t = term(SCHOOL, r.category, r.label);
      return { label: t.label, who: `${term("group", r.group).label}: ${t.phrase}`, phrase: t.phrase, percent: r.value!, period: r.period ?? null };
    });
  const count = records.find((r) => r.measure === "count" && r.base !== null && r.value !== null);
  const percent = count && records.find((r) => r.measure === "percent" && r.category === count.category && r.group === count.group && r.value !== null);
  let programme: Programme | null = null;
  if (count && percent && count.base) {
    const { lower, upper } = wilson(count.value!, count.base);
    programme = {
      label: term(SCHOOL, count.category, count.label).label,
      printed: count.label ?? count.category,
      count: count.value!,
      base: count.base,
      percent: percent.value!,
      period: count.period ?? null,
      lower: lower * 100,
      upper: upper * 100,
      interval: `${formatNumber(Math.round(lower * 100))}% to ${formatNumber(Math.round(upper * 100))}%`,
      step: oneDecimalPercent(1, count.base),
    };
  }
  const inside = programme ? comparators.filter((c) => c.percent >= programme.lower && c.percent <= programme.upper) : [];
  const periods = listInWords([...new Set(comparators.map((c) => c.period ?? "a year not stated"))]);
  return { programme, comparators, inside, periods, records };
}

function title(f: SchoolFacts, p: Programme): string {
  const lead = `${formatNumber(p.count)} of the ${formatNumber(p.base)} children of supported parents reached a ${GLD}`;
  if (f.comparators.length && f.inside.length === f.comparators.length) return `${lead}: too few to compare with other Salford children`;
  return `${lead}, though with so few children the result is very uncertain (95% interval ${p.interval})`;
}

export function schoolReadinessFigure(set: FigureSet, o: { id: string; source?: string }): FigureModel {
  const f = schoolFacts(set);
  const p = f.programme;
  if (!p) throw new Error(`schoolReadinessFigure ${o.id}: the set has no count of children with its base and share`);
  const among = listInWords(f.comparators.map((c) => `${formatPercent(c.percent)} of ${c.phrase}`));
  const covers =
    f.inside.length === f.comparators.length
      ? `which takes in all ${formatNumber(f.comparators.length)} Salford figures`
      : f.inside.length
        ? `which takes in ${formatNumber(f.inside.length)} of the ${formatNumber(f.comparators.length)} Salford figures`
        : "which takes in none of the Salford figures";
  const rows: IntervalRow[] = [
    ...f.comparators.map((c) => ({ category: c.label, value: c.percent, label: `${formatPercent(c.percent)} (number not given)` })),
    {
      category: p.label,
      value: p.percent,
      label: `${formatPercent(p.percent)} (${ofBase(p.count, p.base)})`,
      interval: [p.lower, p.upper],
      intervalLabel: `95% interval: ${p.interval}`,
    },
  ];
  const kids = `${formatNumber(p.base)} children`;
  return {
    id: o.id,
    title: title(f, p),
    summary: [
      f.comparators.length ? `Across Salford in ${f.periods}, ${among} reached this level.` : "",
      `For the ${kids} of supported parents the 95% interval runs from about ${p.interval}${f.comparators.length ? `, ${covers}` : ""}.`,
    ]
      .filter(Boolean)
      .join(" "),
    alt: `Horizontal bars: the share of children reaching a ${GLD}${f.comparators.length ? ` ${listInWords(f.comparators.map((c) => `among ${c.phrase}`))} in Salford,` : ""} and for the ${kids} of parents supported by the service, shown as a dot with a line for its 95% interval, from ${p.interval}.`,
    chart: { kind: "interval-bars", rows },
    table: {
      caption: `Children reaching a ${GLD} at the end of Reception${f.comparators.length ? " (the report gives no number of children for Salford's figures, so they have no interval)" : ""}`,
      columns: [{ label: "Children" }, { label: "When" }, { label: "Share reaching it", numeric: true }],
      rows: [
        ...f.comparators.map((c) => [c.who, c.period ?? "Not stated", `${formatPercent(c.percent)} (number not given)`]),
        [p.printed, p.period ?? "Year not stated", `${formatPercent(p.percent)} (${ofBase(p.count, p.base)}); 95% interval ${p.interval}`],
      ],
    },
    bases: [{ who: "children of supported parents", n: p.base }],
    cautions: [
      ...(isSmallBase(p.base)
        ? [
            `The figure for children of supported parents rests on ${kids}. Its 95% interval, from ${p.interval}, is drawn as a black line with end marks.${f.comparators.length ? " The Salford figures are printed without the number of children behind them, so no interval can be drawn for them." : ""}`,
          ]
        : []),
    ],
    notes: notesOf(f.records),
    dataset: SCHOOL,
    source: o.source ?? tableOf(f.records[0]!),
  };
}
