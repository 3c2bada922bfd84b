// Change between referral and three years later: partner abuse (Table 4) and
// Table 6's measures, each with its own base at each time, and the reading of
// relationships, housing and work the notes recommend; Table 6 as printed and
// the flow tables beside the charts are in src/lib/pages/wellbeing.ts.
// Figures are published as printed; the ledger explains where they disagree.
// Table 6's statuses are paired at the two times by before-after.ts (`changes`),
// the pairing every before-and-after chart uses; the words here are /wellbeing/'s.
import type { Figure } from "../contract/site.ts";
import type { TableModel } from "../table.ts";
import type { Bar } from "./rows.ts";
import { changes } from "./before-after.ts";
import { isCounted, shareBar, shareTable, shareTableCell, shareText, type Counted, type ShareCell } from "./shares.ts";

export type { Counted };
import { tableOf, type FigureSet } from "./set.ts";
import { ordered } from "./flows.ts";
import { READING_VARIANT } from "../data-step/derive/readings.ts";
import { capital, listInWords } from "../words.ts";
import { topOf } from "./words.ts";

export const PERIODS: Record<string, string> = { "at referral": "At referral", "after three years": "After 3 years", "at case closure": "At case closure" };
export const GROUPS: Record<string, string> = { women: "Women", men: "Men", "all parents": "All parents" };
/** Table 6's single measures, with the noun phrase a sentence needs. */
export const MEASURES: Record<string, string> = {
  alcohol: "problems with alcohol",
  drugs: "problems with drugs",
  "medication for emotional problems": "medication for emotional problems",
  probation: "contact with probation",
};

const MOMENTS = {
  before: { period: "at referral", name: PERIODS["at referral"]! },
  after: { period: "after three years", name: PERIODS["after three years"]! },
};
const isTable6 = (c: ShareCell): c is Counted => isCounted(c) && c.records.some((r) => r.measure === "count" && tableOf(r) === "Table 6");

export interface BeforeAfter {
  topic: string;
  category: string;
  before: Counted;
  after: Counted;
  /** Printed percentage after minus before, in points. */
  points: number;
}

/**
 * Table 6's statuses for all parents, each at referral and after three years
 * (the pairing of before-after.ts): a status printed at one time only is left
 * out. Probation's blank percentage is the summary's (ledger: probation-share).
 */
export function table6Changes(set: FigureSet, topics: string[]): BeforeAfter[] {
  return changes(set, { id: "table-6", dataset: "wellbeing", group: "all parents", topics, ...MOMENTS }).flatMap((c) =>
    isTable6(c.before) && isTable6(c.after) ? [{ topic: c.topic, category: c.category, before: c.before, after: c.after, points: c.points! }] : [],
  );
}

/** Where a percentage was not printed in Table 6 itself, say where it came from. */
export function timedCell(s: Counted): string {
  const pct = s.records.find((r) => r.measure === "percent");
  return pct && tableOf(pct) !== "Table 6" ? `${shareTableCell(s)}, from the report's summary (blank in Table 6)` : shareTableCell(s);
}

/** "39% (23 of 59) at referral → 14% (7 of 51) after three years" */
export const changeText = (c: BeforeAfter) => `${shareText(c.before)} at referral → ${shareText(c.after)} after three years`;

/** Paired bars: one bar per time, each labelled with its time in words. */
export function pairedBars(list: BeforeAfter[], label: (c: BeforeAfter) => string = (c) => c.category): Bar[] {
  return list.flatMap((c) =>
    [c.before, c.after].map((s, i) => ({
      ...shareBar(s, s.group),
      category: label(c),
      series: i === 0 ? PERIODS["at referral"]! : PERIODS["after three years"]!,
    })),
  );
}

