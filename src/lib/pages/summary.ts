// The councillors' summary: five headline findings, each a number with its base,
// one sentence, a caution where the base is small or the report disputes
// itself, a small chart, and the page with the detail. Words live here so they
// can be tested; every number is read from a published figure.
import type { CheckResult, Figure } from "../contract/site.ts";
import type { PublishedLedgerEntry } from "../contract/ledger.ts";
import { formatInterval, formatPercent, ofBase } from "../format.ts";
import { isSmallBase } from "../stats/wilson.ts";
import { FINDINGS, SECTIONS } from "../site.ts";
import { gbp, resultKey, roundedGbp } from "../costs.ts";
import { AT_HOME, TABLE9, costsView, outcomeTables } from "./costs.ts";
import { changeLists, measureChanges } from "../figures/summary-changes.ts";
import { childrenCard, costCard, reachCard, schoolCard, threeYearsCard, type SummaryFigure } from "../figures/summary-card.ts";
import type { FigureSet } from "../figures/set.ts";
import { picker, sampleParents, type FigurePick } from "../figures/published.ts";
import { flagsFor, type Flag } from "./flags.ts";
import { headline } from "./headline.ts";

const SCHOOL = { dataset: "school-readiness", topic: "Good Level of Development" } as const;
const SF_CHILDREN = { ...SCHOOL, group: "children of parents supported by the service", category: "Children of Strengthening Families parents" } as const;
/** The figures the summary shows, beyond the cost page's and the measures in summary-changes.ts. */
const PICKS = {
  families: headline("referrals", "families")("Families referred on Pathway B"),
  pathwayA: headline("referrals", "Pathway A parents")("Parents referred post-proceedings on Pathway A"),
  parents: sampleParents("all parents"),
  sampleFamilies: headline("evaluation sample", "families")("Families in the evaluation sample"),
  sampleChildren: { dataset: "costs", topic: "evaluation sample", group: "children in the evaluation sample", category: "Children born", measure: "count" },
  schoolCount: { ...SF_CHILDREN, measure: "count" },
  schoolPercent: { ...SF_CHILDREN, measure: "percent" },
  salfordSchool: { ...SCHOOL, group: "Salford", category: "All children", measure: "percent" },
  /** This site's groupings of Table 9, published in data/derived.csv. */
  atHome: AT_HOME,
  notWithParents: { ...TABLE9, category: "Not with their parents (our grouping)" },
  notAnOutcome: { ...TABLE9, category: "Not an outcome of the service (our grouping)" },
  unborn: { ...TABLE9, category: "Unborn" },
} satisfies Record<string, FigurePick>;

export interface KeyFinding {
  id: string;
  heading: string;
  /** The big number, already formatted. */
  number: string;
  /** A change ("57%", "20%"): read as "57% to 20%", the arrow only drawn by CSS. */
  numberParts: [string, string] | null;
  /** What the number is out of, in words. */
  base: string;
  /** A term the number uses, defined where it first appears. */
  definition: string | null;
  sentence: string;
  /** Further numbers, each one line. */
  lines: string[];
  /**
   * Numbers in groups, each group in the same form (e.g. what fell and what did
   * not). A group that says in words what the chart draws is for paper only: on
   * screen the chart's table, folded under it, carries the same numbers.
   */
  lists: { heading: string; items: string[]; repeatsChart?: boolean }[];
  /** Where the other counts of the same thing are, and in a line why they differ. */
  others: { text: string; href: string; linkText: string } | null;
  caution: string | null;
  /** Disagreements that change a number this finding shows; flags that change nothing stay on /notes/. */
  flags: Flag[];
  href: string;
  linkText: string;
  chart: SummaryFigure;
}

/**
 * What the evidence cannot tell you, in two plain sentences for the top of the
 * summary: no comparison group, small numbers, one service in one city. The
 * sizes are the evaluation sample's, as published.
 */
export function cannotShow(set: FigureSet): string {
  const get = picker(set);
  const parents = get(PICKS.parents);
  const children = get(PICKS.sampleChildren);
  return (
    "Whether the service caused any of this: there was no comparison group of similar parents without it. " +
    `Many numbers rest on the ${parents.value} parents and ${children.value} children of the evaluation sample or fewer, in one service in one city.`
  );
}

/** Ledger entries that are disagreements (not those the source explains). */
export function disagreementCount(ledger: PublishedLedgerEntry[]): number {
  return ledger.filter((e) => e.verdict === "disagreement").length;
}

/** A detail page by its address, titled as the site names it; an unknown page is a build error. */
function link(href: string): { href: string; linkText: string } {
  const page = [...FINDINGS, ...SECTIONS].find((p) => p.href === href);
  if (!page) throw new Error(`summaryView: no page ${href} in src/lib/site.ts`);
  return { href, linkText: page.title };
}

