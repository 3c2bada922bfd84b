// Deprivation: the share of people in each band of area deprivation, and the
// share in our grouping of the most deprived bands. Any figure set in the
// figures.json contract: Salford's six chart bands (counts recovered from
// fractions, shares derived by the data step) or a bundle's ten deciles.
import { formatNumber, formatPercent, ofBase } from "../format.ts";
import type { FigureModel } from "./model.ts";
import { tableOf, type FigureSet } from "./set.ts";
import { gapCautions, isHidden, notesOf, shareBar, shareTable, shareTableCell, shareText, type ShareCell } from "./shares.ts";
import { howManyOf, isShare } from "./words.ts";
import { capital, listInWords } from "../words.ts";

export const DEPRIVATION = "deprivation";

export interface DeprivationOptions {
  id: string;
  group: string;
  source?: string;
}

/** Our groupings of the most deprived bands, as published shares (kind "derived" in data/vocabulary.csv). */
export function groupedShares(set: FigureSet, group: string): { label: string; phrase: string; cell: ShareCell }[] {
  const { term } = set.meta.vocabulary;
  const percents = set.select({ dataset: DEPRIVATION, group, measure: "percent" }).filter((r) => term(DEPRIVATION, r.category, r.label).kind === "derived");
  return percents.map((p) => {
    const count = set.select({ dataset: DEPRIVATION, group, measure: "count", category: p.category })[0];
    const t = term(DEPRIVATION, p.category, p.label);
    const cell: ShareCell =
      p.value === null || p.base === null
        ? { kind: "symbol", category: p.category, label: t.label, group, symbol: p.symbol ?? "x", base: p.base, records: [p] }
        : {
            kind: "share",
            category: p.category,
            label: t.label,
            group,
            count: count?.value ?? null,
            base: p.base,
            percent: p.value,
            baseRecovered: false,
            records: count ? [p, count] : [p],
          };
    return { label: t.label, phrase: t.phrase, cell };
  });
}

/** How many bands are suppressed, out of how many, and of how many people. */
function hiddenBands(bands: ShareCell[], base: number | null, who: string): string {
  const hidden = bands.filter(isHidden).length;
  if (!hidden) return "";
  return `${capital(howManyOf(hidden, bands.length, "bands"))} ${hidden === 1 ? "is" : "are"} suppressed to protect confidentiality${base === null ? "" : `, out of ${formatNumber(base)} ${who} with a recorded area`}.`;
}

export function deprivationFigure(set: FigureSet, o: DeprivationOptions): FigureModel {
  const { term } = set.meta.vocabulary;
  const t = shareTable(set, { dataset: DEPRIVATION, group: [o.group] });
  const bands = t.categories.map((c) => t.cell(c.value, o.group));
  if (!bands.length) throw new Error(`deprivationFigure ${o.id}: the set has no deprivation bands for ${o.group}`);
  const grouped = groupedShares(set, o.group);
  const headline = grouped.find((g) => isShare(g.cell));
  const who = term("group", o.group).phrase;
  const base = t.base(o.group);
  // Counts recovered by the data step from chart fractions, not printed: the caution says so.
  const recovered = bands.some((b) => b.records.some((r) => r.measure === "count" && r.derived));
  const last = bands.at(-1)!;
  const lastPhrase = term(DEPRIVATION, last.category).phrase;
  const first = headline && isShare(headline.cell) ? headline.cell : undefined;
  // The bands our sum adds up: the vocabulary's members of the grouping the derived figure names.
  const names = first ? term(DEPRIVATION, first.category).groupings : [];
  const members = bands.filter((b) => term(DEPRIVATION, b.category).groupings.some((g) => names.includes(g))).map((b) => b.category);
  return {
    id: o.id,
    title: first
      ? `${formatPercent(first.percent)} of ${who}${first.count === null ? "" : ` (${ofBase(first.count, first.base)})`} lived in ${headline!.phrase}`
      : `How deprived the areas are where ${who} lived`,
    summary: [
      first && members.length > 1
        ? `This is our sum of the ${formatNumber(members.length)} most deprived bands (${listInWords(members)})${recovered ? ", using counts we recovered from the report's chart" : ""}.`
        : "",
      isShare(last) ? `${shareText(last)} lived ${/^(outside|in) /.test(lastPhrase) ? "" : "in "}${lastPhrase}.` : "",
      hiddenBands(bands, base, who),
    ]
      .filter(Boolean)
      .join(" "),
    alt: `Horizontal bars: the share of ${who} living in each band of area deprivation, from ${term(DEPRIVATION, bands[0]!.category).phrase} in England to ${lastPhrase.replace(/^outside/, "those outside")}, with counts.`,
    chart: { kind: "bars", rows: bands.map((b) => shareBar(b)) },
    table: {
      caption: `${capital(who)} by how deprived their area is (${base === null ? "" : `${formatNumber(base)} ${who}`}${recovered ? "; counts recovered from the report's chart, percentages ours" : ""})`,
      columns: [{ label: "Band" }, { label: "Which areas" }, { label: capital(who), numeric: true }],
      rows: [
        ...bands.map((b) => [b.label, capital(term(DEPRIVATION, b.category).phrase), shareTableCell(b)]),
        ...grouped.map((g) => [g.label, capital(g.phrase), shareTableCell(g.cell)]),
      ],
    },
    bases: base === null ? [] : [{ who, n: base }],
    cautions: [
      ...(recovered && base !== null
        ? [
            `The report prints this chart only as fractions. The counts are ours: ${formatNumber(base)} is the smallest number of ${who} for which every fraction is a whole number of people. The percentages are ours too, rounded from those counts.`,
          ]
        : []),
      ...gapCautions(bands),
    ],
    notes: notesOf([...bands, ...grouped.map((g) => g.cell)].flatMap((c) => c.records)),
    dataset: DEPRIVATION,
    source: o.source ?? tableOf(bands[0]!.records[0] ?? { source: "" }),
  };
}
