// Ages at referral (Table 1): each group in the evaluation sample beside its
// counterpart in the total cohort, as bars, a table and a sentence, plus the
// mean ages. Percentages are the report's; the total cohort's counts and bases
// were recovered from the chart fractions by the data build, and we say so.
import type { Figure } from "../schema.ts";
import type { Bar } from "../../components/charts/bars.ts";
import type { TableModel } from "./table.ts";
import { formatFigure, formatNumber, formatPercent, ofBase } from "../format.ts";
import { isSmallBase } from "../stats/wilson.ts";
import { notesOf, shareBars, shareCell, shares, type Share } from "./shares.ts";
import { capital } from "./words.ts";

export type PairKey = "women" | "men" | "all";

interface PairSpec {
  key: PairKey;
  sample: string;
  cohort: string;
  /** Plural nouns for sentences: "women" / "mothers". */
  sampleNoun: string;
  cohortNoun: string;
}

export const PAIRS: PairSpec[] = [
  { key: "women", sample: "women", cohort: "mothers in the total cohort", sampleNoun: "women", cohortNoun: "mothers" },
  { key: "men", sample: "men", cohort: "fathers in the total cohort", sampleNoun: "men", cohortNoun: "fathers" },
  { key: "all", sample: "all parents", cohort: "all parents in the total cohort", sampleNoun: "parents", cohortNoun: "parents" },
];

/** Series names in words, shown on every bar. */
export const SERIES = { sample: "Sample", cohort: "Total cohort" } as const;

export interface AgeComparison {
  key: PairKey;
  sampleNoun: string;
  cohortNoun: string;
  sample: Share[];
  cohort: Share[];
  sampleBase: number;
  cohortBase: number;
  /** True when the cohort's base is not printed and was recovered from chart fractions. */
  cohortBaseRecovered: boolean;
  sampleMean: number;
  cohortMean: number;
  /** The sample's mean age relative to the cohort's. */
  direction: "older" | "younger" | "the same age";
  bars: Bar[];
  table: TableModel;
  notes: string[];
}

const isAgeFigure = (f: Figure) =>
  f.topic === "age at referral" && (f.measure === "count" || (f.measure === "percent" && f.source.table === "Table 1"));

function meanOf(figures: Figure[], group: string): Figure {
  const m = figures.find((f) => f.measure === "years" && f.category === "Mean age" && f.group === group);
  if (!m) throw new Error(`ageProfilesView: no mean age for ${group}`);
  return m;
}

function baseOf(list: Share[], group: string): number {
  const bases = new Set(list.map((s) => s.base));
  if (bases.size !== 1) throw new Error(`ageProfilesView: ${group} has ${bases.size} different bases`);
  return [...bases][0]!;
}

/** The band(s) holding the most people; ties are all returned. */
export function largestBands(list: Share[]): Share[] {
  const top = Math.max(...list.map((s) => s.count));
  return list.filter((s) => s.count === top);
}

/** "25 to 29 (32%, 12 of 37)", joined with "and" for ties. */
export function describeBands(list: Share[]): string {
  return list.map((s) => `${s.category} (${formatPercent(s.percent)}, ${ofBase(s.count, s.base)})`).join(" and ");
}

export function comparisonTitle(c: AgeComparison): string {
  const who = `${capital(c.sampleNoun)} in the evaluation sample`;
  if (c.direction === "the same age") return `${who} were the same age on average as ${c.cohortNoun} in the total cohort (mean age ${formatNumber(c.sampleMean)})`;
  return `${who} were ${c.direction} on average than ${c.cohortNoun} in the total cohort: mean age ${formatNumber(c.sampleMean)} against ${formatNumber(c.cohortMean)}`;
}

export function comparisonSummary(c: AgeComparison): string {
  const s = largestBands(c.sample);
  const t = largestBands(c.cohort);
  return `The largest age group among the ${formatNumber(c.sampleBase)} ${c.sampleNoun} in the sample was ${describeBands(s)}. Among the ${formatNumber(c.cohortBase)} ${c.cohortNoun} in the total cohort it was ${describeBands(t)}.`;
}

/** A caution when the sample's base is small, else undefined. */
export function comparisonCaution(c: AgeComparison): string | undefined {
  if (!isSmallBase(c.sampleBase)) return undefined;
  const step = formatNumber(Math.round(1000 / c.sampleBase) / 10);
  return `The sample's figures for ${c.sampleNoun} rest on ${formatNumber(c.sampleBase)} people, so each share is shown with its 95% interval (the thin lines). One person more or fewer in a band moves its share by ${step} percentage points.`;
}

