// The councillors' summary: five headline findings, each a number with its base,
// one sentence, a caution where the base is small or the report disputes
// itself, and the page with the detail. Words live here so they can be tested.
import type { Figure, PublishedLedgerEntry } from "../schema.ts";
import { formatInterval, formatPercent, ofBase } from "../format.ts";
import { isSmallBase } from "../stats/wilson.ts";
import { listInWords } from "./words.ts";
import { FINDINGS, SECTIONS } from "../site.ts";
import { avoidedDefinitions, gbp, roundedGbp, type Table9 } from "../costs.ts";
import { COST_FIGURE_IDS as C, OUTCOME_TABLE_IDS, costsView, table8, table9 } from "./costs.ts";

const W = (topic: string, category: string, period: string, measure: string) => `wellbeing.${topic}.${category}.all-parents.${period}.${measure}`;
const PA = (period: string, measure: string) => `partner-abuse.partner-abuse.partner-abuse-reported.all-parents.${period}.${measure}`;
const SR = "school-readiness.good-level-of-development";
const pair = (f: (period: string, measure: string) => string) => ({
  before: [f("at-referral", "count"), f("at-referral", "percent")] as [string, string],
  after: [f("after-three-years", "count"), f("after-three-years", "percent")] as [string, string],
});
/** Figure ids the summary shows, beyond the cost page's. */
export const SUMMARY_IDS = {
  families: "headline.referrals.families-referred-on-pathway-b.families.1-april-2014-to-31-march-2019.count",
  pathwayA: "headline.referrals.parents-referred-post-proceedings-on-pathway-a.pathway-a-parents.1-april-2014-to-31-march-2019.count",
  parents: "headline.evaluation-sample.parents-in-the-evaluation-sample.all-parents.count",
  sampleFamilies: "headline.evaluation-sample.families-in-the-evaluation-sample.families.count",
  partnerAbuse: pair(PA),
  alcohol: pair((p, m) => W("alcohol", "problem-with-alcohol", p, m)),
  drugs: pair((p, m) => W("drugs", "problem-with-recreational-drugs", p, m)),
  schoolCount: `${SR}.children-of-strengthening-families-parents.children-of-parents-supported-by-the-service.count`,
  schoolPercent: `${SR}.children-of-strengthening-families-parents.children-of-parents-supported-by-the-service.percent`,
  salfordSchool: `${SR}.all-children.salford.2018-19.percent`,
};
const ids = SUMMARY_IDS;

type Get = (id: string) => Figure;

export interface KeyFinding {
  id: string;
  heading: string;
  /** The big number, already formatted. */
  number: string;
  /** What the number is out of, in words. */
  base: string;
  sentence: string;
  /** Further numbers, each one line. */
  lines: string[];
  caution: string | null;
  flags: { id: string; title: string }[];
  href: string;
  linkText: string;
}

/**
 * Ledger entries that dispute one of these figures: a failing check whose first
 * figure (the printed result it tests) is one of them. A figure used only as an
 * input, or as the group total a flow diagram is measured against
 * ("flow-total"), is not itself in doubt, so it carries no flag here.
 */
export function disputing(figureIds: string[], ledger: PublishedLedgerEntry[]): { id: string; title: string }[] {
  const disputes = (r: PublishedLedgerEntry["results"][number]) => !r.ok && r.rule !== "flow-total" && figureIds.includes(r.figures[0] ?? "");
  return ledger.filter((e) => e.results.some(disputes)).map((e) => ({ id: e.id, title: e.title }));
}

interface Change { fromPct: string; toPct: string; from: string; to: string; bases: number[]; ids: string[] }
const change = (get: Get, k: { before: [string, string]; after: [string, string] }): Change => {
  const [bc, bp] = k.before.map(get) as [Figure, Figure];
  const [ac, ap] = k.after.map(get) as [Figure, Figure];
  return {
    fromPct: formatPercent(bp.value), toPct: formatPercent(ap.value),
    from: `${formatPercent(bp.value)} (${ofBase(bc.value, bc.base!)})`, to: `${formatPercent(ap.value)} (${ofBase(ac.value, ac.base!)})`,
    bases: [bc.base!, ac.base!], ids: [...k.before, ...k.after],
  };
};

/** A detail page by its address, titled as the site names it; an unknown page is a build error. */
function link(href: string): { href: string; linkText: string } {
  const page = [...FINDINGS, ...SECTIONS].find((p) => p.href === href);
  if (!page) throw new Error(`summaryView: no page ${href} in src/lib/site.ts`);
  return { href, linkText: page.title };
}

/** Every child of Table 9 outside the at-home statuses, by status; the parts must add up to the rest. */
export function otherChildren(t: Table9): string {
  const parts: [number, string][] = [
    [t.lookedAfter, "looked after"], [t.adopted, "adopted"], [t.specialGuardianship, "with a special guardian"],
    [t.lost, "pregnancies that ended or children who died"], [t.moved, "moved away"], [t.unborn, "not yet born"],
  ];
  const atHome = t.childProtectionPlan + t.childInNeed + t.earlyHelp + t.universal;
  const rest = parts.reduce((n, [v]) => n + v, 0);
  if (rest + atHome !== t.total) throw new Error(`otherChildren: Table 9's parts add to ${rest + atHome}, not ${t.total}`);
  return `The other ${rest}: ${listInWords(parts.map(([v, w]) => `${v} ${w}`))}.`;
}

