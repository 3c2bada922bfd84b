// Every dataset the site publishes: where it comes from, what it holds, and the
// arithmetic its parts must satisfy. The build and the pages both read this.
import type { BaseSpec } from "./data-step/derive/checks/bases.ts";
import type { MarginSpec } from "./data-step/derive/checks/flows.ts";
import type { SumSpec } from "./data-step/derive/checks/sums.ts";
import type { DocumentId } from "./documents.ts";
import type { Selector } from "./figures/set.ts";
import { sampleParents } from "./figures/published.ts";

export type DatasetKind = "figures" | "flows" | "services" | "guides";

export interface DatasetSpec {
  id: string;
  kind: DatasetKind;
  title: string;
  description: string;
  document: DocumentId;
  /** Site page that presents it, if any. */
  page?: string;
  sums?: SumSpec[];
  margins?: MarginSpec[];
  /** Flow topics whose boxes must add up to the one figure (first printing) the selection names. */
  flowTotals?: { topic: string; total: Selector }[];
  /** Figures printed out of another figure's count: each base must equal that count (a data problem otherwise). */
  bases?: BaseSpec[];
}

const SAMPLE = { dataset: "headline", topic: "evaluation sample", measure: "count" } as const;
const SAMPLE_CHILDREN: Selector = { ...SAMPLE, group: "children in the evaluation sample", category: "Children born to the families in the evaluation sample" };

const hundredBy = (name: string, by: SumSpec["by"], tables?: string[]): SumSpec => ({
  name,
  measure: "percent",
  against: "hundred",
  by,
  ...(tables ? { tables } : {}),
});

/** Table 6's three status topics, each period's parts summed by topic: as counts to the base, and as percents to 100. */
const TABLE_6_STATUSES = {
  by: ["topic", "period"],
  tables: ["Table 6"],
  topics: ["relationship status", "housing status", "employment status"],
} satisfies Partial<SumSpec>;

