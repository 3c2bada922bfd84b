// The figures /the-service/ states beyond the About facts: the Pathway A
// referrals and the report's assumed (not observed) recurrence for them, and
// the Greater Manchester councils in the community of practice.
import type { Figure } from "../schema.ts";
import { DOCUMENTS } from "../documents.ts";

export const SERVICE_IDS = {
  pathwayA: "headline.referrals.parents-referred-post-proceedings-on-pathway-a.pathway-a-parents.1-april-2014-to-31-march-2019.count",
  share: "costs.pathway-a.assumed-probability-of-recurrent-proceedings-within-1-2-years.pathway-a-parents.percent",
  estimated: "costs.pathway-a.estimated-to-face-recurrent-proceedings-without-intervention.pathway-a-parents.count",
  councils: "headline.service-model.greater-manchester-councils-in-the-community-of-practice.greater-manchester-councils.count",
} as const;

export interface ServiceView {
  pathwayA: Figure;
  /** "1 April 2014 and 31 March 2019": the referral window, as a phrase after "between". */
  referralPeriod: string;
  share: Figure;
  estimated: Figure;
  councils: Figure;
  listYear: string;
}

export function serviceView(get: (id: string) => Figure): ServiceView {
  const pathwayA = get(SERVICE_IDS.pathwayA);
  if (!pathwayA.period) throw new Error("serviceView: the Pathway A referral count has no period");
  const estimated = get(SERVICE_IDS.estimated);
  if (estimated.base !== pathwayA.value) throw new Error(`serviceView: the estimate is out of ${estimated.base}, not the ${pathwayA.value} Pathway A referrals`);
  return {
    pathwayA,
    referralPeriod: pathwayA.period.replace(" to ", " and "),
    share: get(SERVICE_IDS.share),
    estimated,
    councils: get(SERVICE_IDS.councils),
    listYear: DOCUMENTS.services.year,
  };
}
