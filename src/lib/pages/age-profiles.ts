// Ages at referral, the parts of /age-profiles/ that are not a chart: the mean
// ages beside each other, one sentence on how the sample differs from the
// total cohort, and the cohort's printed referrals. The charts are figure
// models (src/lib/figures/ages.ts).
import type { Figure } from "../contract/site.ts";
import type { FigureSet } from "../figures/set.ts";
import { picker, type FigurePick } from "../figures/published.ts";
import { headline } from "./headline.ts";
import type { TableModel } from "../table.ts";
import { formatFigure, formatNumber } from "../format.ts";
import { capital } from "../words.ts";

export type PairKey = "women" | "men" | "all";

interface PairSpec {
  key: PairKey;
  sample: string;
  cohort: string;
  /** Plural nouns for sentences: "women" / "mothers". */
  sampleNoun: string;
  cohortNoun: string;
}

/** Each group in the evaluation sample beside its counterpart in the total cohort. */
export const PAIRS: PairSpec[] = [
  { key: "women", sample: "women", cohort: "mothers in the total cohort", sampleNoun: "women", cohortNoun: "mothers" },
  { key: "men", sample: "men", cohort: "fathers in the total cohort", sampleNoun: "men", cohortNoun: "fathers" },
  { key: "all", sample: "all parents", cohort: "all parents in the total cohort", sampleNoun: "parents", cohortNoun: "parents" },
];

// Printed in the Referrals section; the total cohort's recovered bases disagree with them (ledger: total-cohort-bases).
const PICKS = {
  mothers: headline("referrals", "mothers in the total cohort")("Mothers referred on Pathway B"),
  fathers: headline("referrals", "fathers in the total cohort")("Fathers referred on Pathway B"),
} satisfies Record<string, FigurePick>;

/** The mothers and fathers the report says were referred, as printed. */
export function ageProfilesFacts(set: FigureSet): Record<keyof typeof PICKS, Figure> {
  const get = picker(set);
  return { mothers: get(PICKS.mothers), fathers: get(PICKS.fathers) };
}

function meanOf(figures: Figure[], group: string): Figure {
  const m = figures.find((f) => f.measure === "years" && f.category === "Mean age" && f.group === group);
  if (!m) throw new Error(`age profiles: no mean age for ${group}`);
  return m;
}

/** Mean ages: the sample's with its base, the cohort's marked as having none printed. */
export function meanAgesTable(figures: Figure[]): TableModel {
  const cell = (f: Figure, noun: string) =>
    f.base === null ? `${formatFigure(f)} (number not given)` : `${formatFigure(f)} (${formatNumber(f.base)} ${noun})`;
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

/** One sentence on how the sample differs from the total cohort, naming the widest gap between women and men. */
export function overallSentence(figures: Figure[]): string {
  const means = PAIRS.map((p) => ({ ...p, sampleMean: meanOf(figures, p.sample).value, cohortMean: meanOf(figures, p.cohort).value }));
  const [women, men, all] = means as [(typeof means)[number], (typeof means)[number], (typeof means)[number]];
  const gap = (c: typeof all) => Math.abs(c.sampleMean - c.cohortMean);
  const widest = [women, men].sort((a, b) => gap(b) - gap(a))[0]!;
  if (all.sampleMean === all.cohortMean)
    return `On average, parents in the sample were the same age as parents in the total cohort (mean age ${formatNumber(all.sampleMean)}).`;
  const direction = all.sampleMean > all.cohortMean ? "older" : "younger";
  return `On average, parents in the sample were ${direction} than parents in the total cohort (mean age ${formatNumber(all.sampleMean)} against ${formatNumber(all.cohortMean)}), and the gap was widest for ${widest.sampleNoun} (${formatNumber(widest.sampleMean)} against ${formatNumber(widest.cohortMean)} for ${widest.cohortNoun}).`;
}
