// /child-outcomes/: Tables 7 and 8 side by side, as printed, under the flow
// chart between them (a figure model: src/lib/figures/child-flows.ts), and
// the cost section's counts of children the page sets beside Table 9.
import type { Figure } from "../contract/site.ts";
import type { TableModel } from "../table.ts";
import type { FigureSet } from "../figures/set.ts";
import { picker, type FigurePick } from "../figures/published.ts";
import { shareTable, shareTableCell, type ShareTable } from "../figures/shares.ts";
import { groupCounts, statusMeanings } from "../figures/child-outcomes.ts";
import { COST_FIGURES } from "./costs.ts";
import { ALL_CHILDREN } from "./figure-options.ts";

const SAMPLE = "children in the evaluation sample";

/** Tables 7 and 8 side by side, one row per status found in either. */
export function earlyAndFinalTable(set: FigureSet): TableModel {
  const at = (period: string) => shareTable(set, { dataset: "child-outcomes", group: [SAMPLE], topic: "child status", period });
  const [early, final] = [at("within three months of birth"), at("final known status")];
  const statuses = [...new Set([...early.categories, ...final.categories].map((c) => c.value))];
  const cell = (t: ShareTable, c: string) => (t.categories.some((x) => x.value === c) ? shareTableCell(t.cell(c, SAMPLE)) : "Not a status at this point");
  return {
    caption: "Status of the 38 children in the evaluation sample, as printed in Tables 7 and 8",
    columns: [{ label: "Status" }, { label: "In the first three months after birth", numeric: true }, { label: "When the case closed", numeric: true }],
    rows: statuses.map((c) => [c, cell(early, c), cell(final, c)]),
  };
}

/** The report's "avoided care" count (all children born), and its third count: the sample's children less those looked after. */
const PICKS = {
  avoided: COST_FIGURES.wholeCount,
  stayed: COST_FIGURES.sampleCount,
  born: COST_FIGURES.sampleBorn,
  lookedAfter: COST_FIGURES.sampleLookedAfter,
} satisfies Record<string, FigurePick>;

/** The cost section's counts of children, as printed. */
export function childOutcomesFacts(set: FigureSet): Record<keyof typeof PICKS, Figure> {
  const get = picker(set);
  return { avoided: get(PICKS.avoided), stayed: get(PICKS.stayed), born: get(PICKS.born), lookedAfter: get(PICKS.lookedAfter) };
}

/** Table 9's statuses with what each means, and the children in our at-home grouping, as the page's text states them. */
export function table9Facts(set: FigureSet): { meanings: ReturnType<typeof statusMeanings>; atHome: number } {
  const t9 = shareTable(set, { dataset: "child-outcomes", group: [ALL_CHILDREN.whole], period: ALL_CHILDREN.period });
  const cells = t9.categories.map((c) => t9.cell(c.value, ALL_CHILDREN.whole));
  const atHome = groupCounts(set, ALL_CHILDREN, cells).find((g) => g.grouping === "at-home");
  if (!atHome) throw new Error("table9Facts: Table 9 has no status in the at-home grouping");
  return { meanings: statusMeanings(set, cells), atHome: atHome.count };
}
