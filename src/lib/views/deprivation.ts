// Deprivation (chart "IMD deprivation rank of all clients"): six bands whose
// counts the data build recovered from the chart's fractions. The bands do not
// overlap ("Top 5%" holds only areas between the most deprived 3% and 5%), so
// the share in the most deprived tenth is the sum of the first three: our sum.
import { DERIVED_TABLE } from "../derived.ts";
import type { Figure } from "../schema.ts";
import type { Bar } from "../../components/charts/bars.ts";
import type { TableModel } from "./table.ts";
import { formatNumber, formatPercent, ofBase } from "../format.ts";
import { notesOf } from "./shares.ts";

export interface Band {
  /** Label as printed in the chart, e.g. "Top 5%". */
  printed: string;
  /** Lower and upper edge in percent of areas, most deprived first; upper null for "Not in Top 30%". */
  from: number;
  to: number | null;
  /** What the band holds, in words. */
  meaning: string;
  count: number;
  base: number;
  /** Our percentage: count / base, rounded to a whole number. The report prints none. */
  percent: number;
  recovered: boolean;
  figureId: string;
}

const TOP = /^Top (\d+(?:\.\d+)?)%$/i;
const NOT_IN_TOP = /^Not in Top (\d+(?:\.\d+)?)%$/i;

/** Reads the band edges from the printed labels, in order, and says what each band holds. */
export function bandsOf(figures: Figure[]): Band[] {
  // The bands only: our sum of the three most deprived is published beside them.
  const counts = figures.filter((f) => f.topic === "IMD band" && f.measure === "count" && f.source.table !== DERIVED_TABLE);
  let from = 0;
  return counts.map((f) => {
    const top = TOP.exec(f.category);
    const notIn = NOT_IN_TOP.exec(f.category);
    if (f.base === null) throw new Error(`deprivation: ${f.id} has no base`);
    if (!top && !notIn) throw new Error(`deprivation: cannot read the band "${f.category}"`);
    const to = top ? Number(top[1]) : null;
    const lower = notIn ? Number(notIn[1]) : from;
    if (lower !== from) throw new Error(`deprivation: band "${f.category}" does not start where the previous one ended (${from}%)`);
    const meaning =
      to === null
        ? `Outside the most deprived ${formatNumber(lower)}% of areas`
        : lower === 0
          ? `The most deprived ${formatNumber(to)}% of areas`
          : `Between the most deprived ${formatNumber(lower)}% and ${formatNumber(to)}% of areas`;
    if (to !== null) from = to;
    return { printed: f.category, from: lower, to, meaning, count: f.value, base: f.base, percent: Math.round((100 * f.value) / f.base), recovered: f.derived, figureId: f.id };
  });
}

/** Short chart label: the printed band with its range, e.g. "Top 5% (3% to 5%)". */
export function bandLabel(b: Band): string {
  if (b.to === null) return b.printed;
  return b.from === 0 ? `${b.printed} (most deprived)` : `${b.printed} (${formatNumber(b.from)}% to ${formatNumber(b.to)}%)`;
}

export interface Within {
  /** Upper edge, e.g. 10 for the most deprived tenth. */
  limit: number;
  count: number;
  base: number;
  percent: number;
  bands: string[];
}

/** Clients in the most deprived `limit`% of areas: the bands that end at or below it, added up. */
export function withinMostDeprived(bands: Band[], limit: number): Within {
  const inside = bands.filter((b) => b.to !== null && b.to <= limit);
  if (!inside.length || inside[inside.length - 1]!.to !== limit) throw new Error(`deprivation: no band ends at ${limit}%`);
  const base = bands[0]!.base;
  const count = inside.reduce((sum, b) => sum + b.count, 0);
  return { limit, count, base, percent: Math.round((100 * count) / base), bands: inside.map((b) => b.printed) };
}

/** 1st, 2nd, 3rd, 18th, 21st... */
export function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? "th" : ({ 1: "st", 2: "nd", 3: "rd" } as Record<number, string>)[n % 10] ?? "th";
  return `${formatNumber(n)}${suffix}`;
}

export interface DeprivationView {
  bands: Band[];
  bars: Bar[];
  table: TableModel;
  tenth: Within;
  base: number;
  recovered: boolean;
  notes: string[];
  rank: { rank: number; of: number; period: string | null };
}

export function deprivationView(figures: Figure[]): DeprivationView {
  const bands = bandsOf(figures);
  if (!bands.length) throw new Error("deprivationView: no IMD bands");
  const base = bands[0]!.base;
  if (bands.some((b) => b.base !== base)) throw new Error("deprivationView: bands have different bases");
  const total = bands.reduce((s, b) => s + b.count, 0);
  if (total !== base) throw new Error(`deprivationView: bands add to ${total}, not ${base}`);
  const tenth = withinMostDeprived(bands, 10);
  const rankFigure = figures.find((f) => f.topic === "Salford's rank");
  if (!rankFigure || rankFigure.base === null) throw new Error("deprivationView: no rank for Salford");
  return {
    bands,
    base,
    tenth,
    recovered: bands.some((b) => b.recovered),
    notes: notesOf(figures.filter((f) => f.topic === "IMD band")),
    rank: { rank: rankFigure.value, of: rankFigure.base, period: rankFigure.period },
    bars: bands.map((b) => ({ category: bandLabel(b), value: b.percent, label: `${formatPercent(b.percent)} (${ofBase(b.count, b.base)})` })),
    table: {
      caption: `Clients by how deprived their area is (${formatNumber(base)} clients; counts recovered from the report's chart, percentages ours)`,
      columns: [{ label: "Band as printed" }, { label: "Which areas" }, { label: "Clients", numeric: true }],
      rows: [
        ...bands.map((b) => [b.printed, b.meaning, `${formatPercent(b.percent)} (${ofBase(b.count, b.base)})`]),
        [`First ${formatNumber(tenth.bands.length)} bands together`, `The most deprived ${formatNumber(tenth.limit)}% of areas (our sum)`, `${formatPercent(tenth.percent)} (${ofBase(tenth.count, tenth.base)})`],
      ],
    },
  };
}