export function summaryView(set: FigureSet, ledger: PublishedLedgerEntry[], checks: readonly CheckResult[]): KeyFinding[] {
  const get = picker(set);
  const families = get(PICKS.families);
  const sampleFamilies = get(PICKS.sampleFamilies);
  const parents = get(PICKS.parents);
  const pathwayA = get(PICKS.pathwayA);
  const tables = outcomeTables(set);
  const moved = measureChanges(set);
  const school = get(PICKS.schoolCount);
  const schoolPct = get(PICKS.schoolPercent);
  const salford = get(PICKS.salfordSchool);
  const costs = costsView(set, checks);
  const [report, atHome] = costs.avoided;
  const proceedings = costs.units.proceedings;
  // Each reading's count × the one-off cost of proceedings, as the data step worked it.
  const once = (a: (typeof costs.avoided)[number]) => a.results[resultKey("proceedings", 1)]!;
  const reading = (a: (typeof costs.avoided)[number]) => ({ count: a.count, base: a.base, once: once(a) });
  const small = moved.some((c) => isSmallBase(c.before.base) || isSmallBase(c.after.base));
  const grouped = [PICKS.atHome, PICKS.notWithParents, PICKS.notAnOutcome, PICKS.unborn].map(get);
  const [home, away, other, unborn] = grouped as [Figure, Figure, Figure, Figure];
  const staff = costs.staffing;
  // A flag on the summary must change a number it shows; the rest stay on /notes/.
  const changing = (ids: string[]) => flagsFor(ids, ledger, set).filter((f) => f.changes);
  return [
    {
      id: "reach",
      heading: "Who the service reached",
      number: String(families.value),
      numberParts: null,
      base: `families referred on Pathway B, ${families.period}`,
      definition: "Pathway B: support in a new pregnancy after the mother or her partner lost a child through care proceedings.",
      sentence: `The evaluation followed ${parents.value} parents from ${sampleFamilies.value} of these families for three years. Another ${pathwayA.value} parents had support after a removal (Pathway A), with no outcome data.`,
      lines: [],
      lists: [],
      caution: null,
      others: null,
      flags: changing([families, pathwayA, parents, sampleFamilies].map((f) => f.id)),
      ...link("/the-service/"),
      chart: reachCard({ families, sampleFamilies, parents }),
    },
    {
      id: "children",
      heading: "The children's final status",
      number: ofBase(home.value, home.base!),
      numberParts: null,
      base: "children of the families whose cases had closed had a status for a child living at home when last known",
      definition: null,
      sentence: "That is this site's grouping of Table 9: a Child Protection Plan, Child in Need, Early Help or universal services.",
      lines: [],
      lists: [],
      others: {
        text: "The report's own counts take in other children, or only the evaluation sample's:",
        href: "/child-outcomes/#other-counts",
        linkText: "How the counts differ",
      },
      caution: "With no comparison group, this does not show how many would have stayed with their parents without the service.",
      flags: changing(tables.figures.map((f) => f.id)),
      ...link("/child-outcomes/"),
      chart: childrenCard({ home, away, other, unborn }),
    },
    {
      id: "three-years",
      heading: "Three years on",
      number: `${formatPercent(moved[0]!.before.percent)} to ${formatPercent(moved[0]!.after.percent)}`,
      numberParts: [formatPercent(moved[0]!.before.percent), formatPercent(moved[0]!.after.percent)],
      base: `of parents had ${lower(moved[0]!.name)} recorded, at referral and three years on`,
      definition: null,
      sentence: "",
      lines: [],
      lists: changeLists(moved).map((g) => ({ ...g, repeatsChart: true })),
      caution: `Each share is out of the parents with a record at the time${small ? ", some of them few" : ""}. With no comparison group, no change can be credited to the service.`,
      others: null,
      flags: changing(moved.flatMap((c) => c.ids)),
      ...link("/wellbeing/"),
      chart: threeYearsCard(moved),
    },
    {
      id: "school",
      heading: "Ready for school",
      number: ofBase(school.value, school.base!),
      numberParts: null,
      base: "children reached a good level of development by the end of Reception",
      definition: null,
      sentence: `That is ${formatPercent(schoolPct.value)}; for all children in Salford in ${salford.period} it was ${formatPercent(salford.value)}.`,
      lines: [],
      lists: [],
      caution: isSmallBase(school.base)
        ? `Only ${school.base} children had results (later ones were not collected because of Covid-19): the true share could be anywhere from ${formatInterval(school.value, school.base!)}, so no comparison can be drawn.`
        : null,
      others: null,
      flags: changing([school.id, schoolPct.id]),
      ...link("/school-readiness/"),
      chart: schoolCard({ school, schoolPct, salford }),
    },
    {
      id: "cost",
      heading: "The report's savings estimate",
      number: `${report!.count} × ${gbp(proceedings)}`,
      numberParts: null,
      base: `= ${roundedGbp(once(report!))}: the one-off cost of care proceedings for each of the ${report!.count} children the report counts as avoiding care.`,
      definition: null,
      sentence: "",
      lines: [],
      lists: [
        {
          heading: "Readings that can be defended",
          repeatsChart: true,
          items: [
            `At most ${roundedGbp(once(report!))}, once, if all ${report!.count} children would otherwise have gone through care proceedings: the report's assumption, never tested.`,
            `${roundedGbp(once(atHome!))}, once, counting only the ${atHome!.count} children with a status for living at home when the case closed (our grouping); the report's ${report!.count} also counts children with a special guardian, pregnancies that ended and families who moved away.`,
          ],
        },
        {
          heading: "Readings that cannot",
          items: [
            "A yearly saving, as the report calls it, or the one-off cost times years (its longer-term figure).",
            `Set against the staffing cost as if both were yearly: ${gbp(staff.headline.value)} covers ${staff.years.value} years, about ${gbp(staff.yearly.value)} a year.`,
          ],
        },
      ],
      caution: "Not a measured saving: with no comparison group, nobody knows how many of these children would otherwise have entered care.",
      others: null,
      flags: changing([costs.whole.annual.id, costs.whole.count.id]),
      ...link("/costs/"),
      chart: costCard(reading(report!), reading(atHome!), proceedings),
    },
  ];
}

const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** "22 November 2026" */
export function longDate(d: Date): string {
  return new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(d);
}

/** The build's date: SOURCE_DATE_EPOCH when set, so rebuilds of one commit match. */
export function buildDate(env: Record<string, string | undefined> = process.env, now = new Date()): Date {
  const epoch = Number(env.SOURCE_DATE_EPOCH);
  return env.SOURCE_DATE_EPOCH && Number.isFinite(epoch) ? new Date(epoch * 1000) : now;
}
