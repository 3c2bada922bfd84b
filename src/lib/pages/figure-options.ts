// What each page draws: the options its figure builders take, kept once, so a
// page and the figure-model registry (tests/fixtures/figure-cases.ts) build the
// same models. A page picks its numbers from these models, never from options
// of its own.
import type { Figure } from "../contract/site.ts";
import type { AgesOptions } from "../figures/ages.ts";
import type { ChildFlowOptions } from "../figures/child-flows.ts";
import type { ChildStatusOptions } from "../figures/child-outcomes.ts";
import type { RateOptions } from "../figures/context.ts";
import type { DeprivationOptions } from "../figures/deprivation.ts";
import type { ReferralOptions } from "../figures/referral-sources.ts";
import type { ReadingOptions } from "../figures/wellbeing.ts";
import { formatPercent } from "../format.ts";
import { pair, palette } from "../plot/palette.ts";
import { PAIRS } from "./age-profiles.ts";
import { pick } from "./context.ts";

/** /age-profiles/: each sample group beside its counterpart in the total cohort, in the site's women/men colours; the
 *  total cohort always turquoise. The cohort's three groups share one recovery (288 = 224 + 64), so a note on any applies to all. */
export const AGE_FIGURES: AgesOptions[] = PAIRS.map((p) => ({
  id: `ages-${p.key}`,
  series: [
    { group: p.sample, name: "Sample", colour: p.key === "all" ? palette.darkBlue : pair[p.key] },
    { group: p.cohort, name: "Total cohort", colour: palette.turquoise },
  ],
  notesFrom: PAIRS.map((q) => q.cohort),
}));

/** /referral-sources/: Table 2 for women and men, with all parents in the table. */
export const REFERRAL_SOURCES: ReferralOptions = {
  id: "referral-sources",
  series: [
    { group: "women", colour: pair.women },
    { group: "men", colour: pair.men },
  ],
  whole: "all parents",
};

/** /deprivation/: the IMD bands of the clients whose rank is known. */
export const DEPRIVATION: DeprivationOptions = {
  id: "deprivation-bands",
  group: "clients with a known IMD rank",
  source: "chart data: IMD deprivation rank of all clients",
};

/** /school-readiness/: the good level of development. */
export const SCHOOL_READINESS = { id: "good-level-of-development", source: "School readiness of children, and its chart data" };

/** /child-outcomes/: the evaluation sample's children, from soon after birth to when the case closed. */
export const CHILD_FLOW: ChildFlowOptions = {
  id: "child-status-flow",
  group: "children in the evaluation sample",
  fromPeriod: "within three months of birth",
  toPeriod: "final known status",
  headings: { from: "In the first three months after birth", to: "When the case closed" },
  source: "chart data behind the status diagram, with Tables 7 and 8",
};

/** /child-outcomes/: all children born to the families (Table 9), the child expected at referral and those born later. */
export const ALL_CHILDREN = {
  id: "all-children",
  whole: "all children born",
  period: "final known status after case closure",
  wholeName: "All",
  parts: [
    { group: "first children", name: "Expected at referral" },
    { group: "additional children", name: "Born later" },
  ],
} satisfies ChildStatusOptions;

/** /wellbeing/: the three Table 6 topics drawn with their recommended reading. */
export const READING_TOPICS: ReadingOptions[] = [
  { topic: "relationship status", heading: "Relationships", id: "relationships", subject: "relationship status" },
  { topic: "housing status", heading: "Housing", id: "housing", subject: "housing status" },
  { topic: "employment status", heading: "Work", id: "employment", subject: "employment status" },
];

/** /context/: the three rates, Salford against England and the North West; the conception rate ends on how they ended. */
export function rateOptions(figures: Figure[]): RateOptions[] {
  const share = (category: string) => formatPercent(pick(figures, "teenage conceptions", (f) => f.category === category).value);
  return [
    { id: "looked-after-children", topic: "looked after children", subject: "The rate of looked after children" },
    { id: "child-protection-plans", topic: "child protection plans", subject: "The rate of children on a child protection plan" },
    {
      id: "teenage-conceptions",
      topic: "teenage conceptions",
      subject: "The teenage conception rate",
      extra: `In Salford, ${share("Conceptions that led to an abortion")} of these conceptions ended in an abortion and ${share("Conceptions that led to a birth")} in a birth; the report does not give the number of conceptions.`,
    },
  ];
}
