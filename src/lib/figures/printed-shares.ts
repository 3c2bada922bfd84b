// Pairs a dataset's printed percentages with their counts, for the code that
// still reads a dataset's published figures (Figure[]) rather than a figure set:
// /needs/'s shares and the notes page's example. Percentages are the
// report's, never recomputed. The words, bars and table cells are those of
// shares.ts, so a share reads the same wherever it is drawn.
import type { Figure } from "../schema.ts";
import type { Bar } from "./rows.ts";
import { shareBar, shareTableCell, shareText, type ShareCell } from "./shares.ts";

export interface Share {
  category: string;
  group: string;
  count: number;
  base: number;
  percent: number;
  figureIds: string[];
}

/** Pairs each printed percent with its count (same topic, category, group, period, variant). */
export function shares(figures: Figure[], where: (f: Figure) => boolean = () => true): Share[] {
  const counts = new Map(
    figures.filter((f) => f.measure === "count" && where(f)).map((f) => [`${f.topic}|${f.category}|${f.group}|${f.period}|${f.variant}`, f]),
  );
  return figures
    .filter((f) => f.measure === "percent" && where(f))
    .flatMap((p) => {
      const c = counts.get(`${p.topic}|${p.category}|${p.group}|${p.period}|${p.variant}`);
      const base = p.base ?? c?.base ?? null;
      if (!c || base === null) return [];
      return [{ category: p.category, group: p.group, count: c.value, base, percent: p.value, figureIds: [p.id, c.id] }];
    });
}

/** The share as a cell of shares.ts, labelled with its printed category. */
const asCell = (s: Share): ShareCell => ({
  kind: "share",
  category: s.category,
  label: s.category,
  group: s.group,
  count: s.count,
  base: s.base,
  percent: s.percent,
  baseRecovered: false,
  records: [],
});

/** "51% (19 of 37)" */
export const shareLabel = (s: Share) => shareText(asCell(s));

/** Bars with the printed percent; small bases get a Wilson interval drawn. */
export function shareBars(list: Share[], seriesName?: (group: string) => string): Bar[] {
  return list.map((s) => shareBar(asCell(s), seriesName?.(s.group)));
}

/** Table cell for a share: printed percent, n, and interval when the base is small. */
export function shareCell(s: Share | undefined): string {
  return s ? shareTableCell(asCell(s)) : "–";
}
