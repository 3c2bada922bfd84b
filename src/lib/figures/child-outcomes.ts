// Children's status when their case closed: the share in each status, each bar
// named with our grouping of it (data/vocabulary.csv), and a table that splits
// the whole group into its parts (the child expected at referral, children
// born later). The title states our published at-home sum. Any figure set in
// the figures.json contract: Salford's Table 9 or a bundle's closure statuses.
import { formatNumber, ofBase } from "../format.ts";
import { isSmallBase, SMALL_BASE } from "../stats/wilson.ts";
import { breakable } from "../table.ts";
import type { FigureModel } from "./model.ts";
import { tableOf, type FigureRecord, type FigureSet } from "./set.ts";
import { gapCautions, isHidden, notesOf, shareBar, shareTable, shareTableCell, type ShareCell } from "./shares.ts";
import type { Vocabulary } from "./terms.ts";
import { howManyOf, isShare } from "./words.ts";
import { capital, listInWords } from "../words.ts";
import { palette } from "../plot/palette.ts";

export const CHILDREN = "child-outcomes";

/** One colour per grouping of a child's status, the same on Salford's page and every service's. */
export const GROUPING_COLOURS: Record<string, string> = {
  "at-home": palette.darkBlue,
  "not-with-parents": palette.orange,
  "not-an-outcome": palette.darkGrey,
  "not-yet-born": palette.turquoise,
};

export interface ChildStatusOptions {
  id: string;
  /** The whole group (all children born) and its period. */
  whole: string;
  period?: string | null;
  /** The whole group's column heading; defaults to its label. */
  wholeName?: string;
  /** Groups the table adds beside the whole, as counts, each headed by its name or else its vocabulary label. */
  parts?: { group: string; name?: string }[];
  /** Who the whole group is, in a sentence; defaults to the group's phrase (a bundle's "all" is children here, not parents). */
  who?: string;
  /** Colour per grouping name (at-home...); the site's own (GROUPING_COLOURS) unless given. */
  colours?: Record<string, string>;
  source?: string;
}

/** Our grouping of a status ("at-home"), or null where we group it nowhere. */
export function groupingOf(v: Vocabulary, category: string): string | null {
  return v.term(CHILDREN, category).groupings[0] ?? null;
}

export interface GroupCount {
  grouping: string;
  label: string;
  phrase: string;
  count: number;
  /** The statuses in it, as labelled. */
  members: string[];
}

/**
 * The count in each of our groupings: the data step's derived sum where it
 * published one, else the one status the grouping holds. Never added up here.
 */
export function groupCounts(set: FigureSet, o: Pick<ChildStatusOptions, "whole" | "period">, cells: ShareCell[]): GroupCount[] {
  const v = set.meta.vocabulary;
  const { term, grouping } = v;
  const counts = set.select({ dataset: CHILDREN, group: o.whole, measure: "count", ...(o.period === undefined ? {} : { period: o.period }) });
  const present = new Set(cells.map((c) => groupingOf(v, c.category)));
  // In the vocabulary's order of groupings, so sentences read the same for any set.
  const names = v.terms.filter((t) => t.list === "grouping" && present.has(t.value)).map((t) => t.value);
  return names.flatMap((name) => {
    const members = cells.filter((c) => groupingOf(v, c.category) === name);
    const derived = counts.find((r) => {
      const t = term(CHILDREN, r.category, r.label);
      return t.kind === "derived" && t.groupings.includes(name);
    });
    // A grouping of one status (not yet born) is that status's count; only when the vocabulary gives it one member.
    const scope = term(CHILDREN, members[0]?.category ?? "").scope;
    const single = members.length === 1 && grouping(CHILDREN, name, scope).length === 1 && isShare(members[0]!) ? members[0].count : null;
    const count = derived?.value ?? single;
    if (count === null || count === undefined) return [];
    const g = term("grouping", name);
    return [{ grouping: name, label: g.label, phrase: g.phrase, count, members: members.map((m) => m.label) }];
  });
}

/** What each status means, in plain words, for the page's list of meanings. */
export function statusMeanings(set: FigureSet, cells: ShareCell[]): { status: string; text: string }[] {
  return cells.map((c) => ({ status: c.label, text: set.meta.vocabulary.term(CHILDREN, c.category).meaning ?? c.label }));
}

/** One caution for small numbers: parts too small to compare, and statuses holding few children. */
function smallCaution(set: FigureSet, o: ChildStatusOptions, cells: ShareCell[]): string {
  const { term } = set.meta.vocabulary;
  const n = (x: number) => formatNumber(x);
  const few = (o.parts ?? []).flatMap((p) => {
    const size = set.select({ dataset: CHILDREN, group: p.group, measure: "count" }).find((r) => term(CHILDREN, r.category, r.label).kind === "total")?.value;
    return size != null && isSmallBase(size)
      ? [`Only ${n(size)} of the ${o.who ?? term("group", o.whole).phrase} were ${term("group", p.group).phrase}, too few to compare with the rest.`]
      : [];
  });
  const smallCells = cells.filter((c) => isShare(c) && c.count !== null && isSmallBase(c.count)).length;
  const most = smallCells * 2 > cells.length ? [`Most statuses hold fewer than ${n(SMALL_BASE)} children.`] : [];
  return [...few, ...most].join(" ");
}

