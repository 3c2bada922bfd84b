// The summary's "three years on" finding: every measure recorded at referral
// and after three years, in one form, whether it fell or not. Which measures
// count as "lower" is computed from the shares, never typed, and the rule is
// stated on the page.
import type { Figure } from "../schema.ts";
import { formatPercent, ofBase } from "../format.ts";
import { listInWords } from "./words.ts";
import type { TableModel } from "./table.ts";
import type { SummaryRow } from "../figures/rows.ts";

type Get = (id: string) => Figure;
const W = (topic: string, category: string) => (period: string, measure: string) => `wellbeing.${topic}.${category}.all-parents.${period}.${measure}`;
const PA = (period: string, measure: string) => `partner-abuse.partner-abuse.partner-abuse-reported.all-parents.${period}.${measure}`;

/** The measures the summary shows: the three that fell and the three that did not (Tables 4 and 6). */
export const MEASURES: { key: string; name: string; short: string; id: (period: string, measure: string) => string }[] = [
  { key: "partner-abuse", name: "Partner abuse", short: "Partner abuse", id: PA },
  { key: "alcohol", name: "Alcohol problems", short: "Alcohol", id: W("alcohol", "problem-with-alcohol") },
  { key: "drugs", name: "Drug problems", short: "Drugs", id: W("drugs", "problem-with-recreational-drugs") },
  { key: "medication", name: "Medication for emotional problems", short: "Medication", id: W("medication-for-emotional-problems", "using-medication-for-emotional-problems") },
  { key: "unemployed", name: "Unemployment", short: "Unemployed", id: W("employment-status", "unemployed") },
  { key: "homeless", name: "Homelessness", short: "Homeless", id: W("housing-status", "homeless") },
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

export function changes(get: Get): Change[] {
  return MEASURES.map((m) => {
    const at = (period: string) => ({ count: get(m.id(period, "count")), percent: get(m.id(period, "percent")) });
    const before = at("at-referral");
    const after = at("after-three-years");
    for (const t of [before, after]) if (t.count.base === null) throw new Error(`summary: ${t.count.id} has no base`);
    return {
      key: m.key, name: m.name, short: m.short, before, after,
      direction: direction(before.percent.value, after.percent.value),
      words: `${share(before)}, then ${share(after)}`,
      ids: ["at-referral", "after-three-years"].flatMap((p) => [m.id(p, "count"), m.id(p, "percent")]),
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
