// Wording shared by the builders: every number in a sentence comes from the rows.
import { formatNumber, formatPercent, ofBase } from "../format.ts";
import type { ShareCell } from "./shares.ts";
import { oneDecimalPercent } from "../stats/percent.ts";

type Share = Extract<ShareCell, { kind: "share" }>;

export const isShare = (c: ShareCell): c is Share => c.kind === "share";

/** The items sharing the largest value (ties kept, so a title never picks one at random). */
export function topOf<T>(list: T[], value: (x: T) => number): T[] {
  const max = Math.max(...list.map(value));
  return list.filter((x) => value(x) === max);
}

/** The share(s) with the largest count (or percent when no count is given); ties are all returned. */
export function largest(cells: ShareCell[]): Share[] {
  return topOf(cells.filter(isShare), (s) => s.count ?? s.percent);
}

/**
 * The largest share(s) of one group, and whether that is sure: a suppressed
 * cell [c] holds at most the base less the counts shown, so the largest shown
 * is the largest only when that room is smaller than it.
 */
export function largestSure(cells: ShareCell[]): { top: Share[]; sure: boolean } {
  const shown = largest(cells);
  // A largest share of nothing says nothing: every shown cell is zero.
  const top = shown.length && (shown[0]!.count ?? shown[0]!.percent) > 0 ? shown : [];
  const hidden = cells.some((c) => c.kind === "symbol" && c.symbol === "c");
  if (!top.length || !hidden) return { top, sure: top.length > 0 };
  const shares = cells.filter(isShare);
  const base = shares[0]!.base;
  if (shares.some((s) => s.count === null)) return { top, sure: false };
  const room = base - shares.reduce((sum, s) => sum + s.count!, 0);
  return { top, sure: room < top[0]!.count! };
}

/** "25 to 29 (32%, 12 of 37)", joined with "and" for ties. */
export function describeShares(list: Share[]): string {
  return list.map((s) => `${s.label} (${formatPercent(s.percent)}${s.count === null ? "" : `, ${ofBase(s.count, s.base)}`})`).join(" and ");
}

/** How far one person moves a share on this base, in percentage points, to one decimal. */
export function onePersonStep(base: number): string {
  return formatNumber(oneDecimalPercent(1, base));
}

/** "All 6 age bands", "4 of the 7 age bands": how many of a table's cells are hidden. */
export function howManyOf(hidden: number, total: number, noun: string): string {
  return hidden === total ? `All ${formatNumber(total)} ${noun}` : `${formatNumber(hidden)} of the ${formatNumber(total)} ${noun}`;
}
