// /child-outcomes/: Tables 7 and 8 side by side, as printed, under the flow
// chart between them (a figure model: src/lib/figures/child-flows.ts).
import type { TableModel } from "../table.ts";
import type { FigureSet } from "../figures/set.ts";
import { shareTable, shareTableCell, type ShareTable } from "../figures/shares.ts";

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
