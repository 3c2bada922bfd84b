// What disclosure control did, in the words the analyst reads after an import:
// in the terminal (scripts/tracker.ts, npm run examples) and on /publish/. Never
// written into a bundle (how many counts moved a little says something of hidden values).
import type { DisclosureResult } from "../disclosure/index.ts";

/** One sentence each: the small counts, the further counts and why, whether the pattern is proven the least. */
export function suppressionSentences(d: DisclosureResult, k: number): string[] {
  const { primary, secondary, forcedByChange = 0 } = d.counts;
  const opt = d.optimality;
  const were = (n: number) => (n === 1 ? "count was" : "counts were");
  const more = forcedByChange
    ? `and ${secondary} more: ${forcedByChange} because ${forcedByChange === 1 ? "it has" : "they have"} changed by 1 to ${k - 1} since an earlier release printed ${forcedByChange === 1 ? "it" : "them"}${forcedByChange < secondary ? ", the rest so that none of them can be worked out from the totals or from earlier releases" : ""}.`
    : `and ${secondary} more so that none of them can be worked out from the totals.`;
  return [
    `${primary} ${were(primary)} hidden because ${primary === 1 ? "it was" : "they were"} between 1 and ${k - 1}, ${more}`,
    opt?.proven
      ? `The choice of extra counts to hide is proven the best possible: no other choice hides less.`
      : `The choice of extra counts to hide is not proven the best possible (it could be up to ${((opt?.gap ?? 1) * 100).toFixed(1)}% better), but it is safe.`,
  ];
}