export function beforeAfterTable(
  list: BeforeAfter[],
  caption: string,
  label: (c: BeforeAfter) => string = (c) => c.category,
  first = "Measure",
  cell: (s: Counted) => string = timedCell,
): TableModel {
  return {
    caption,
    columns: [{ label: first }, { label: "At referral", numeric: true }, { label: "After three years", numeric: true }],
    rows: list.map((c) => [label(c), cell(c.before), cell(c.after)]),
  };
}

/** Measures that fell by at least `by` points, and those that moved less than `within`. */
export function direction(list: BeforeAfter[], by = 10, within = 5) {
  return { fell: list.filter((c) => c.points <= -by), steady: list.filter((c) => Math.abs(c.points) < within), rose: list.filter((c) => c.points >= by) };
}

/** "a, b and c" (kept under this name for the pages that import it). */
export const listWords = listInWords;

const nameOf = (c: { topic: string }) => MEASURES[c.topic] ?? c.topic;

/** Title for Table 6's single measures, from which fell and which held steady; either list may be empty. */
export function measuresTitle(list: BeforeAfter[]): string {
  const { fell, steady, rose } = direction(list);
  const parts = [
    fell.length ? `${listWords(fell.map(nameOf))} ${fell.length > 1 ? "were" : "was"} recorded for a smaller share of parents after three years` : "",
    rose.length ? `${listWords(rose.map(nameOf))} ${rose.length > 1 ? "were" : "was"} recorded for a larger share` : "",
    steady.length ? `${listWords(steady.map(nameOf))} barely changed` : "",
  ].filter(Boolean);
  return parts.length ? capital(parts.join("; ")) : "Table 6's measures moved by between 5 and 10 percentage points after three years";
}

/** "Problems with alcohol: 39% (23 of 59) at referral → 14% (7 of 51) after three years." for each measure. */
export const measuresSummary = (list: BeforeAfter[]) => list.map((c) => `${capital(nameOf(c))}: ${changeText(c)}.`).join(" ");
export const measureLabel = (c: BeforeAfter) => capital(nameOf(c));

/** Partner abuse at referral against three years later, in words; equal printed shares say so. */
export function abuseChangeTitle(ref: { percent: number }, later: { percent: number }): string {
  if (ref.percent === later.percent) return "Partner abuse was reported for the same share of parents three years after referral as at referral";
  return `Partner abuse was reported for a ${ref.percent > later.percent ? "smaller" : "larger"} share of parents three years after referral than at referral`;
}

/** Partner abuse (Table 4): each time by women, men and all parents. */
export function partnerAbuseView(set: FigureSet) {
  const topic = "partner abuse";
  const groups = Object.keys(GROUPS);
  const first = set.select({ dataset: "partner-abuse", topic }).filter((r) => r.variant === null || r.variant === undefined);
  const periods = [...new Set(first.map((r) => r.period ?? ""))];
  const tables = new Map(periods.map((period) => [period, shareTable(set, { dataset: "partner-abuse", group: groups, topic, period })]));
  /** One time's share for one group; undefined where there is none. */
  const find = (period: string, group: string): Counted | undefined => {
    const t = tables.get(period);
    const c = t?.categories[0] ? t.cell(t.categories[0].value, group) : undefined;
    return c && isCounted(c) ? c : undefined;
  };
  const bars: Bar[] = periods.flatMap((p) =>
    groups.flatMap((g) => {
      const s = find(p, g);
      return s ? [{ ...shareBar(s, GROUPS[g] ?? g), category: PERIODS[p] ?? p }] : [];
    }),
  );
  return {
    bars,
    find,
    table: {
      caption: "Partner abuse reported, of parents with information at each time (Table 4)",
      columns: [{ label: "When" }, ...Object.values(GROUPS).map((g) => ({ label: g, numeric: true }))],
      rows: periods.map((p) => [
        PERIODS[p] ?? p,
        ...groups.map((g) => {
          const s = find(p, g);
          return s ? shareTableCell(s) : "–";
        }),
      ]),
    } satisfies TableModel,
  };
}

