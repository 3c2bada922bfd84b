// The tables beside /wellbeing/'s charts (those are figure models:
// src/lib/figures/wellbeing.ts): Table 6 as printed, with the cells the notes
// dispute marked, and how parents moved between statuses, from the diagrams.
import type { Flow } from "../contract/site.ts";
import { breakableTable, type TableModel } from "../table.ts";
import { flowsOf, matrixTable, pairsTable } from "../figures/flows.ts";
import { timedCell, type BeforeAfter, type Counted, type Reading } from "../figures/wellbeing-tables.ts";

/** The flows for one topic as a from × to grid, and as a list of pairs for narrow screens; Table 6's order first, "Not known" last. */
export function wellbeingFlowTables(flows: Flow[], topic: string, categoryOrder: string[]): { matrix: TableModel; pairs: TableModel } {
  const mine = flowsOf(flows, topic);
  const order = { from: [...categoryOrder, ...EXTRA], to: [...categoryOrder, ...EXTRA] };
  const caption = `How parents' ${topic} changed from referral to three years later (parents counted in the report's diagram)`;
  const labels = { from: "At referral", to: "After three years", unit: "Parents" };
  return { matrix: matrixTable(mine, caption, labels, order), pairs: breakableTable(pairsTable(mine, caption, labels, order)) };
}
const EXTRA = ["On medication", "Not on medication", "Not known"];

/**
 * Table 6 as printed, row for row. A cell whose count, base or percentage
 * differs from the recommended reading is marked, never corrected; a status
 * the reading has and Table 6 lacks gets a row saying so.
 */
export function printedTable(printed: BeforeAfter[], r: Reading, heading: string): TableModel {
  const categories = [...new Set([...printed.map((c) => c.category), ...r.list.map((c) => c.category)])];
  const cell = (p: Counted | undefined, rec: Counted | undefined) => {
    if (!p) return "Not a row in Table 6";
    const differs = !rec || p.count !== rec.count || p.base !== rec.base || p.percent !== rec.percent;
    return differs ? `${timedCell(p)} (printed; see note)` : timedCell(p);
  };
  return {
    caption: `${heading}: Table 6 as printed. Cells marked "printed; see note" differ from the reading recommended in the notes`,
    columns: [{ label: "Status" }, { label: "At referral", numeric: true }, { label: "After three years", numeric: true }],
    rows: categories.map((c) => {
      const p = printed.find((x) => x.category === c);
      const rec = r.list.find((x) => x.category === c);
      return [c, cell(p?.before, rec?.before), cell(p?.after, rec?.after)];
    }),
  };
}
