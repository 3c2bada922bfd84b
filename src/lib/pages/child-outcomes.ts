// /child-outcomes/: Tables 7 and 8 side by side, as printed, under the flow
// chart between them (a figure model: src/lib/figures/child-flows.ts).
import type { Figure } from "../schema.ts";
import type { TableModel } from "../table.ts";
import { shareCell, shares, type Share } from "../figures/printed-shares.ts";

const byTable = (figures: Figure[], table: string) => shares(figures, (f) => f.source.table === table && f.variant === null);

/** Tables 7 and 8 side by side, one row per status found in either. */
export function earlyAndFinalTable(figures: Figure[]): TableModel {
  const early = byTable(figures, "Table 7");
  const final = byTable(figures, "Table 8");
  const statuses = [...new Set([...early, ...final].map((s) => s.category))];
  const cell = (list: Share[], c: string) => {
    const s = list.find((x) => x.category === c);
    return s ? shareCell(s) : "Not a status at this point";
  };
  return {
    caption: "Status of the 38 children in the evaluation sample, as printed in Tables 7 and 8",
    columns: [{ label: "Status" }, { label: "Within three months of birth", numeric: true }, { label: "When the case closed", numeric: true }],
    rows: statuses.map((c) => [c, cell(early, c), cell(final, c)]),
  };
}
