// Shares: a count and its printed (or published) percentage for one category
// and group, or the GSS symbol that stands in when a figure is suppressed [c]
// or not available [x]. Percentages are the figures' own, never recomputed
// here; the 95% Wilson interval comes from the count and base.
import { group as groupBy } from "d3-array";
import { formatInterval, formatNumber, formatPercent, ofBase } from "../format.ts";
import { isSmallBase, wilson } from "../stats/wilson.ts";
import type { Bar } from "./rows.ts";
import { labelOf, type FigureRecord, type FigureSet, type Selector } from "./set.ts";
import type { GssSymbol } from "../contract/site.ts";

export type ShareCell =
  | {
      kind: "share";
      category: string;
      label: string;
      group: string;
      count: number | null;
      base: number;
      percent: number;
      baseRecovered: boolean;
      records: FigureRecord[];
    }
  | { kind: "symbol"; category: string; label: string; group: string; symbol: GssSymbol; base: number | null; records: FigureRecord[] };

/** A share with its count (every printed share in the evaluation has one). */
export type Counted = Extract<ShareCell, { kind: "share" }> & { count: number };
export const isCounted = (c: ShareCell): c is Counted => c.kind === "share" && c.count !== null;

/** Every share with a count in a table, category by category, each in its groups' order. */
export const countedShares = (t: ShareTable): Counted[] => t.categories.flatMap((c) => t.groups.map((g) => t.cell(c.value, g))).filter(isCounted);

export interface ShareTable {
  /** Categories in the order the figures give them (parts only: no totals, combined bands or means). */
  categories: { value: string; label: string }[];
  groups: string[];
  cell(category: string, group: string): ShareCell;
  /** The base of each group (the first share's; builders check they agree). */
  base(group: string): number | null;
}

const key = (r: FigureRecord) => `${r.group}|${r.topic ?? ""}|${r.period ?? ""}|${r.category}`;
const first = (r: FigureRecord) => r.variant === null || r.variant === undefined;

/**
 * Pairs counts with percentages for the given groups. Categories are the
 * dataset's parts (data/vocabulary.csv kind "part") found in the selection; a
 * category one group lacks is [x] for it.
 */
export function shareTable(set: FigureSet, selector: Selector & { group: readonly string[] }): ShareTable {
  const { term } = set.meta.vocabulary;
  const records = set.select({ ...selector, measure: ["count", "percent"] }).filter(first);
  const parts = records.filter((r) => term(selector.dataset, r.category, r.label).kind === "part");
  const byKey = groupBy(parts, key, (r) => r.measure);
  const found = [...new Map(parts.map((r) => [r.category, { value: r.category, label: term(selector.dataset, r.category, labelOf(r)).label }])).values()];
  // A bundle's records come sorted by id ("decile-10" before "decile-2"); the
  // tracker standard's codes read in the vocabulary's order instead.
  const line = (c: { value: string }) => term(selector.dataset, c.value);
  const standard = found.length > 0 && found.every((c) => line(c).scope === "standard" && line(c).line > 0);
  const categories = standard ? [...found].sort((a, b) => line(a).line - line(b).line) : found;
  const cells = new Map<string, ShareCell>();
  for (const g of selector.group) {
    for (const c of categories) {
      const list = parts.filter((r) => r.group === g && r.category === c.value);
      const at = list[0] ? byKey.get(key(list[0])) : undefined;
      const count = at?.get("count")?.[0];
      const percent = at?.get("percent")?.[0];
      cells.set(`${c.value}|${g}`, shareCell(c, g, count, percent));
    }
  }
  const cell = (category: string, group: string) => cells.get(`${category}|${group}`)!;
  const base = (group: string) => categories.map((c) => cell(c.value, group).base).find((b) => b !== null) ?? null;
  return { categories, groups: [...selector.group], cell, base };
}

function shareCell(c: { value: string; label: string }, group: string, count?: FigureRecord, percent?: FigureRecord): ShareCell {
  const records = [percent, count].filter((r): r is FigureRecord => r !== undefined);
  const base = percent?.base ?? count?.base ?? null;
  const hidden = records.find((r) => r.value === null);
  if (hidden) return { kind: "symbol", category: c.value, label: c.label, group, symbol: hidden.symbol ?? "x", base, records };
  if (!percent || base === null) return { kind: "symbol", category: c.value, label: c.label, group, symbol: "x", base, records };
  // A printed percent whose base was filled in by the data step (not printed) says so in its derivation.
  const baseRecovered = !percent.derived && !!percent.derivation;
  return { kind: "share", category: c.value, label: c.label, group, count: count?.value ?? null, base, percent: percent.value!, baseRecovered, records };
}

