// The facts the About page states, each read from a published figure so the
// prose never carries a number of its own.
import type { Figure } from "../schema.ts";
import { formatNumber } from "../format.ts";

const H = "headline";
export const ABOUT_IDS = {
  manager: `${H}.team.manager.service-staff.count`,
  leads: `${H}.team.lead-practitioners.service-staff.count`,
  practitioners: `${H}.team.practitioners.service-staff.count`,
  midwives: `${H}.team.midwife.service-staff.count`,
  midwifeFte: `${H}.team.midwife-full-time-equivalent.service-staff.fte`,
  hippWeeks: `${H}.service-model.health-in-pregnancy-and-parenting-group-length.the-service.weeks`,
  babySessions: `${H}.service-model.baby-incredible-years-sessions.the-service.count`,
  toddlerSessions: `${H}.service-model.toddler-incredible-years-sessions.the-service.count`,
  preSchoolWeeks: `${H}.service-model.pre-school-incredible-years-length.the-service.weeks`,
  pathwayAYears: `${H}.service-model.longest-support-on-pathway-a.the-service.years`,
  pathwayBWeeks: `${H}.service-model.latest-point-of-referral-on-pathway-b.the-service.weeks`,
  pathwayCYears: `${H}.service-model.longest-support-on-pathway-c.the-service.years`,
  features: `${H}.service-model.essential-features-of-the-service.the-service.count`,
  pathwayBFamilies: `${H}.referrals.families-referred-on-pathway-b.families.1-april-2014-to-31-march-2019.count`,
  pathwayAParents: `${H}.referrals.parents-referred-post-proceedings-on-pathway-a.pathway-a-parents.1-april-2014-to-31-march-2019.count`,
  sampleParents: `${H}.evaluation-sample.parents-in-the-evaluation-sample.all-parents.count`,
  sampleWomen: `${H}.evaluation-sample.parents-in-the-evaluation-sample.women.count`,
  sampleMen: `${H}.evaluation-sample.parents-in-the-evaluation-sample.men.count`,
  sampleFamilies: `${H}.evaluation-sample.families-in-the-evaluation-sample.families.count`,
  sampleChildren: `${H}.evaluation-sample.children-born-to-the-families-in-the-evaluation-sample.children-in-the-evaluation-sample.count`,
  allChildren: `${H}.children.children-born-to-families-whose-cases-had-closed.all-children-born.count`,
  parentsInterviewed: `${H}.interviews.parents-interviewed.interview-participants.count`,
  mothersInterviewed: `${H}.interviews.mothers-interviewed.interview-participants.count`,
  fathersInterviewed: `${H}.interviews.fathers-interviewed.interview-participants.count`,
  interviewFamilies: `${H}.interviews.families-the-interviewed-parents-came-from.interview-participants.count`,
  professionals: `${H}.interviews.other-professionals-interviewed.interview-participants.count`,
  focusGroupStaff: `${H}.interviews.staff-members-in-the-focus-group.service-staff.count`,
} as const;

export type AboutFacts = Record<keyof typeof ABOUT_IDS, string>;

/** Every fact as display text ("0.8", "209"); `lookup` fails on a missing id. */
export function aboutFacts(lookup: (id: string) => Figure): AboutFacts {
  return Object.fromEntries(Object.entries(ABOUT_IDS).map(([key, id]) => [key, formatNumber(lookup(id).value)])) as AboutFacts;
}

/** "1 manager", "2 lead practitioners": a count with its noun in the right number. */
export function counted(text: string, one: string, many: string): string {
  return `${text} ${text === "1" ? one : many}`;
}

/** The referral window of the whole cohort, as the data's period names it. */
export function cohortPeriod(lookup: (id: string) => Figure): string {
  const period = lookup(ABOUT_IDS.pathwayBFamilies).period;
  if (!period) throw new Error("the Pathway B referral count has no period");
  return period;
}
