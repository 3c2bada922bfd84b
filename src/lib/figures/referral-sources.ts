// Who referred parents: the share each source referred, bars per series
// (women and men) and a table that adds the whole group. Any figure set in
// the figures.json contract: Salford's Table 2 or a service's bundle.
import { formatNumber, formatPercent, ofBase } from "../format.ts";
import { isSmallBase } from "../stats/wilson.ts";
import type { FigureModel } from "./model.ts";
import { tableOf, type FigureSet } from "./set.ts";
import { gapCautions, isHidden, isZero, notesOf, shareBar, shareTable, shareTableCell, type ShareCell } from "./shares.ts";
import { howManyOf, largest, largestSure } from "./words.ts";
import { capital, listInWords } from "../words.ts";
import type { SeriesSpec } from "./ages.ts";

export const REFERRALS = "referral-sources";

export interface ReferralOptions {
  id: string;
  /** Groups drawn as bars (e.g. women and men). */
  series: SeriesSpec[];
  /** The whole group: the title's figure and the table's last column. */
  whole: string;
  source?: string;
}

function noneShown(whole: ShareCell[], said: (category: string) => string): string {
  const zeros = whole.filter(isZero).map((c) => said(c.category));
  const hidden = whole.filter(isHidden).length;
  return [
    zeros.length ? `No parents were referred by ${listInWords(zeros).replace(/ and ([^,]+)$/, " or $1")}.` : "",
    `${capital(howManyOf(hidden, whole.length, "sources"))} ${hidden === 1 ? "is" : "are"} suppressed ([c]) so that no parent can be identified.`,
  ]
    .filter(Boolean)
    .join(" ");
}

export function referralSourcesFigure(set: FigureSet, o: ReferralOptions): FigureModel {
  const { term } = set.meta.vocabulary;
  const phrase = (group: string) => term("group", group).phrase;
  const said = (category: string) => term(REFERRALS, category).phrase;
  const groups = [...o.series.map((s) => s.group), o.whole];
  const t = shareTable(set, { dataset: REFERRALS, group: groups });
  const whole = t.categories.map((c) => t.cell(c.value, o.whole));
  const { top, sure } = largestSure(whole);
  const hidden = whole.filter(isHidden).length;
  const first = top[0];
  const next = first && top.length === 1 && sure ? largest(whole.filter((c) => c.category !== first.category)) : [];
  // Is the largest source the same for every series? Computed, so the sentence can only say what holds.
  const sameForAll =
    !!first &&
    top.length === 1 &&
    o.series.every((s) => {
      const r = largestSure(t.categories.map((c) => t.cell(c.value, s.group)));
      return r.sure && r.top.some((x) => x.category === first.category);
    });
  const seriesWho = listInWords(o.series.map((s) => term("group", s.group).label.toLowerCase()));
  const cells = groups.flatMap((g) => t.categories.map((c) => t.cell(c.value, g)));
  const small = o.series.map((s) => s.group).filter((g) => isSmallBase(t.base(g)));
  const name = (s: SeriesSpec) => s.name ?? term("group", s.group).label;
  return {
    id: o.id,
    title: !first
      ? `${howManyOf(hidden, whole.length, "sources of referral")} are suppressed to protect confidentiality, so the largest cannot be shown`
      : `${listInWords(top.map((x) => x.label))} ${top.length > 1 ? "each " : ""}referred ${formatPercent(first.percent)} of parents, ${sure ? "more than any other source" : "the most of the sources that can be shown"}`,
    summary: [
      !first
        ? ""
        : `${capital(listInWords(top.map((x) => said(x.category))))} referred ${first.count === null ? "" : `${ofBase(first.count, first.base)} `}parents${top.length > 1 ? " each" : ""} (${formatPercent(first.percent)})${sameForAll ? `, the largest source for ${seriesWho} alike` : ""}.`,
      hidden && first
        ? `${formatNumber(hidden)} of ${formatNumber(whole.length)} sources are suppressed, so ${sure ? "the order of the others is not known" : "one of them could be as large"}.`
        : "",
      // Nothing else to say when no share above zero is shown: which sources referred nobody, and that the rest are hidden.
      !first ? noneShown(whole, said) : "",
      next.length
        ? `${listInWords(next.map((n) => capital(said(n.category))))} ${next.length > 1 ? "were" : "was"} the next largest source (${next[0]!.count === null ? "" : `${ofBase(next[0]!.count, next[0]!.base)} parents${next.length > 1 ? " each" : ""}, `}${formatPercent(next[0]!.percent)}).`
        : "",
    ]
      .filter(Boolean)
      .join(" "),
    alt: `Horizontal bars: for each source of referral, the share of ${listInWords(o.series.map((s, i) => `${i ? "of " : ""}${phrase(s.group)}`))} referred by it, with counts.`,
    chart: {
      kind: "bars",
      rows: t.categories.flatMap((c) => o.series.map((s) => shareBar(t.cell(c.value, s.group), name(s)))),
      colors: Object.fromEntries(o.series.filter((s) => s.colour).map((s) => [name(s), s.colour!])),
    },
    table: {
      caption: `Source of referral, ${phrase(o.whole)}`,
      columns: [{ label: "Referred by" }, ...groups.map((g) => ({ label: term("group", g).label, numeric: true }))],
      rows: t.categories.map((c) => [c.label, ...groups.map((g) => shareTableCell(t.cell(c.value, g)))]),
    },
    bases: groups.flatMap((g) => {
      const n = t.base(g);
      return n === null ? [] : [{ who: phrase(g), n }];
    }),
    cautions: [
      ...small.map(
        (g) =>
          `The figures for ${phrase(g)} rest on ${formatNumber(t.base(g)!)} parents, so their shares are shown with 95% intervals (the thin lines) and could easily differ in another group of parents.`,
      ),
      ...gapCautions(cells),
    ],
    notes: notesOf(set.select({ dataset: REFERRALS })),
    dataset: REFERRALS,
    source: o.source ?? tableOf(whole.find((c) => c.records.length)!.records[0]!),
  };
}
