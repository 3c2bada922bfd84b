// /deprivation/: what the page states beside the chart (a figure model:
// src/lib/figures/deprivation.ts): the referral counts, Salford's own rank,
// and this site's grouping of the most deprived bands with its sum.
import type { Figure } from "../contract/site.ts";
import type { FigureSet } from "../figures/set.ts";
import type { Term } from "../figures/terms.ts";
import { picker, type FigurePick } from "../figures/published.ts";
import { DEPRIVATION } from "./figure-options.ts";
import { headline } from "./headline.ts";

const referred = headline("referrals", "families");
const PICKS = {
  // Printed in the report's Referrals section and executive summary: neither explains the chart's base.
  families: referred("Families referred on Pathway B"),
  referrals: referred("Referrals received in total"),
  // Salford's own rank, printed in the situation analysis.
  rank: { dataset: "deprivation", group: "Salford", measure: "rank" },
} satisfies Record<string, FigurePick>;

export interface DeprivationFacts {
  families: Figure;
  referrals: Figure;
  /** Salford's rank among England's local authorities (1 the most deprived), of how many, on which indices. */
  rank: { rank: number; of: number; period: string | null };
  /** Our grouping of the bands (data/vocabulary.csv) and its sum, published by the data step (data/derived.csv). */
  tenth: { bands: string[]; count: number; base: number; phrase: string };
  /** The grouping's second band, which the page uses to show that bands do not overlap. */
  second: Term;
}

export function deprivationFacts(set: FigureSet): DeprivationFacts {
  const get = picker(set);
  const rank = get(PICKS.rank);
  if (rank.base === null) throw new Error("deprivationFacts: Salford's rank has no base (the number of local authorities)");
  const { grouping, term } = set.meta.vocabulary;
  const bands = grouping("deprivation", "most-deprived-tenth");
  const sum = set
    .select({ dataset: "deprivation", group: DEPRIVATION.group, measure: "count", derived: true })
    .find((r) => term("deprivation", r.category).kind === "derived");
  if (!sum || sum.value === null || sum.base === null) throw new Error("deprivationFacts: no published sum of the most deprived bands");
  return {
    families: get(PICKS.families),
    referrals: get(PICKS.referrals),
    rank: { rank: rank.value, of: rank.base, period: rank.period },
    tenth: { bands, count: sum.value, base: sum.base, phrase: term("deprivation", sum.category).phrase },
    second: term("deprivation", bands[1]!),
  };
}
