// Context on Pause from Middlesbrough's impact assessment: its contract and
// the national figures the assessment cites, each found by category so a
// missing or renamed row stops the build instead of leaving a blank.
import type { Figure } from "../contract/site.ts";
import { formatGbp, formatNumber } from "../format.ts";

function find(figures: Figure[], category: string): Figure {
  const f = figures.find((x) => x.category === category);
  if (!f) throw new Error(`pause view: no figure "${category}"`);
  return f;
}

/** "1 March 2020 to 28 February 2023", from the transcription remark that records the printed lifespan. */
export function contractDates(remark: string | null): string {
  const m = /(\d{1,2} [A-Z][a-z]+ \d{4}) to (\d{1,2} [A-Z][a-z]+ \d{4})/.exec(remark ?? "");
  if (!m) throw new Error(`pause view: no contract dates in remark "${remark}"`);
  return `${m[1]} to ${m[2]}`;
}

const oneIn = (f: Figure) => {
  if (f.base === null) throw new Error(`pause view: "${f.category}" has no base`);
  return `${formatNumber(f.value)} in ${formatNumber(f.base)}`;
};

/** "a Department for Education evaluation (2020)", from the remark "attributed to ...". */
export function attribution(remark: string | null): string {
  const m = /^attributed to (.+)$/.exec(remark ?? "");
  if (!m?.[1]) throw new Error(`pause view: no attribution in remark "${remark}"`);
  return m[1];
}

export function pauseContext(figures: Figure[]) {
  const value = find(figures, "Contract value for the contract term");
  const low = find(figures, "Average children removed per woman working with Pause (lower end of printed range)");
  const high = find(figures, "Average children removed per woman working with Pause (upper end of printed range)");
  const reduction = find(figures, "Average yearly reduction in children entering care per local authority with a Pause practice");
  return {
    contractValue: formatGbp(value.value),
    contractDates: contractDates(value.remark),
    minimumRemovals: formatNumber(find(figures, "Minimum children removed for women Pause works with").value),
    womenReturning: oneIn(find(figures, "Women returning to court after a removal (1 in N)")),
    teenagersReturning: oneIn(find(figures, "Teenage mothers returning to court after a removal (1 in N)")),
    removalsRange: `${formatNumber(low.value)} to ${formatNumber(high.value)}`,
    yearlyReduction: formatNumber(reduction.value),
    reductionSource: attribution(reduction.remark),
    sections: [...new Set(figures.map((f) => f.source.section))],
  };
}
