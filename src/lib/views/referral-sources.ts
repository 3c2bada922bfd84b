// Who referred parents (Table 2): bars for women and men, and the table.
import type { Figure } from "../schema.ts";
import type { TableModel } from "./table.ts";
import { shareBars, shareCell, shares, type Share } from "./shares.ts";
import type { Bar } from "../../components/charts/bars.ts";

export const SERIES: Record<string, string> = { women: "Women", men: "Men" };

export interface ReferralView {
  bars: Bar[];
  table: TableModel;
  largest: Share;
}

export function referralSourcesView(figures: Figure[]): ReferralView {
  const list = shares(figures, (f) => f.source.table === "Table 2");
  const bySex = list.filter((s) => s.group in SERIES);
  const all = list.filter((s) => s.group === "all parents");
  const categories = all.map((s) => s.category);
  const largest = [...all].sort((a, b) => b.count - a.count)[0];
  if (!largest) throw new Error("referralSourcesView: no Table 2 figures");
  const find = (c: string, g: string) => list.find((s) => s.category === c && s.group === g);
  return {
    largest,
    bars: categories.flatMap((c) => bySex.filter((s) => s.category === c)).map((s) => shareBars([s], (g) => SERIES[g] ?? g)[0]!),
    table: {
      caption: "Source of referral, parents in the evaluation sample",
      columns: [{ label: "Referred by" }, { label: "Women", numeric: true }, { label: "Men", numeric: true }, { label: "All parents", numeric: true }],
      rows: categories.map((c) => [c, shareCell(find(c, "women")), shareCell(find(c, "men")), shareCell(find(c, "all parents"))]),
    },
  };
}
