// Circumstances before and after: for each topic (alcohol, housing...), the
// share of a group with each status at two times, as paired bars and a table.
// Each time has its own base (the people with information then), so the two
// shares are not the same people. Any figure set in the figures.json contract:
// Salford's Table 6 or a bundle's wellbeing figures.
import { formatNumber } from "../format.ts";
import { isSmallBase, SMALL_BASE, wilson } from "../stats/wilson.ts";
import type { FigureModel } from "./model.ts";
import type { Bar } from "./rows.ts";
import { tableOf, type FigureSet } from "./set.ts";
import { gapCautions, isZero, notesOf, shareBar, shareTable, shareTableCell, shareText, type ShareCell } from "./shares.ts";
import type { Vocabulary } from "./terms.ts";
import { isShare } from "./words.ts";
import { capital, listInWords } from "../words.ts";

/** A change smaller than this many percentage points is called "about the same". */
export const SAME_WITHIN = 5;

export type Direction = "lower" | "about the same" | "higher";

export function direction(beforePct: number, afterPct: number): Direction {
  const d = afterPct - beforePct;
  return Math.abs(d) < SAME_WITHIN ? "about the same" : d < 0 ? "lower" : "higher";
}

export interface Moment {
  /** The period as the set names it ("at referral"). */
  period: string;
  /** How a bar and a column name it ("At referral"). */
  name: string;
}

export interface BeforeAfterOptions {
  id: string;
  dataset: string;
  group: string;
  topics: string[];
  before: Moment;
  after: Moment;
  /** Only these categories (e.g. ["yes"] for yes-or-no topics, whose "no" is the rest); default every part. */
  categories?: string[];
  source?: string;
}

export interface Change {
  topic: string;
  category: string;
  label: string;
  before: ShareCell;
  after: ShareCell;
  /** After minus before, in percentage points, where both are shares. */
  points: number | null;
}

/** Every status of every topic with its share at both times; a status missing at one time is [x] there. */
export function changes(set: FigureSet, o: BeforeAfterOptions): Change[] {
  return o.topics.flatMap((topic) => {
    const at = (m: Moment) => shareTable(set, { dataset: o.dataset, group: [o.group], topic, period: m.period });
    const [b, a] = [at(o.before), at(o.after)];
    const categories = [...new Map([...b.categories, ...a.categories].map((c) => [c.value, c.label])).entries()];
    const kept = o.categories ? categories.filter(([c]) => o.categories!.includes(c)) : categories;
    return kept.map(([category, label]) => {
      const cell = (t: ReturnType<typeof at>): ShareCell =>
        t.categories.some((c) => c.value === category)
          ? t.cell(category, o.group)
          : { kind: "symbol", category, label, group: o.group, symbol: "x", base: null, records: [] };
      const [before, after] = [cell(b), cell(a)];
      const points = isShare(before) && isShare(after) ? after.percent - before.percent : null;
      return { topic, category, label, before, after, points };
    });
  });
}

/** Do the two shares' 95% Wilson intervals overlap? (Both are shares with counts, or there is nothing to compare.) */
function overlap(c: Change): boolean {
  if (!isShare(c.before) || !isShare(c.after) || c.before.count === null || c.after.count === null) return true;
  const [b, a] = [wilson(c.before.count, c.before.base), wilson(c.after.count, c.after.base)];
  return b.lower <= a.upper && a.lower <= b.upper;
}

const topicsInWords = (v: Vocabulary, topics: string[]) => listInWords(topics.map((t) => v.term("topic", t).phrase));

/** Nobody had a record at this time: every base is 0. */
const nobodyAt = (list: Change[], m: "before" | "after") => list.every((c) => c[m].base === 0);

/** "a record of housing", "a record of partner abuse, alcohol use recorded as a concern or ...". */
function recordOf(v: Vocabulary, topics: string[]): string {
  const names = topics.map((t) => v.term("topic", t).label.toLowerCase());
  return `a record of ${listInWords(names, "or")}`;
}

