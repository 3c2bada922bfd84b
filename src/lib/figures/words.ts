// Wording shared by the builders: every number in a sentence comes from the rows.
import { formatNumber, formatPercent, ofBase } from "../format.ts";
import type { ShareCell } from "./shares.ts";

export { capital, listInWords } from "../views/words.ts";

type Share = Extract<ShareCell, { kind: "share" }>;

export const isShare = (c: ShareCell): c is Share => c.kind === "share";

/** The share(s) with the largest count (or percent when no count is given); ties are all returned. */
export function largest(cells: ShareCell[]): Share[] {
  const shares = cells.filter(isShare);
  const size = (s: Share) => s.count ?? s.percent;
  const top = Math.max(...shares.map(size));
  return shares.filter((s) => size(s) === top);
}

/** "25 to 29 (32%, 12 of 37)", joined with "and" for ties. */
export function describeShares(list: Share[]): string {
  return list.map((s) => `${s.label} (${formatPercent(s.percent)}${s.count === null ? "" : `, ${ofBase(s.count, s.base)}`})`).join(" and ");
}

/** How far one person moves a share on this base, in percentage points, to one decimal. */
export function onePersonStep(base: number): string {
  return formatNumber(Math.round(1000 / base) / 10);
}
