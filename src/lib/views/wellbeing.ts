// Change between referral and three years later: partner abuse (Table 4) and
// Table 6's measures, each with its own base at each time, plus the flows.
// Figures are published as printed; the ledger explains where they disagree.
import type { Figure, Flow } from "../schema.ts";
import type { TableModel } from "./table.ts";
import type { Bar } from "../../components/charts/bars.ts";
import { shareBars, shareCell, shareLabel, shares, type Share } from "./shares.ts";
import { flowsOf, matrixTable, pairsTable } from "./flows.ts";
import { breakableTable } from "./breakable.ts";

export const PERIODS: Record<string, string> = { "at referral": "At referral", "after three years": "After 3 years", "at case closure": "At case closure" };
export const GROUPS: Record<string, string> = { women: "Women", men: "Men", "all parents": "All parents" };
export const FLOW_TOPICS = ["relationship status", "housing status", "employment status", "medication for emotional problems"] as const;
/** Table 6's single measures, with the noun phrase a sentence needs. */
export const MEASURES: Record<string, string> = {
  alcohol: "problems with alcohol",
  drugs: "problems with drugs",
  "medication for emotional problems": "medication for emotional problems",
  probation: "contact with probation",
};

const periodOf = (s: Share & { period: string }) => PERIODS[s.period] ?? s.period;

type Timed = Share & { period: string; topic: string };

/** Table 6 shares for all parents; probation's blank percentage is taken from the summary (ledger: probation-share). */
export function table6Shares(figures: Figure[]): Timed[] {
  const inTable6 = (f: Figure) => f.group === "all parents" && f.variant === null && (f.source.table === "Table 6" || (f.topic === "probation" && f.measure === "percent"));
  const byId = new Map(figures.map((f) => [f.id, f]));
  return shares(figures, inTable6).map((s) => {
    const f = byId.get(s.figureIds[0]!)!;
    return { ...s, period: f.period ?? "", topic: f.topic ?? "" };
  });
}

/** Where a percentage was not printed in Table 6 itself, say where it came from. */
export function timedCell(s: Timed | undefined, figures: Figure[]): string {
  if (!s) return "–";
  const pct = figures.find((f) => f.id === s.figureIds[0]);
  return pct && pct.source.table !== "Table 6" ? `${shareCell(s)}, from the report's summary (blank in Table 6)` : shareCell(s);
}

export interface BeforeAfter {
  topic: string;
  category: string;
  before: Timed;
  after: Timed;
  /** Printed percentage after minus before, in points. */
  points: number;
}

export function beforeAfter(list: Timed[], topics: string[]): BeforeAfter[] {
  return topics.flatMap((topic) => {
    const mine = list.filter((s) => s.topic === topic);
    const categories = [...new Set(mine.map((s) => s.category))];
    return categories.flatMap((category) => {
      const before = mine.find((s) => s.category === category && s.period === "at referral");
      const after = mine.find((s) => s.category === category && s.period === "after three years");
      return before && after ? [{ topic, category, before, after, points: after.percent - before.percent }] : [];
    });
  });
}

/** "39% (23 of 59) at referral → 14% (7 of 51) after three years" */
export const changeText = (c: BeforeAfter) => `${shareLabel(c.before)} at referral → ${shareLabel(c.after)} after three years`;

/** Paired bars: one bar per time, each labelled with its time in words. */
export function pairedBars(list: BeforeAfter[], label: (c: BeforeAfter) => string = (c) => c.category): Bar[] {
  return list.flatMap((c) => shareBars([c.before, c.after], (g) => g).map((b, i) => ({ ...b, category: label(c), series: i === 0 ? PERIODS["at referral"]! : PERIODS["after three years"]! })));
}

export function beforeAfterTable(list: BeforeAfter[], figures: Figure[], caption: string, label: (c: BeforeAfter) => string = (c) => c.category, first = "Measure"): TableModel {
  return {
    caption,
    columns: [{ label: first }, { label: "At referral", numeric: true }, { label: "After three years", numeric: true }],
    rows: list.map((c) => [label(c), timedCell(c.before, figures), timedCell(c.after, figures)]),
  };
}

/** Measures that fell by at least `by` points, and those that moved less than `within`. */
export function direction(list: BeforeAfter[], by = 10, within = 5) {
  return { fell: list.filter((c) => c.points <= -by), steady: list.filter((c) => Math.abs(c.points) < within), rose: list.filter((c) => c.points >= by) };
}

/** "a, b and c" */
export const listWords = (words: string[]) => (words.length < 2 ? (words[0] ?? "") : `${words.slice(0, -1).join(", ")} and ${words.at(-1)}`);

/** Partner abuse (Table 4): each time by women, men and all parents. */
export function partnerAbuseView(figures: Figure[]) {
  const list = shares(figures, (f) => f.source.table === "Table 4" && f.variant === null).map((s) => ({
    ...s,
    period: figures.find((f) => f.id === s.figureIds[0])!.period ?? "",
  }));
  const find = (period: string, group: string) => list.find((s) => s.period === period && s.group === group);
  const periods = [...new Set(list.map((s) => s.period))];
  const bars: Bar[] = periods.flatMap((p) =>
    Object.keys(GROUPS).flatMap((g) => {
      const s = find(p, g);
      return s ? shareBars([s], (x) => GROUPS[x] ?? x).map((b) => ({ ...b, category: periodOf(s) })) : [];
    }),
  );
  return {
    bars,
    find,
    table: {
      caption: "Partner abuse reported, of parents with information at each time (Table 4)",
      columns: [{ label: "When" }, ...Object.values(GROUPS).map((g) => ({ label: g, numeric: true }))],
      rows: periods.map((p) => [PERIODS[p] ?? p, ...Object.keys(GROUPS).map((g) => shareCell(find(p, g)))]),
    } satisfies TableModel,
  };
}

/** The flows for one topic as a from × to grid, and as a list of pairs for narrow screens; Table 6's order first, "Not known" last. */
export function wellbeingFlowTables(flows: Flow[], topic: string, categoryOrder: string[]): { matrix: TableModel; pairs: TableModel } {
  const mine = flowsOf(flows, topic);
  const order = { from: [...categoryOrder, ...EXTRA], to: [...categoryOrder, ...EXTRA] };
  const caption = `How parents' ${topic} changed from referral to three years later (parents counted in the report's diagram)`;
  const labels = { from: "At referral", to: "After three years", unit: "Parents" };
  return { matrix: matrixTable(mine, caption, labels, order), pairs: breakableTable(pairsTable(mine, caption, labels, order)) };
}
const EXTRA = ["On medication", "Not on medication", "Not known"];
