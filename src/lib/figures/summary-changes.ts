// The summary's "three years on" finding: every measure recorded at referral
// and after three years, in one form, whether it fell or not. Which measures
// count as "lower" is computed from the shares, never typed, and the rule is
// stated on the page.
import type { Figure } from "../schema.ts";
import { formatPercent, ofBase } from "../format.ts";
import { listInWords } from "../words.ts";
import type { TableModel } from "../table.ts";
import type { SummaryRow } from "./rows.ts";
import type { FigureSet } from "./set.ts";
import { picker, type FigurePick } from "./published.ts";

/** Which figures a measure is, for all parents: its dataset, topic and category as printed. */
type Measure = FigurePick & { topic: string; category: string };
const W = (topic: string, category: string): Measure => ({ dataset: "wellbeing", topic, category, group: "all parents" });

/** The measures the summary shows: the three that fell and the three that did not (Tables 4 and 6). */
export const MEASURES: { key: string; name: string; short: string; figures: Measure }[] = [
  { key: "partner-abuse", name: "Partner abuse", short: "Partner abuse", figures: { dataset: "partner-abuse", topic: "partner abuse", category: "Partner abuse reported", group: "all parents" } },
  { key: "alcohol", name: "Alcohol problems", short: "Alcohol", figures: W("alcohol", "Problem with alcohol") },
  { key: "drugs", name: "Drug problems", short: "Drugs", figures: W("drugs", "Problem with recreational drugs") },
  { key: "medication", name: "Medication for emotional problems", short: "Medication", figures: W("medication for emotional problems", "Using medication for emotional problems") },
  { key: "unemployed", name: "Unemployment", short: "Unemployed", figures: W("employment status", "Unemployed") },
  { key: "homeless", name: "Homelessness", short: "Homeless", figures: W("housing status", "Homeless") },
];

/** A change smaller than this many percentage points is called "about the same". */
export const SAME_WITHIN = 5;

export type Direction = "lower" | "about the same" | "higher";

export interface Change {
  key: string;
  name: string;
  short: string;
  before: { count: Figure; percent: Figure };
  after: { count: Figure; percent: Figure };
  direction: Direction;
  /** "57% (32 of 56), then 20% (10 of 50)": at referral, then after three years. */
  words: string;
  ids: string[];
}

export function direction(beforePct: number, afterPct: number): Direction {
  const d = afterPct - beforePct;
  return Math.abs(d) < SAME_WITHIN ? "about the same" : d < 0 ? "lower" : "higher";
}

const share = (t: { count: Figure; percent: Figure }) => `${formatPercent(t.percent.value)} (${ofBase(t.count.value, t.count.base!)})`;

export function changes(set: FigureSet): Change[] {
  const get = picker(set);
  return MEASURES.map((m) => {
    const at = (period: string) => ({ count: get({ ...m.figures, period, measure: "count" }), percent: get({ ...m.figures, period, measure: "percent" }) });
    const before = at("at referral");
    const after = at("after three years");
    for (const t of [before, after]) if (t.count.base === null) throw new Error(`summary: ${t.count.id} has no base`);
    return {
      key: m.key, name: m.name, short: m.short, before, after,
      direction: direction(before.percent.value, after.percent.value),
      words: `${share(before)}, then ${share(after)}`,
      ids: [before, after].flatMap((t) => [t.count.id, t.percent.id]),
    };
  });
}

const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
const names = (cs: Change[]) => listInWords(cs.map((c) => lower(c.name)));

/** A title that follows from the changes: which measures fell, which did not. */
export function changesTitle(cs: Change[]): string {
  const fell = cs.filter((c) => c.direction === "lower");
  const same = cs.filter((c) => c.direction === "about the same");
  const rose = cs.filter((c) => c.direction === "higher");
  const parts = [
    fell.length ? `${names(fell)} were recorded less often after three years` : "",
    same.length ? `${names(same)} about as often` : "",
    rose.length ? `${names(rose)} more often` : "",
  ].filter(Boolean);
  const text = parts.join("; ");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The lists the card shows, each measure in the same form. */
export function changeLists(cs: Change[]): { heading: string; items: string[] }[] {
  const groups: [Direction, string][] = [
    ["lower", "Recorded less often: at referral, then after three years"],
    ["about the same", `About as often (a change of under ${SAME_WITHIN} percentage points)`],
    ["higher", "Recorded more often: at referral, then after three years"],
  ];
  return groups
    .map(([d, heading]) => ({ heading, items: cs.filter((c) => c.direction === d).map((c) => `${c.name}: ${c.words}.`) }))
    .filter((g) => g.items.length > 0);
}

export function changeRows(cs: Change[]): SummaryRow[] {
  return cs.map((c) => ({ text: `${c.short}: ${formatPercent(c.before.percent.value)} to ${formatPercent(c.after.percent.value)}`, from: c.before.percent.value, value: c.after.percent.value }));
}

export function changeTable(cs: Change[]): TableModel {
  return {
    caption: "Parents with each record, out of those with information at each time (Tables 4 and 6)",
    columns: [{ label: "Measure" }, { label: "At referral", numeric: true }, { label: "After three years", numeric: true }],
    rows: cs.map((c) => [c.name, share(c.before), share(c.after)]),
  };
}
