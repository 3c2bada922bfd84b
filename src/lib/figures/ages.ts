// Ages at referral: share of each group in each age band, as bars with the
// same numbers in a table. Works on any figure set in the figures.json
// contract: Salford's Table 1 (a sample beside the total cohort) or a
// service's bundle (women, men, all parents).
import { formatNumber } from "../format.ts";
import { isSmallBase } from "../stats/wilson.ts";
import type { FigureModel } from "./model.ts";
import type { FigureSet } from "./set.ts";
import { gapCautions, isHidden, notesOf, shareBar, shareTable, shareTableCell, type ShareTable } from "./shares.ts";
import { describeShares, howManyOf, largestSure, onePersonStep } from "./words.ts";
import { capital, listInWords } from "../words.ts";

export const AGES = "age-profiles";

export interface SeriesSpec {
  group: string;
  /** Name on each bar (e.g. "Sample"); defaults to the group's label. */
  name?: string;
  colour?: string;
}

export interface AgesOptions {
  id: string;
  series: SeriesSpec[];
  /** A group shown in the table only, after the series (a bundle's all parents, which counts those whose sex is not recorded). */
  whole?: string;
  /** Groups whose ledger notes apply too (the total cohort's shared recovery). */
  notesFrom?: string[];
  source?: string;
}

/** How a sentence names a group, in the set's own words. */
const phraseOf = (set: FigureSet) => (group: string) => set.meta.vocabulary.term("group", group).phrase;

/** Mean age of a group, where the set has one (a "statistic" category measured in years). */
export function meanAge(set: FigureSet, group: string): number | null {
  const m = set.select({ dataset: AGES, group, measure: "years" }).find((r) => set.meta.vocabulary.term(AGES, r.category, r.label).kind === "statistic");
  return m?.value ?? null;
}

/** `lead`: the group the title speaks of when there are no means to compare (a bundle's all parents). */
function title(set: FigureSet, t: ShareTable, lead?: string): string {
  const phrase = phraseOf(set);
  const [a, b] = t.groups;
  const [ma, mb] = [a, b].map((g) => (g === undefined ? null : meanAge(set, g)));
  if (a !== undefined && b !== undefined && ma != null && mb != null) {
    const who = capital(phrase(a));
    if (ma === mb) return `${who} were the same age on average as ${phrase(b)} (mean age ${formatNumber(ma)})`;
    return `${who} were ${ma > mb ? "older" : "younger"} on average than ${phrase(b)}: mean age ${formatNumber(ma)} against ${formatNumber(mb)}`;
  }
  const g = lead ?? t.groups[0]!;
  const cells = t.categories.map((c) => t.cell(c.value, g));
  const { top, sure } = largestSure(cells);
  const hidden = cells.filter(isHidden).length;
  if (top.length)
    return sure
      ? `The largest age group among ${phrase(g)} was ${describeShares(top)}`
      : `Of the age bands shown for ${phrase(g)}, the largest was ${describeShares(top)}; ${formatNumber(hidden)} more ${hidden === 1 ? "is" : "are"} suppressed and could be larger`;
  return hidden
    ? `${howManyOf(hidden, cells.length, "age bands")} for ${phrase(g)} are suppressed to protect confidentiality`
    : `Ages at referral of ${phrase(g)}`;
}

function summary(set: FigureSet, t: ShareTable): string {
  const phrase = phraseOf(set);
  return t.groups
    .map((g, i) => {
      const { top, sure } = largestSure(t.categories.map((c) => t.cell(c.value, g)));
      const n = t.base(g);
      const who = `${n === null ? "" : `${formatNumber(n)} `}${phrase(g)}`;
      if (!top.length) return `No largest age band can be shown for the ${who}.`;
      if (!sure) return `Of the bands that can be shown for the ${who}, the largest was ${describeShares(top)}.`;
      return i === 0 ? `The largest age group among the ${who} was ${describeShares(top)}.` : `Among the ${who} it was ${describeShares(top)}.`;
    })
    .join(" ");
}

export function agesFigure(set: FigureSet, o: AgesOptions): FigureModel {
  const groups = [...o.series.map((s) => s.group), ...(o.whole ? [o.whole] : [])];
  const t = shareTable(set, { dataset: AGES, group: groups });
  if (!t.categories.length) throw new Error(`agesFigure ${o.id}: the set has no age bands for ${groups.join(", ")}`);
  const cells = groups.flatMap((g) => t.categories.map((c) => t.cell(c.value, g)));
  const phrase = phraseOf(set);
  const name = (s: SeriesSpec) => s.name ?? set.meta.vocabulary.term("group", s.group).label;
  const named = o.series.length > 1;
  const recovered = (g: string) =>
    t.categories.some((c) => {
      const x = t.cell(c.value, g);
      return x.kind === "share" && x.baseRecovered;
    });
  // Only the drawn groups have interval lines; the whole is never smaller than its parts.
  const small = o.series.map((x) => x.group).filter((g) => isSmallBase(t.base(g)));
  const colors = Object.fromEntries(o.series.filter((s) => s.colour).map((s) => [name(s), s.colour!]));
  const records = cells.flatMap((c) => c.records);
  // Notes on any of the groups' figures (means included), and on the groups named in notesFrom.
  const noted = set.select({ dataset: AGES, group: [...groups, ...(o.notesFrom ?? [])] });
  return {
    id: o.id,
    title: title(set, t, o.whole),
    summary: summary(set, t),
    alt: `Horizontal bars: for each age band, the share of ${listInWords(o.series.map((s, i) => `${i ? "of " : ""}${phrase(s.group)}${named ? ` (labelled ${name(s)})` : ""}`))}, with counts.`,
    chart: {
      kind: "bars",
      rows: t.categories.flatMap((c) => o.series.map((s) => shareBar(t.cell(c.value, s.group), named ? name(s) : undefined))),
      colors,
    },
    table: {
      caption: `Age at referral: ${listInWords(groups.map(phrase))}`,
      columns: [
        { label: "Age at referral" },
        ...groups.map((g) => {
          const n = t.base(g);
          return { label: `${capital(phrase(g))}${n === null ? "" : ` (${formatNumber(n)}${recovered(g) ? ", recovered by us" : ""})`}`, numeric: true };
        }),
      ],
      rows: t.categories.map((c) => [c.label, ...groups.map((g) => shareTableCell(t.cell(c.value, g)))]),
    },
    bases: groups.flatMap((g) => {
      const n = t.base(g);
      return n === null ? [] : [{ who: phrase(g), n }];
    }),
    cautions: [
      ...small.map((g) => {
        const n = t.base(g)!;
        return `The figures for ${phrase(g)} rest on ${formatNumber(n)} people, so each share is shown with its 95% interval (the thin lines). One person more or fewer in a band moves its share by ${onePersonStep(n)} percentage points.`;
      }),
      ...gapCautions(cells),
    ],
    notes: notesOf([...records, ...noted]),
    dataset: AGES,
    source: o.source ?? "Table 1 and its chart data",
  };
}
