// /deprivation/: the referral counts the page sets beside the chart's base
// (the chart is a figure model: src/lib/figures/deprivation.ts).
import type { Figure } from "../contract/site.ts";
import type { FigureSet } from "../figures/set.ts";
import { picker, type FigurePick } from "../figures/published.ts";
import { headline } from "./headline.ts";

const referred = headline("referrals", "families");
// Printed in the report's Referrals section and executive summary: neither explains the chart's base.
const PICKS = {
  families: referred("Families referred on Pathway B"),
  referrals: referred("Referrals received in total"),
} satisfies Record<string, FigurePick>;

/** The families referred on Pathway B and all referrals received, as printed. */
export function deprivationFacts(set: FigureSet): Record<keyof typeof PICKS, Figure> {
  const get = picker(set);
  return { families: get(PICKS.families), referrals: get(PICKS.referrals) };
}
