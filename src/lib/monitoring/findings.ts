// A service's findings, in the order of Salford's findings pages, built by the
// same figure builders from the service's bundle. A page lists these sections;
// it picks no number itself. Where a whole figure is withheld (every count
// behind it suppressed) the section says so in words instead of drawing gaps.
import { agesFigure } from "../figures/ages.ts";
import { beforeAfterFigure } from "../figures/before-after.ts";
import { childStatusFigure } from "../figures/child-outcomes.ts";
import { deprivationFigure } from "../figures/deprivation.ts";
import type { FigureModel } from "../figures/model.ts";
import { referralSourcesFigure } from "../figures/referral-sources.ts";
import { schoolFacts, schoolReadinessFigure } from "../figures/school-readiness.ts";
import { tableOf, type FigureSet } from "../figures/set.ts";
import { pair } from "../plot/palette.ts";
import { listInWords } from "../words.ts";
import type { TableModel } from "../table.ts";
import { flowsTable } from "./flows-table.ts";

export interface ServiceSection {
  id: string;
  heading: string;
  /** What the section shows, in a sentence, before its figures. */
  intro: string;
  figures: FigureModel[];
  /** Tables shown after the figures, where a chart would mislead (flows with suppressed cells). */
  tables: TableModel[];
  /** Said instead of a figure that cannot be shown. */
  withheld: string | null;
}

const MOMENTS = { before: { period: "referral", name: "At referral" }, after: { period: "three_years", name: "After three years" } };
const YES_NO_TOPICS = ["partner_abuse", "alcohol", "drugs", "mental_health_medication", "probation"];

/** A bar chart whose every bar is a suppressed gap says nothing a sentence cannot: its title says it instead. */
const allHidden = (m: FigureModel) => m.chart.kind === "bars" && m.chart.rows.every((r) => r.value === null && r.label.startsWith("[c]"));

/** A figure with no one in any of its bases (a topic the service does not record, no case closed yet): said, not drawn. */
const nobody = (m: FigureModel) => m.bases.length > 0 && m.bases.every((b) => b.n === 0);

/** Drawn as words only: its title says what there is, and the chart would be empty. */
const inWordsOnly = (m: FigureModel) => allHidden(m) || nobody(m);

/**
 * A bundle's notes are the tracker's, not Salford's ledger: "imd-edition-2019"
 * says which edition of the deprivation index the deciles come from. They
 * become cautions in words; the ledger flags stay for Salford's figures.
 */
function bundleNotes(m: FigureModel, set: FigureSet): FigureModel {
  const editions = m.notes.flatMap((n) => /^imd-edition-(\d{4})$/.exec(n)?.[1] ?? []);
  const words = editions.length
    ? [`The deciles come from the English Indices of Deprivation (the ${listInWords(editions, "or")} edition, as each parent's record says).`]
    : [];
  // The bundle names its own tables; a builder's default is Salford's report ("Table 1").
  const record = set.select({ dataset: m.dataset })[0];
  return { ...m, notes: [], cautions: [...m.cautions, ...words], source: record ? tableOf(record) : m.source };
}

export function serviceFindings(set: FigureSet): ServiceSection[] {
  return sections(set).map((s) => {
    const said = s.figures
      .filter(inWordsOnly)
      .map((m) => `${m.title}.`)
      .join(" ");
    return {
      ...s,
      figures: s.figures.filter((m) => !inWordsOnly(m)).map((m) => bundleNotes(m, set)),
      withheld: [s.withheld, said].filter(Boolean).join(" ") || null,
    };
  });
}

/** How many parents and children a service's figures cover: null where the count is suppressed [c]. */
export function serviceSize(set: FigureSet): { parents: number | null; children: number | null } {
  // Every parent has a referral source (not known is a code), so that table's base is every parent.
  const parents = set.select({ dataset: "referral-sources", group: "all", measure: "count" })[0]?.base ?? null;
  const children = set.select({ dataset: "child-outcomes", group: "all", period: "at-case-closure", measure: "count" })[0]?.base ?? null;
  return { parents, children };
}

