// /child-outcomes/: Tables 7 and 8 side by side, as printed, under the flow
// chart between them (a figure model: src/lib/figures/child-flows.ts), and
// the cost section's counts of children the page sets beside Table 9.
import type { Figure } from "../contract/site.ts";
import type { TableModel } from "../table.ts";
import type { FigureSet } from "../figures/set.ts";
import { picker, type FigurePick } from "../figures/published.ts";
import { shareTable, shareTableCell, type ShareTable } from "../figures/shares.ts";
import { COST_FIGURES } from "./costs.ts";

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
