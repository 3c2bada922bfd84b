// The figures /the-service/ states beyond the About facts: the Pathway A
// referrals and the report's assumed (not observed) recurrence for them, and
// the Greater Manchester councils in the community of practice.
import type { Figure } from "../contract/site.ts";
import { DOCUMENTS } from "../documents.ts";
import type { FigureSet } from "../figures/set.ts";
import { picker, type FigurePick } from "../figures/published.ts";
import { headline } from "./headline.ts";

const PATHWAY_A = { topic: "pathway A", group: "Pathway A parents" } as const;
const PICKS = {
  pathwayA: headline("referrals", "Pathway A parents")("Parents referred post-proceedings on Pathway A"),
  share: { dataset: "costs", ...PATHWAY_A, category: "Assumed probability of recurrent proceedings within 1-2 years", measure: "percent" },
  estimated: { dataset: "costs", ...PATHWAY_A, category: "Estimated to face recurrent proceedings without intervention", measure: "count" },
  councils: headline("service model", "Greater Manchester councils")("Greater Manchester councils in the community of practice"),
} satisfies Record<string, FigurePick>;

export interface ServiceView {
  pathwayA: Figure;
  /** "1 April 2014 and 31 March 2019": the referral window, as a phrase after "between". */
  referralPeriod: string;
  share: Figure;
  estimated: Figure;
  councils: Figure;
  listYear: string;
}

export function serviceView(set: FigureSet): ServiceView {
  const get = picker(set);
  const pathwayA = get(PICKS.pathwayA);
  if (!pathwayA.period) throw new Error("serviceView: the Pathway A referral count has no period");
  // The estimate's base is the Pathway A referrals: the data step checks it (src/lib/data-step/derive/checks/bases.ts).
  const estimated = get(PICKS.estimated);
  return {
    pathwayA,
    referralPeriod: pathwayA.period.replace(" to ", " and "),
    share: get(PICKS.share),
    estimated,
    councils: get(PICKS.councils),
    listYear: DOCUMENTS.services.year,
  };
}