export function summaryView(get: Get, ledger: PublishedLedgerEntry[]): KeyFinding[] {
  const families = get(ids.families);
  const t9 = table9(get);
  const [, atHome, sample] = avoidedDefinitions(t9, table8(get));
  const [abuse, alcohol, drugs] = [ids.partnerAbuse, ids.alcohol, ids.drugs].map((k) => change(get, k)) as [Change, Change, Change];
  const school = get(ids.schoolCount);
  const salford = get(ids.salfordSchool);
  const annual = get(C.wholeAnnual);
  const avoided = get(C.wholeCount);
  const range = costsView(get).alternatives.map((a) => a.result);
  const smallChange = [abuse, alcohol, drugs].some((c) => c.bases.some(isSmallBase));
  return [
    {
      id: "reach", heading: "Who the service reached",
      number: String(families.value), base: `families referred on Pathway B, ${families.period}`,
      sentence: `Another ${get(ids.pathwayA).value} parents were referred on Pathway A, after a child had been removed. The evaluation followed ${get(ids.parents).value} parents from ${get(ids.sampleFamilies).value} families referred on Pathway B between May 2014 and February 2017, whose cases could be followed for at least three years.`,
      lines: [], caution: null, flags: disputing([ids.families, ids.pathwayA, ids.parents, ids.sampleFamilies], ledger),
      ...link("/age-profiles/"),
    },
    {
      id: "children", heading: "Children's status when the case closed",
      number: ofBase(atHome!.count, atHome!.base), base: "children ended with a status for a child living at home",
      sentence: `That is this site's grouping of Table 9: a Child Protection Plan, Child in Need, Early Help or universal services. ${otherChildren(t9)}`,
      lines: [`In the evaluation sample, ${ofBase(sample!.count, sample!.base)} children were not looked after when the case closed.`],
      caution: "There is no comparison group, so this does not show how many children would have stayed with their parents without the service.",
      flags: disputing(OUTCOME_TABLE_IDS, ledger), ...link("/child-outcomes/"),
    },
    {
      id: "three-years", heading: "Fewer problems recorded after three years",
      number: `${abuse.fromPct} → ${abuse.toPct}`, base: "of parents had partner abuse recorded, at referral and three years on",
      sentence: `Partner abuse: ${abuse.from} at referral, ${abuse.to} after three years.`,
      lines: [`Alcohol problems: ${alcohol.from}, then ${alcohol.to}.`, `Drug problems: ${drugs.from}, then ${drugs.to}.`],
      caution: `Each pair rests on different numbers of parents${smallChange ? ", some of them small" : ""}, taken from case notes. Without a comparison group we cannot tell how much of the change the service made.`,
      flags: disputing([abuse, alcohol, drugs].flatMap((c) => c.ids), ledger),
      ...link("/wellbeing/"),
    },
    {
      id: "school", heading: "Ready for school",
      number: ofBase(school.value, school.base!), base: "children reached a good level of development by the end of Reception",
      sentence: `That is ${formatPercent(get(ids.schoolPercent).value)}; for all children in Salford in ${salford.period} it was ${formatPercent(salford.value)}.`,
      lines: [],
      caution: isSmallBase(school.base) ? `The report had data for only ${school.base} children; later results were not collected because of Covid-19. The true share could be anywhere from ${formatInterval(school.value, school.base!)}, so no comparison can be drawn.` : null,
      flags: disputing([ids.schoolCount, ids.schoolPercent], ledger), ...link("/school-readiness/"),
    },
    {
      id: "cost", heading: "The report's savings estimate",
      number: roundedGbp(annual.value), base: `a year, for ${ofBase(avoided.value, avoided.base!)} children`,
      sentence: `The report reaches this by multiplying ${avoided.value} children by ${gbp(get(C.proceedings).value)}, the one-off cost of care proceedings, not the yearly cost of care. Its ${avoided.value} also counts children who were not living with their parents.`,
      lines: [`Depending on which children are counted, which cost is used and over how many years, the same figures give anything from ${roundedGbp(Math.min(...range))} to ${roundedGbp(Math.max(...range))}.`],
      caution: "None of these is a measured saving: without a comparison group nobody knows how many of these children would otherwise have entered care.",
      flags: disputing([C.wholeAnnual, C.wholeCount], ledger), ...link("/costs/"),
    },
  ];
}

/** "22 November 2026" */
export function longDate(d: Date): string {
  return new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(d);
}

/** The build's date: SOURCE_DATE_EPOCH when set, so rebuilds of one commit match. */
export function buildDate(env: Record<string, string | undefined> = process.env, now = new Date()): Date {
  const epoch = Number(env.SOURCE_DATE_EPOCH);
  return env.SOURCE_DATE_EPOCH && Number.isFinite(epoch) ? new Date(epoch * 1000) : now;
}