function comparison(figures: Figure[], spec: PairSpec): AgeComparison {
  const list = shares(figures, isAgeFigure);
  const sample = list.filter((s) => s.group === spec.sample);
  const cohort = list.filter((s) => s.group === spec.cohort);
  if (!sample.length || !cohort.length) throw new Error(`ageProfilesView: no Table 1 shares for ${spec.key}`);
  const sampleBase = baseOf(sample, spec.sample);
  const cohortBase = baseOf(cohort, spec.cohort);
  const cohortFigures = figures.filter((f) => f.group === spec.cohort && isAgeFigure(f));
  const cohortBaseRecovered = cohortFigures.some((f) => f.derived || (f.measure === "percent" && f.derivation !== null));
  const sampleMean = meanOf(figures, spec.sample).value;
  const cohortMean = meanOf(figures, spec.cohort).value;
  const direction = sampleMean > cohortMean ? "older" : sampleMean < cohortMean ? "younger" : "the same age";
  const series = (g: string) => (g === spec.sample ? SERIES.sample : SERIES.cohort);
  const categories = sample.map((s) => s.category);
  const find = (list: Share[], c: string) => list.find((s) => s.category === c);
  // The total cohort's three groups share one recovery (288 = 224 + 64), so a
  // note on any of them applies to every chart that shows the total cohort.
  const notes = notesOf(figures.filter((f) => f.group === spec.sample || f.group.endsWith("in the total cohort")));
  return {
    key: spec.key,
    sampleNoun: spec.sampleNoun,
    cohortNoun: spec.cohortNoun,
    sample,
    cohort,
    sampleBase,
    cohortBase,
    cohortBaseRecovered,
    sampleMean,
    cohortMean,
    direction,
    bars: categories.flatMap((c) => shareBars([find(sample, c), find(cohort, c)].filter((s): s is Share => !!s), series)),
    notes,
    table: {
      caption: `Age at referral: ${spec.sampleNoun} in the evaluation sample and ${spec.cohortNoun} in the total cohort`,
      columns: [
        { label: "Age at referral" },
        { label: `${capital(spec.sampleNoun)} in the evaluation sample (${formatNumber(sampleBase)})`, numeric: true },
        { label: `${capital(spec.cohortNoun)} in the total cohort (${formatNumber(cohortBase)}${cohortBaseRecovered ? ", recovered by us" : ""})`, numeric: true },
      ],
      rows: categories.map((c) => [c, shareCell(find(sample, c)), shareCell(find(cohort, c))]),
    },
  };
}

/** Mean ages: the sample's with its base, the cohort's marked as having none printed. */
export function meanAgesTable(figures: Figure[]): TableModel {
  const cell = (f: Figure, noun: string) => (f.base === null ? `${formatFigure(f)} (number not given)` : `${formatFigure(f)} (${formatNumber(f.base)} ${noun})`);
  return {
    caption: "Mean age at referral: women and men in the evaluation sample, mothers and fathers in the total cohort",
    columns: [{ label: "Parents" }, { label: "Evaluation sample", numeric: true }, { label: "Total cohort", numeric: true }],
    rows: PAIRS.map((p) => [
      p.key === "all" ? "All parents" : `${capital(p.sampleNoun)} and ${p.cohortNoun}`,
      cell(meanOf(figures, p.sample), p.sampleNoun),
      cell(meanOf(figures, p.cohort), p.cohortNoun),
    ]),
  };
}

/** One sentence on how the sample differs from the total cohort, naming the widest gap. */
export function overallSentence(comparisons: Record<PairKey, AgeComparison>): string {
  const { all } = comparisons;
  const gap = (c: AgeComparison) => Math.abs(c.sampleMean - c.cohortMean);
  const widest = [comparisons.women, comparisons.men].sort((a, b) => gap(b) - gap(a))[0]!;
  if (all.direction === "the same age") return `On average, parents in the sample were the same age as parents in the total cohort (mean age ${formatNumber(all.sampleMean)}).`;
  return `On average, parents in the sample were ${all.direction} than parents in the total cohort (mean age ${formatNumber(all.sampleMean)} against ${formatNumber(all.cohortMean)}), and the gap was widest for ${widest.sampleNoun} (${formatNumber(widest.sampleMean)} against ${formatNumber(widest.cohortMean)} for ${widest.cohortNoun}).`;
}

export interface AgeProfilesView {
  comparisons: Record<PairKey, AgeComparison>;
  means: TableModel;
  overall: string;
}

export function ageProfilesView(figures: Figure[]): AgeProfilesView {
  const [women, men, all] = PAIRS.map((p) => comparison(figures, p)) as [AgeComparison, AgeComparison, AgeComparison];
  const comparisons = { women, men, all };
  return { comparisons, means: meanAgesTable(figures), overall: overallSentence(comparisons) };
}
