// Turns count and percent figures into bars and table rows: the shared shape of
// "x% (n of base)" charts. Percentages are the report's, never recomputed;
// the interval comes from the count and base.
import type { Figure } from "../schema.ts";
import type { Bar } from "./rows.ts";
import { formatInterval, formatPercent, ofBase } from "../format.ts";
import { isSmallBase, wilson } from "../stats/wilson.ts";

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

/** "51% (19 of 37)" */
export const shareLabel = (s: Share) => `${formatPercent(s.percent)} (${ofBase(s.count, s.base)})`;

/** Bars with the printed percent; small bases get a Wilson interval drawn. */
export function shareBars(list: Share[], seriesName?: (group: string) => string): Bar[] {
  return list.map((s) => {
    const { lower, upper } = wilson(s.count, s.base);
    return {
      category: s.category,
      ...(seriesName ? { series: seriesName(s.group) } : {}),
      value: s.percent,
      label: shareLabel(s),
      ...(isSmallBase(s.base) ? { interval: [lower * 100, upper * 100] as [number, number] } : {}),
    };
  });
}

/** Table cell for a share: printed percent, n, and interval when the base is small. */
export function shareCell(s: Share | undefined): string {
  if (!s) return "–";
  return isSmallBase(s.base) ? `${shareLabel(s)}; 95% interval ${formatInterval(s.count, s.base)}` : shareLabel(s);
}

/** Ledger entry ids on any of the figures. */
export function notesOf(figures: Figure[]): string[] {
  return [...new Set(figures.flatMap((f) => f.notes))].sort();
}
