// Site structure in one place: the navigation, breadcrumbs and sitemap read it.
export interface PageLink {
  href: string;
  title: string;
  /** One line on what the page answers, for index lists. */
  blurb: string;
}

export const FINDINGS: PageLink[] = [
  { href: "/age-profiles/", title: "Ages at referral", blurb: "How old parents were when referred, in the evaluation sample and the whole cohort." },
  { href: "/referral-sources/", title: "Who referred parents", blurb: "Which services referred the parents in the evaluation sample, for women and men." },
  { href: "/deprivation/", title: "Deprivation", blurb: "How deprived the areas are where parents live." },
  { href: "/needs/", title: "Needs and backgrounds", blurb: "Needs at referral, partner abuse, care history, previous removals, teenage parenthood." },
  {
    href: "/wellbeing/",
    title: "Change after three years",
    blurb: "Relationships, housing, work, medication, probation, alcohol and drugs: at referral and three years on.",
  },
  { href: "/child-outcomes/", title: "What happened to the children", blurb: "Children's status soon after birth and when the case closed." },
  { href: "/school-readiness/", title: "School readiness", blurb: "Good Level of Development at the end of Reception." },
  { href: "/context/", title: "Why the service exists", blurb: "Recurrent care proceedings nationally and in Salford." },
  {
    href: "/views-and-recommendations/",
    title: "Views and recommendations",
    blurb: "What practitioners recorded after three years, what interviews found, and what the evaluation recommends.",
  },
];

export const SECTIONS: PageLink[] = [
  { href: "/", title: "Summary", blurb: "The headline numbers with their caveats." },
  {
    href: "/the-service/",
    title: "The service",
    blurb: "What Strengthening Families does: pathways, team, length of support, and its spread across Greater Manchester.",
  },
  { href: "/findings/", title: "Findings", blurb: "Who was referred, their needs, what changed, what happened to the children." },
  { href: "/costs/", title: "Costs", blurb: "The report's savings estimate, with its arithmetic shown." },
  { href: "/services/", title: "Services", blurb: "Similar services across the North West." },
  { href: "/monitoring/", title: "Monitoring", blurb: "Each service's own figures from its client tracker, and fair comparisons between services." },
  { href: "/practice-guides/", title: "Practice guides", blurb: "North West councils' practice guides." },
  { href: "/notes/", title: "Notes on the data", blurb: "Where the report disagrees with itself, and how figures were checked." },
  { href: "/data/", title: "Data", blurb: "Every dataset as JSON and CSV." },
  { href: "/about/", title: "About", blurb: "The service, the evaluation and this site." },
];

export const SITE_NAME = "Strengthening Families: the evidence";
/** Who the service is for, in one line: Pathway A parents and fathers included, not only parents expecting again. */
export const SITE_TAGLINE = "Salford's service for parents who have lost a child through care proceedings, or whose partner has";
export const SOURCE_LINE = "Source: University of Essex evaluation of Salford's Strengthening Families service (2020), data to March 2019 and March 2020.";
