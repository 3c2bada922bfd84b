// The facts the About page states, each read from a published figure so the
// prose never carries a number of its own.
import { formatNumber } from "../format.ts";
import type { FigureSet } from "../figures/set.ts";
import { publishedFigure, sampleParents, type FigurePick } from "../figures/published.ts";
import { headline } from "./headline.ts";

// Each fact picked by its topic, group and category as printed in data/headline.csv.
const team = headline("team", "service staff");
const model = headline("service model", "the service");
const sample = (group: string) => headline("evaluation sample", group);
const interviews = headline("interviews", "interview participants");
export const ABOUT_FIGURES = {
  manager: team("Manager"),
  leads: team("Lead practitioners"),
  practitioners: team("Practitioners"),
  midwives: team("Midwife"),
  midwifeFte: team("Midwife full-time equivalent", "fte"),
  hippWeeks: model("Health in Pregnancy and Parenting group length", "weeks"),
  babySessions: model("Baby Incredible Years sessions"),
  toddlerSessions: model("Toddler Incredible Years sessions"),
  preSchoolWeeks: model("Pre-School Incredible Years length", "weeks"),
  pathwayAYears: model("Longest support on Pathway A", "years"),
  pathwayBWeeks: model("Latest point of referral on Pathway B", "weeks"),
  pathwayCYears: model("Longest support on Pathway C", "years"),
  features: model("Essential features of the service"),
  pathwayBFamilies: headline("referrals", "families")("Families referred on Pathway B"),
  pathwayAParents: headline("referrals", "Pathway A parents")("Parents referred post-proceedings on Pathway A"),
  sampleParents: sampleParents("all parents"),
  sampleWomen: sampleParents("women"),
  sampleMen: sampleParents("men"),
  sampleFamilies: sample("families")("Families in the evaluation sample"),
  sampleChildren: sample("children in the evaluation sample")("Children born to the families in the evaluation sample"),
  allChildren: headline("children", "all children born")("Children born to families whose cases had closed"),
  parentsInterviewed: interviews("Parents interviewed"),
  mothersInterviewed: interviews("Mothers interviewed"),
  fathersInterviewed: interviews("Fathers interviewed"),
  interviewFamilies: interviews("Families the interviewed parents came from"),
  professionals: interviews("Other professionals interviewed"),
  focusGroupStaff: headline("interviews", "service staff")("Staff members in the focus group"),
} satisfies Record<string, FigurePick>;

export type AboutFacts = Record<keyof typeof ABOUT_FIGURES, string>;

/** Every fact as display text ("0.8", "209"); a fact the set lacks is a build error. */
export function aboutFacts(set: FigureSet): AboutFacts {
  return Object.fromEntries(Object.entries(ABOUT_FIGURES).map(([key, pick]) => [key, formatNumber(publishedFigure(set, pick).value)])) as AboutFacts;
}

/** "1 manager", "2 lead practitioners": a count with its noun in the right number. */
export function counted(text: string, one: string, many: string): string {
  return `${text} ${text === "1" ? one : many}`;
}

/** The referral window of the whole cohort, as the data's period names it. */
export function cohortPeriod(set: FigureSet): string {
  const period = publishedFigure(set, ABOUT_FIGURES.pathwayBFamilies).period;
  if (!period) throw new Error("the Pathway B referral count has no period");
  return period;
}