function title(list: Change[], o: BeforeAfterOptions, v: Vocabulary): string {
  const who = v.term("group", o.group).phrase;
  const [before, after] = [o.before.name.toLowerCase(), o.after.name.toLowerCase()];
  const topics = topicsInWords(v, o.topics);
  if (nobodyAt(list, "before") && nobodyAt(list, "after"))
    return `None of the ${who} has ${recordOf(v, o.topics)}, ${before} or ${after}, so there is nothing to show`;
  // A change between two zeros says nothing: only a status someone had at one time or the other can lead the title.
  const informative = list.filter((c) => c.points !== null && !(isZero(c.before) && isZero(c.after)));
  const moved = informative.sort((x, y) => Math.abs(y.points!) - Math.abs(x.points!))[0];
  if (!moved) {
    const missing = nobodyAt(list, "after") ? after : nobodyAt(list, "before") ? before : null;
    return missing
      ? `None of the ${who} has ${recordOf(v, o.topics)} ${missing}, so no change can be shown`
      : `${capital(topics)} of ${who}, ${before} and ${after}`;
  }
  const name = o.categories?.length === 1 ? v.term("topic", moved.topic).label : moved.label;
  // The site's one rule for "about the same" (the summary page uses it too).
  const dir = direction(moved.before.kind === "share" ? moved.before.percent : 0, moved.after.kind === "share" ? moved.after.percent : 0);
  // A larger gap whose 95% intervals still overlap could easily be chance: the title says so rather than call it a change.
  if (dir !== "about the same" && overlap(moved)) {
    return `${capital(name)}: ${shareText(moved.after)} ${after} against ${shareText(moved.before)} ${before}, a difference that could easily be chance`;
  }
  const way =
    dir === "about the same"
      ? `about the same share of ${who} ${after} as ${before}`
      : `${dir === "lower" ? "a smaller" : "a larger"} share of ${who} ${after} than ${before}`;
  // "Drug use recorded as a concern" already says it was recorded.
  const verb = /\brecorded\b/.test(name) ? "" : " was recorded";
  return `${capital(name)}${verb} for ${way}: ${shareText(moved.after)} against ${shareText(moved.before)}`;
}

export function beforeAfterFigure(set: FigureSet, o: BeforeAfterOptions): FigureModel {
  const list = changes(set, o);
  if (!list.length) throw new Error(`beforeAfterFigure ${o.id}: no ${listInWords(o.topics)} figures for ${o.group}`);
  const many = o.topics.length > 1;
  const v = set.meta.vocabulary;
  const { term } = v;
  // With one category per topic (["yes"]), the topic names the row; otherwise topic and category.
  const topicLabel = (topic: string) => capital(term("topic", topic).label);
  const rowLabel = (c: Change) => (o.categories?.length === 1 ? topicLabel(c.topic) : many ? `${topicLabel(c.topic)}: ${c.label}` : c.label);
  const cells = list.flatMap((c) => [c.before, c.after]);
  const bases = (m: "before" | "after") => [...new Set(list.map((c) => c[m].base).filter((b): b is number => b !== null))];
  const small = [...bases("before"), ...bases("after")].filter(isSmallBase);
  const bars: Bar[] = list.flatMap((c) => [
    { ...shareBar(c.before, o.before.name), category: rowLabel(c) },
    { ...shareBar(c.after, o.after.name), category: rowLabel(c) },
  ]);
  return {
    id: o.id,
    title: title(list, o, v),
    summary: list
      .map((c) => `${capital(rowLabel(c))}: ${shareText(c.before)} ${o.before.name.toLowerCase()} → ${shareText(c.after)} ${o.after.name.toLowerCase()}.`)
      .join(" "),
    alt: `Horizontal bars: for each status, the share of ${term("group", o.group).phrase} with it ${o.before.name.toLowerCase()} and ${o.after.name.toLowerCase()}, each bar labelled with its time, with counts.`,
    chart: { kind: "bars", rows: bars, max: 100 },
    table: {
      caption: `${capital(topicsInWords(v, o.topics))}: ${term("group", o.group).phrase} with information ${o.before.name.toLowerCase()} and ${o.after.name.toLowerCase()}`,
      columns: [{ label: many ? "Measure" : capital(o.topics[0]!) }, { label: o.before.name, numeric: true }, { label: o.after.name, numeric: true }],
      rows: list.map((c) => [rowLabel(c), shareTableCell(c.before), shareTableCell(c.after)]),
    },
    bases: [
      ...bases("before").map((n) => ({ who: `${term("group", o.group).phrase} with information ${o.before.name.toLowerCase()}`, n })),
      ...bases("after").map((n) => ({ who: `${term("group", o.group).phrase} with information ${o.after.name.toLowerCase()}`, n })),
    ],
    cautions: [
      `Each time has its own base, the people with information then, so the two shares are not always the same people${small.length ? `; bases under ${formatNumber(SMALL_BASE)} (${listInWords(small.map(formatNumber))}) get 95% intervals` : ""}. A change is a count, not an effect of the service.`,
      ...gapCautions(cells),
    ],
    notes: notesOf(cells.flatMap((c) => c.records)),
    dataset: o.dataset,
    source: o.source ?? tableOf(cells.find((c) => c.records.length)?.records[0] ?? { source: "" }),
  };
}