/** Where statuses or the total are suppressed, how many, so the reader knows what is missing. */
function hiddenSummary(cells: ShareCell[], total: number | null | undefined, who: string): string {
  const hidden = cells.filter(isHidden).length;
  if (!hidden && total != null) return "";
  const parts = [
    hidden ? `${howManyOf(hidden, cells.length, "statuses")} are suppressed to protect confidentiality` : "",
    total == null ? `the number of ${who} is suppressed too, so no share can be given` : "",
  ];
  return `${capital(parts.filter(Boolean).join("; "))}.`;
}

export function childStatusFigure(set: FigureSet, o: ChildStatusOptions): FigureModel {
  const v = set.meta.vocabulary;
  const { term } = v;
  const selector = { dataset: CHILDREN, group: [o.whole], ...(o.period === undefined ? {} : { period: o.period }) };
  const t = shareTable(set, selector);
  const cells = t.categories.map((c) => t.cell(c.value, o.whole));
  if (!cells.length) throw new Error(`childStatusFigure ${o.id}: no statuses for ${o.whole}`);
  const total = set.select({ ...selector, measure: "count" }).find((r) => term(CHILDREN, r.category, r.label).kind === "total")?.value ?? t.base(o.whole);
  const groups = groupCounts(set, o, cells);
  const atHome = groups.find((g) => g.grouping === "at-home");
  const who = o.who ?? term("group", o.whole).phrase;
  const n = (x: number) => formatNumber(x);
  const partCell = (group: string, category: string) => {
    const r = set.select({ ...selector, group, category, measure: "count" })[0];
    if (!r) return "[x]";
    if (r.value === null) return `[${r.symbol ?? "x"}]`;
    // A part with no children in it has no share: [z], not "0 of 0".
    return r.base === 0 ? "[z]" : r.base === null ? n(r.value) : ofBase(r.value, r.base);
  };
  const series = (c: ShareCell) => term("grouping", groupingOf(v, c.category) ?? "").label;
  // A grouping's own record (derived), or the one status it holds (not yet born).
  const categoryOf = (name: string) =>
    set
      .select({ ...selector, group: o.whole, measure: "count" })
      .find((r) => term(CHILDREN, r.category, r.label).kind === "derived" && term(CHILDREN, r.category, r.label).groupings.includes(name))?.category ??
    cells.find((c) => groupingOf(v, c.category) === name)?.category ??
    name;
  const byGrouping = (o.parts ?? []).some((p) =>
    cells.some((c) => !set.select({ ...selector, group: p.group, category: c.category, measure: "count" }).length),
  );
  const records: FigureRecord[] = [...set.select({ ...selector, measure: "count" }), ...cells.flatMap((c) => c.records)];
  return {
    id: o.id,
    title:
      total === 0
        ? `No ${who} had a case that had closed, so there is no status at closure to show`
        : atHome && total != null
          ? `When their cases closed, ${n(atHome.count)} of the ${n(total)} ${who} ${atHome.phrase}`
          : `The status of ${who} when their cases closed`,
    summary: [
      total != null && total > 0 && groups.length
        ? `Of the ${n(total)} ${who}, ${listInWords(groups.map((g) => `${n(g.count)} ${g.count === 1 ? g.phrase.replace(/^were /, "was ") : g.phrase} (${listInWords(g.members)})`))}.`
        : "",
      groups.length ? "The grouping is this site's reading of the statuses, which record a child's status, not where the child lived." : "",
      hiddenSummary(cells, total, who),
    ]
      .filter(Boolean)
      .join(" "),
    alt: `Horizontal bars: for each final known status, the share of the ${total == null ? "" : `${n(total)} `}${who}, with counts${groups.length ? `, and in words which of this site's groupings the status falls in (${listInWords(groups.map((g) => g.label.toLowerCase()))})` : ""}.`,
    chart: {
      kind: "bars",
      rows: cells.map((c) => ({ ...shareBar(c), ...(groupingOf(v, c.category) ? { series: series(c) } : {}) })),
      colors: Object.fromEntries(Object.entries(o.colours ?? GROUPING_COLOURS).map(([name, colour]) => [term("grouping", name).label, colour])),
    },
    table: {
      caption: `Final known status of ${who}, after case closure${o.parts?.length ? `, split into ${listInWords(o.parts.map((p) => term("group", p.group).phrase))}` : ""}`,
      columns: [
        { label: "Status" },
        ...(o.parts ?? []).map((p) => ({ label: p.name ?? term("group", p.group).label, numeric: true })),
        { label: o.wholeName ?? term("group", o.whole).label, numeric: true },
      ],
      rows: [
        ...cells.map((c) => [breakable(c.label), ...(o.parts ?? []).map((p) => partCell(p.group, c.category)), shareTableCell(c)]),
        // A bundle gives its parts by our grouping only (src/lib/tracker/model-children.ts): those rows follow.
        ...(byGrouping
          ? groups.map((g) => {
              const category = categoryOf(g.grouping);
              return [`${g.label} (our grouping)`, ...(o.parts ?? []).map((p) => partCell(p.group, category)), partCell(o.whole, category)];
            })
          : []),
      ],
    },
    bases: total == null ? [] : [{ who, n: total }],
    cautions: [smallCaution(set, o, cells), ...gapCautions(cells)].filter((c) => c !== ""),
    notes: notesOf(records),
    dataset: CHILDREN,
    source: o.source ?? tableOf(cells[0]!.records[0]!),
  };
}
