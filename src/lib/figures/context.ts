// Why the service exists: Salford's rates beside the North West and England
// (the key facts tables are in src/lib/pages/context.ts). The report's
// comparisons do not always use the same year for every area, so each chart
// says which years it has and compares Salford only in a year every area shares.
import type { Figure } from "../contract/site.ts";
import type { Bar } from "./rows.ts";
import type { TableModel } from "../table.ts";
import { formatFigure, formatNumber } from "../format.ts";
import { notesOf } from "./shares.ts";
import type { FigureModel } from "./model.ts";
import { palette } from "../plot/palette.ts";
import { listInWords, periodLabel, placeInSentence } from "../words.ts";

export const AREAS = ["Salford", "North West", "England"] as const;
const UNITS: Partial<Record<Figure["measure"], string>> = { rate_per_10000: "per 10,000", rate_per_1000: "per 1,000" };
const NO_YEAR = "Year not stated";
const periodOf = (f: Figure) => f.period ?? NO_YEAR;

export interface RateComparison {
  /** Areas with a figure, in AREAS order; Salford first. */
  areas: string[];
  /** Latest period every area has a figure for, if any. */
  common: string | null;
  /** Salford against the others in that period. */
  salfordIs: "higher" | "lower" | "between" | null;
  /** "103 against 94 and 60 per 10,000" in the common period. */
  against: string;
  /** True when every area's figures are for the same years. */
  sameYears: boolean;
  /** "Salford 2014, 2018 and 2019, North West 2014 and 2019 and England 2015 and 2019" */
  years: string;
  latest: string;
  bars: Bar[];
  table: TableModel;
  notes: string[];
}

/** Rates on one topic by area and year; restatements (variants) get their own table rows. */
export function rateComparison(figures: Figure[], topic: string): RateComparison {
  const rates = figures.filter((f) => f.topic === topic && UNITS[f.measure]);
  const main = rates.filter((f) => f.variant === null).sort((a, b) => periodOf(a).localeCompare(periodOf(b)));
  const areas: string[] = AREAS.filter((a) => main.some((f) => f.group === a));
  if (areas[0] !== "Salford") throw new Error(`rateComparison: no Salford rate for ${topic}`);
  const of = (a: string) => main.filter((f) => f.group === a);
  const periods = [...new Set(areas.flatMap((a) => of(a).map(periodOf)))].sort();
  const common = [...periods].reverse().find((p) => p !== NO_YEAR && areas.every((a) => of(a).some((f) => f.period === p))) ?? null;
  const [salford, ...others] = common ? areas.map((a) => of(a).find((f) => f.period === common)!) : [];
  const salfordIs =
    !salford || !others.length
      ? null
      : others.every((o) => salford.value > o.value)
        ? "higher"
        : others.every((o) => salford.value < o.value)
          ? "lower"
          : "between";
  const countFor = (r: Figure) =>
    figures.find((f) => f.topic === topic && f.measure === "count" && f.group === r.group && f.period === r.period && f.variant === null);
  const withCount = (r: Figure) => {
    const c = countFor(r);
    return c ? `${formatFigure(r)} (${formatNumber(c.value)} children)` : formatFigure(r);
  };
  const yearsOf = (a: string) => listInWords(of(a).map(periodOf));
  return {
    areas,
    common,
    salfordIs,
    against: salford ? `${formatNumber(salford.value)} against ${listInWords(others.map((o) => formatNumber(o.value)))} ${UNITS[salford.measure]}` : "",
    sameYears: new Set(areas.map(yearsOf)).size === 1,
    years: areas.map((a) => `${placeInSentence(a)} ${yearsOf(a)}`).join("; "),
    latest: periods.at(-1)!,
    bars: areas.flatMap((a) => of(a).map((f) => ({ category: a, series: periodOf(f), value: f.value, label: formatFigure(f) }))),
    notes: notesOf(rates),
    // One row per area and year, like the chart: stays narrow on a phone.
    table: {
      caption: `${main[0]!.category}, by area and year`,
      columns: [{ label: "Area" }, { label: "Year" }, { label: "Rate", numeric: true }],
      rows: [
        ...areas.flatMap((a) => of(a).map((f) => [a, periodLabel(periodOf(f)), withCount(f)])),
        ...rates
          .filter((f) => f.variant !== null)
          .map((v) => [
            `${v.group}, given again in the same paragraph`,
            periodLabel(periodOf(v)),
            `${v.variant === "approximate" ? "about " : ""}${formatFigure(v)}`,
          ]),
      ],
    },
  };
}

/** "The rate ... in Salford was higher than in the North West and England in 2019: 103 against 94 and 60 per 10,000" */
export function rateTitle(c: RateComparison, subject: string): string {
  const others = listInWords(c.areas.slice(1).map(placeInSentence));
  if (!c.common || !c.salfordIs) return `${subject} in Salford, ${others}`;
  const how = c.salfordIs === "between" ? `between the rates for ${others}` : `${c.salfordIs} than in ${others}`;
  return `${subject} in Salford was ${how} in ${c.common}: ${c.against}`;
}

/** Which years the figures are for, and a warning when they do not line up. */
export function yearsSentence(c: RateComparison): string {
  if (c.sameYears) return `All the figures are for ${c.latest}.`;
  const like = c.common ? ` Only ${c.common} compares like with like.` : "";
  return `The report gives figures for ${c.years}. The years do not all match, so bars for different years are not a fair comparison.${like}`;
}

/** "Salford's rate was 53.4 per 10,000 in 2014 and 86.4 per 10,000 in 2019." (first and last year given) */
export function salfordChange(c: RateComparison): string | undefined {
  const s = c.bars.filter((b) => b.category === "Salford");
  if (s.length < 2) return undefined;
  const [first, last] = [s[0]!, s.at(-1)!];
  return `Salford's rate was ${first.label} in ${first.series} and ${last.label} in ${last.series}.`;
}

export interface RateOptions {
  id: string;
  topic: string;
  /** "The rate of looked after children": the title's subject. */
  subject: string;
  /** A sentence the summary ends with. */
  extra?: string;
}

/** One topic's rates by area and year: the latest year in dark blue, earlier years in turquoise; every bar names its year. */
export function rateFigure(figures: Figure[], { id, topic, subject, extra = "" }: RateOptions): FigureModel {
  const c = rateComparison(figures, topic);
  return {
    id,
    title: rateTitle(c, subject),
    summary: [yearsSentence(c), salfordChange(c), extra].filter(Boolean).join(" "),
    alt: `Horizontal bars for Salford, the North West and England, one bar for each year the report gives, each labelled with its year and rate.`,
    chart: {
      kind: "bars",
      rows: c.bars,
      colors: Object.fromEntries(c.bars.map((b) => [b.series!, b.series === c.latest ? palette.darkBlue : palette.turquoise])),
    },
    table: c.table,
    bases: [],
    cautions: [],
    notes: c.notes,
    dataset: "context",
    source: "Situation Analysis",
  };
}