export const SYMBOL_WORDS: Record<GssSymbol, string> = { c: "suppressed", x: "not available", z: "not applicable" };

/** A share whose base is 0, in words. */
export const NO_BASE = "[z] no one to count";

/** Cells whose base is 0: a share of nobody, drawn as nothing and said in words. */
export const hasNoBase = (s: ShareCell): boolean => s.base === 0;

/** "51% (19 of 37)", "51% of 37" without a count, "[c] suppressed". */
export function shareText(s: ShareCell): string {
  if (s.kind === "symbol") {
    // A share of nobody is not a share: say so rather than "0" or "0 of 0".
    if (s.symbol === "z" && s.base === 0) return NO_BASE;
    // A published count whose share cannot be given (its base is suppressed): say the count. A zero is simply none.
    const count = publishedCount(s);
    if (count === 0) return "0";
    if (count !== null) return `${formatNumber(count)} (share [${s.symbol}])`;
    return `[${s.symbol}] ${SYMBOL_WORDS[s.symbol]}`;
  }
  return s.count === null ? `${formatPercent(s.percent)} of ${s.base}` : `${formatPercent(s.percent)} (${ofBase(s.count, s.base)})`;
}

/** Table cell: the share, with its 95% interval when the base is small; "[c]" or "[x]" alone for a gap. */
export function shareTableCell(s: ShareCell): string {
  if (s.kind === "symbol") {
    // A count can be shown while its share is not (its base is suppressed): show what is published.
    const count = publishedCount(s);
    return count === null ? `[${s.symbol}]` : shareText(s);
  }
  return isSmallBase(s.base) && s.count !== null ? `${shareText(s)}; 95% interval ${formatInterval(s.count, s.base)}` : shareText(s);
}

/** A gap whose count is itself suppressed (not a zero, nor a count shown without its share). */
export const isHidden = (s: ShareCell): boolean => s.kind === "symbol" && s.symbol === "c" && publishedCount(s) === null;

/** A cell that says no one: a zero share, or a published zero whose share is not given. */
export const isZero = (s: ShareCell): boolean => (s.kind === "share" ? s.count === 0 : publishedCount(s) === 0);

/** The count of a gap whose count is published though its share is not; null otherwise. */
export function publishedCount(s: ShareCell): number | null {
  return s.records.find((r) => r.measure === "count" && r.value !== null)?.value ?? null;
}

/** A bar: the share, an interval on a small base, or a labelled gap (never a zero bar). */
export function shareBar(s: ShareCell, series?: string): Bar {
  const named = series === undefined ? {} : { series };
  if (s.kind === "symbol") return { category: s.label, ...named, value: null, label: shareText(s), symbol: s.symbol };
  const interval = isSmallBase(s.base) && s.count !== null ? wilson(s.count, s.base) : null;
  return {
    category: s.label,
    ...named,
    value: s.percent,
    label: shareText(s),
    ...(interval ? { interval: [interval.lower * 100, interval.upper * 100] as [number, number] } : {}),
  };
}

/** Ledger entry ids on any of the records, sorted. */
export function notesOf(records: readonly FigureRecord[]): string[] {
  return [...new Set(records.flatMap((r) => r.notes ?? []))].sort();
}

/** Cautions every share chart carries when it has gaps. */
export function gapCautions(cells: ShareCell[]): string[] {
  const symbols = new Set(cells.flatMap((c) => (c.kind === "symbol" ? [c.symbol] : [])));
  const out: string[] = [];
  if (symbols.has("c")) out.push("Some figures are suppressed to protect confidentiality: they are marked [c] and shown as gaps, not as zero.");
  if (symbols.has("x")) out.push("Some figures are not available: they are marked [x] and shown as gaps, not as zero.");
  if (cells.some(hasNoBase)) out.push("Where no one is in the base, there is no share to give: it is marked [z] and not drawn.");
  return out;
}