/** Why there is no school-readiness share, in words true for this bundle. */
function schoolWithheld(set: FigureSet): string {
  const gld = set.select({ dataset: "school-readiness", measure: "count" })[0];
  if (gld && gld.base === 0)
    return "No child assessed at the end of Reception is counted yet (a child counts once the family's case has closed), so there is no share to give.";
  return "No share is published: either the counts are suppressed to protect confidentiality [c], or every child assessed had the same result, which would tell anyone who knows a child was assessed what that child's result was.";
}

function sections(set: FigureSet): ServiceSection[] {
  const circumstances = (id: string, topics: string[], categories?: string[]) =>
    beforeAfterFigure(set, { id, dataset: "wellbeing", group: "all", topics, ...MOMENTS, ...(categories ? { categories } : {}) });
  const flows = flowsTable(set);
  const school = schoolFacts(set).programme ? [schoolReadinessFigure(set, { id: "school-readiness" })] : [];
  return [
    {
      id: "ages",
      heading: "Ages at referral",
      intro:
        "How old parents were when they were referred, for women and men, among those whose age is recorded. The all-parents column includes parents whose sex is not recorded, so it can be more than women and men added together.",
      figures: [
        agesFigure(set, {
          id: "ages-chart",
          series: [
            { group: "female", name: "Women", colour: pair.women },
            { group: "male", name: "Men", colour: pair.men },
          ],
          whole: "all",
        }),
      ],
      withheld: null,
      tables: [],
    },
    {
      id: "referral-sources",
      heading: "Who referred parents",
      intro:
        "Which service referred each parent, as recorded on the referral. The all-parents column includes parents whose sex is not recorded, so it can be more than women and men added together.",
      figures: [
        referralSourcesFigure(set, {
          id: "referral-sources-chart",
          series: [
            { group: "female", colour: pair.women },
            { group: "male", colour: pair.men },
          ],
          whole: "all",
        }),
      ],
      withheld: null,
      tables: [],
    },
    {
      id: "deprivation",
      heading: "Deprivation",
      intro:
        "How deprived the areas are where parents lived when referred, by tenth of areas in England (Indices of Multiple Deprivation), among parents whose area is recorded.",
      figures: [deprivationFigure(set, { id: "deprivation-chart", group: "all" })],
      withheld: null,
      tables: [],
    },
    {
      id: "circumstances",
      heading: "Circumstances at referral and after three years",
      intro:
        "What was recorded about parents at referral and three years later. Each time has its own base: the parents with a record then. Three years on, only parents referred at least three years before the end of the period can have a record.",
      figures: [
        circumstances("circumstances-needs", YES_NO_TOPICS, ["yes"]),
        circumstances("circumstances-housing", ["housing"]),
        circumstances("circumstances-employment", ["employment"]),
        circumstances("circumstances-relationship", ["relationship"]),
      ],
      withheld: null,
      tables: [],
    },
    {
      id: "children",
      heading: "What happened to the children",
      intro:
        "Each child's status when the family's case closed, for children whose case has closed, grouped as on Salford's findings; then how children moved between their status within three months of birth and their status at closure.",
      figures: [
        childStatusFigure(set, {
          id: "children-status",
          whole: "all",
          who: "children",
          wholeName: "All children",
          period: "at-case-closure",
          parts: [{ group: "expected-at-referral" }, { group: "born-later" }],
        }),
      ],
      withheld: null,
      tables: flows ? [flows] : [],
    },
    {
      id: "school-readiness",
      heading: "School readiness",
      intro:
        "Children who reached a Good Level of Development at the end of Reception, among those assessed. A child is counted once the family's case has closed, as the service may add the result at any time while it is open.",
      figures: school,
      tables: [],
      withheld: school.length ? null : schoolWithheld(set),
    },
  ];
}