export const DATASETS: DatasetSpec[] = [
  {
    id: "headline",
    kind: "figures",
    title: "Referrals, cohort and evaluation sample",
    description: "How many families and parents were referred, who was in the evaluation sample, how many children were born, and the team.",
    document: "evaluation",
  },
  {
    id: "age-profiles",
    kind: "figures",
    title: "Ages at referral",
    description:
      "Age bands and mean ages of parents at referral: the evaluation sample (Table 1 and chart data) and the total cohort (Table 1, with counts recovered from chart fractions).",
    document: "evaluation",
    page: "/age-profiles/",
    sums: [
      // "24 or under" and "30 to 39" are the text's wider bands: checked in relations.csv.
      { name: "bands", measure: "count", against: "base", by: ["group"], exclude: ["24 or under", "30 to 39"] },
      hundredBy("percent", ["group"], ["Table 1"]),
    ],
  },
  {
    id: "referral-sources",
    kind: "figures",
    title: "Who referred parents",
    description: "Who referred each of the 65 sample parents, by sex (Table 2).",
    document: "evaluation",
    page: "/referral-sources/",
    sums: [{ name: "sources", measure: "count", against: "total-row", by: ["group"] }, hundredBy("percent", ["group"])],
  },
  {
    id: "needs",
    kind: "figures",
    title: "Needs recorded at referral",
    description: "Primary need and other needs recorded at referral, by sex (Table 3), and the share with each need as primary or other need.",
    document: "evaluation",
    page: "/needs/",
    sums: [{ name: "primary", measure: "count", against: "total-row", by: ["group"], topics: ["primary need"] }],
  },
  {
    id: "partner-abuse",
    kind: "figures",
    title: "Partner abuse",
    description: "Reported partner abuse at referral, after three years and at case closure (Table 4), and its types at referral (Table 5).",
    document: "evaluation",
    page: "/needs/",
  },
  {
    id: "backgrounds",
    kind: "figures",
    title: "Backgrounds, engagement and early closures",
    description:
      "Care history, childhood contact with children's social care, ethnicity, teenage parenthood, previous removals, engagement with the service and early case closures.",
    document: "evaluation",
    page: "/needs/",
  },
  {
    id: "wellbeing",
    kind: "figures",
    title: "Social context and wellbeing, at referral and after three years",
    description: "Relationships, housing, employment, medication for emotional problems, probation, alcohol and drugs (Table 6, text and chart data).",
    document: "evaluation",
    page: "/wellbeing/",
    sums: [
      { name: "status", measure: "count", against: "base", ...TABLE_6_STATUSES },
      { name: "percent", measure: "percent", against: "hundred", ...TABLE_6_STATUSES },
    ],
  },
  {
    id: "wellbeing-flows",
    kind: "flows",
    title: "Moves between statuses, referral to three years",
    description:
      "How many parents moved from each relationship, housing, employment and medication status at referral to each status after three years (chart data).",
    document: "evaluation",
    page: "/wellbeing/",
    margins: ["relationship status", "housing status", "employment status", "medication for emotional problems"].flatMap((topic) =>
      (["from", "to"] as const).map((side) => ({
        topic,
        side,
        match: { dataset: "wellbeing", group: "all parents", period: side === "from" ? "at referral" : "after three years", topic, table: "Table 6" },
        ignore: ["Not known", "Not on medication"],
        aliases: { "On medication": "Using medication for emotional problems" },
      })),
    ),
    flowTotals: ["relationship status", "housing status", "employment status", "medication for emotional problems"].map((topic) => ({
      topic,
      total: sampleParents("all parents"),
    })),
  },
  {
    id: "child-outcomes",
    kind: "figures",
    title: "What happened to the children",
    description:
      "Status of the 38 children in the evaluation sample within three months of birth and at case closure (Tables 7 and 8), and the final known status of all 148 children born (Table 9).",
    document: "evaluation",
    page: "/child-outcomes/",
    sums: [
      { name: "status", measure: "count", against: "total-row", by: ["group", "period"] },
      hundredBy("percent", ["group", "period"], ["Table 7", "Table 8", "Table 9"]),
    ],
  },
  {
    id: "child-status-flows",
    kind: "flows",
    title: "Children's moves from status at three months to final status",
    description: "How many of the 38 children moved from each status within three months of birth to each final known status (chart data).",
    document: "evaluation",
    page: "/child-outcomes/",
    margins: [
      {
        topic: "child status",
        side: "from",
        match: { dataset: "child-outcomes", group: "children in the evaluation sample", period: "within three months of birth", table: "Table 7" },
      },
      {
        topic: "child status",
        side: "to",
        match: { dataset: "child-outcomes", group: "children in the evaluation sample", period: "final known status", table: "Table 8" },
      },
    ],
    flowTotals: [{ topic: "child status", total: SAMPLE_CHILDREN }],
  },
  {
    id: "deprivation",
    kind: "figures",
    title: "Deprivation",
    description: "Where parents live on the Index of Multiple Deprivation (counts recovered from chart fractions), and Salford's own rank.",
    document: "evaluation",
    page: "/deprivation/",
  },
  {
    id: "school-readiness",
    kind: "figures",
    title: "School readiness",
    description: "Share of children reaching a Good Level of Development at the end of Reception, 2018/19: Salford groups and the programme's four children.",
    document: "evaluation",
    page: "/school-readiness/",
  },
  {
    id: "context",
    kind: "figures",
    title: "Salford, North West and England context",
    description: "Looked-after children, child protection plans, teenage conceptions, repeat removals in Salford and recurrence in England.",
    document: "evaluation",
    page: "/context/",
  },
  {
    id: "costs",
    kind: "figures",
    title: "Costs and savings as printed",
    description: "Unit costs, children counted as avoided care, annual and 18-year savings, and staffing costs, as the report printed them.",
    document: "evaluation",
    page: "/costs/",
    bases: [
      {
        // "2 of 15": the estimate is out of the Pathway A referrals, as /the-service/ says.
        figure: { topic: "pathway A", group: "Pathway A parents", category: "Estimated to face recurrent proceedings without intervention", measure: "count" },
        of: {
          dataset: "headline",
          topic: "referrals",
          group: "Pathway A parents",
          category: "Parents referred post-proceedings on Pathway A",
          measure: "count",
        },
      },
    ],
  },
  {
    id: "pause",
    kind: "figures",
    title: "Pause in Middlesbrough",
    description: "Contract value and period of Middlesbrough's Pause contract, and the national figures its impact assessment cites.",
    document: "pause",
    page: "/services/",
  },
  {
    id: "services",
    kind: "services",
    title: "North West services for parents at risk of recurrent care proceedings",
    description: "One row per local authority in the North West list, with cells as published and cut-off cells flagged.",
    document: "services",
    page: "/services/",
  },
  {
    id: "practice-guides",
    kind: "guides",
    title: "Practice guides from North West councils",
    description: "One row per practice guide: council, title, themes, a one-line summary in our words, and whether the work is close to recurrent care.",
    document: "guides",
    page: "/practice-guides/",
  },
];

export function datasetById(id: string): DatasetSpec {
  const d = DATASETS.find((x) => x.id === id);
  if (!d) throw new Error(`unknown dataset: ${id}`);
  return d;
}