// Relationships, housing and work: Table 6's rows do not add up at some times
// (ledger: relationship-after-three-years, housing-at-referral-base,
// housing-after-three-years, employment-volunteering). The notes recommend the
// report's text and flow diagram, whose boxes account for every parent, so the
// charts draw those counts and Table 6 stays beside them as printed.

/** Said wherever the recommended counts are drawn or tabled. */
export const READING = "reading recommended in the notes (the report's text and flow diagram)";
const NOT_KNOWN = "Not known";
/** The diagram's box includes the 2 parents the text calls friends. */
const READING_LABELS: Record<string, string> = { "In a relationship": "In a relationship or friends" };
export const readingLabel = (c: { category: string }) => READING_LABELS[c.category] ?? c.category;

export interface Reading {
  topic: string;
  /** Every status either side, Table 6's order first; percentages worked out from the counts, to the whole number. */
  list: BeforeAfter[];
  /** Parents in the diagram with no information at each time. */
  notKnown: { before: number; after: number };
}

/**
 * The recommended reading of one topic, as the data step published it
 * (src/lib/data-step/derive/readings.ts: the flow diagram's totals on each side, "Not known"
 * left out of the base, checked there against the report's text). Nothing is
 * added up or divided here.
 */
export function recommendedReading(figures: Figure[], topic: string, order: string[]): Reading {
  const mine = figures.filter((f) => f.topic === topic && f.variant === READING_VARIANT && f.group === "all parents");
  if (!mine.length) throw new Error(`recommendedReading: no published reading for ${topic}; run npm run data`);
  const at = (period: string, category: string, measure: string) => mine.find((f) => f.period === period && f.category === category && f.measure === measure);
  const categories = ordered([...new Set(mine.filter((f) => f.category !== NOT_KNOWN).map((f) => f.category))], order);
  const share = (period: string, category: string): Counted => {
    const count = at(period, category, "count")!;
    const percent = at(period, category, "percent")!;
    const records = [percent, count].map((f) => ({ ...f, label: f.category, symbol: null }));
    return {
      kind: "share",
      category,
      label: category,
      group: "all parents",
      count: count.value,
      base: count.base!,
      percent: percent.value,
      baseRecovered: false,
      records,
    };
  };
  const list = categories.map((category) => {
    const before = share("at referral", category);
    const after = share("after three years", category);
    return { topic, category, before, after, points: after.percent - before.percent };
  });
  const missing = (period: string) => at(period, NOT_KNOWN, "count")?.value ?? 0;
  return { topic, list, notKnown: { before: missing("at referral"), after: missing("after three years") } };
}

/** "Housing Association was the most common housing status after three years, as at referral"; ties name every status. */
export function readingTitle(r: Reading, subject: string): string {
  const top = (side: "before" | "after") => topOf(r.list, (c) => c[side].count).map((c) => c.category);
  const after = top("after");
  const same = top("before").join("|") === after.join("|");
  const names = listWords(after.map((c) => readingLabel({ category: c })));
  const verb = after.length > 1 ? "were equally the most common" : "was the most common";
  return `${names} ${verb} ${subject} after three years${same ? ", as at referral" : ""}`;
}

/** What the chart shows and why, then each status's change with n, then who is left out. */
export function readingSummary(r: Reading): string {
  const changes = r.list.map((c) => `${readingLabel(c)}: ${changeText(c)}.`).join(" ");
  const left = `Parents with no information are left out: ${r.notKnown.before} at referral and ${r.notKnown.after} after three years.`;
  return `The chart shows the ${READING}, because Table 6's own rows do not add up; Table 6, as printed, is in the next table down. ${changes} ${left}`;
}

/** The recommended reading as a table: the same numbers as the chart. */
export function readingTable(r: Reading, heading: string): TableModel {
  return beforeAfterTable(
    r.list,
    `${heading}: the ${READING}, parents with information at each time; percentages worked out from the counts`,
    readingLabel,
    "Status",
    shareTableCell,
  );
}
