// The summary's "three years on" finding: every measure recorded at referral
// and after three years, in one form, whether it fell or not. Which measures
// count as "lower" is computed from the shares, never typed, and the rule is
// stated on the page.
import { formatPercent } from "../format.ts";
import { listInWords } from "../words.ts";
import type { TableModel } from "../table.ts";
import type { SummaryRow } from "./rows.ts";
import type { FigureSet } from "./set.ts";
import { isCounted, shareText, type Counted } from "./shares.ts";
import { changes, direction, SAME_WITHIN, type Direction } from "./before-after.ts";

export { direction, SAME_WITHIN, type Direction };

/** Which figures a measure is, for all parents: its dataset, topic and category as printed. */
type Measure = { dataset: string; group: string; topic: string; category: string };
const W = (topic: string, category: string): Measure => ({ dataset: "wellbeing", topic, category, group: "all parents" });

/** The measures the summary shows: the three that fell and the three that did not (Tables 4 and 6). */
export const MEASURES: { key: string; name: string; short: string; figures: Measure }[] = [
  {
    key: "partner-abuse",
    name: "Partner abuse",
    short: "Partner abuse",
    figures: { dataset: "partner-abuse", topic: "partner abuse", category: "Partner abuse reported", group: "all parents" },
  },
  { key: "alcohol", name: "Alcohol problems", short: "Alcohol", figures: W("alcohol", "Problem with alcohol") },
  { key: "drugs", name: "Drug problems", short: "Drugs", figures: W("drugs", "Problem with recreational drugs") },
  {
    key: "medication",
    name: "Medication for emotional problems",
    short: "Medication",
    figures: W("medication for emotional problems", "Using medication for emotional problems"),
  },
  { key: "unemployed", name: "Unemployment", short: "Unemployed", figures: W("employment status", "Unemployed") },
  { key: "homeless", name: "Homelessness", short: "Homeless", figures: W("housing status", "Homeless") },
];

export interface MeasureChange {
  key: string;
  name: string;
  short: string;
  before: Counted;
  after: Counted;
  direction: Direction;
  /** "57% (32 of 56), then 20% (10 of 50)": at referral, then after three years. */
  words: string;
  ids: string[];
}

const MOMENTS = { before: { period: "at referral", name: "At referral" }, after: { period: "after three years", name: "After three years" } };

/** Each measure at referral and after three years, paired as every before-and-after chart is (before-after.ts). */
export function measureChanges(set: FigureSet): MeasureChange[] {
  return MEASURES.map((m) => {
    const { dataset, group, topic, category } = m.figures;
    const c = changes(set, { id: m.key, dataset, group, topics: [topic], categories: [category], ...MOMENTS })[0];
    if (!c || !isCounted(c.before) || !isCounted(c.after)) throw new Error(`summary: ${m.key} needs a count and a base at both times`);
    const [before, after] = [c.before, c.after];
    const id = (s: Counted, measure: string) => s.records.find((r) => r.measure === measure)?.id ?? "";
    return {
      key: m.key,
      name: m.name,
      short: m.short,
      before,
      after,
      direction: direction(before.percent, after.percent),
      words: `${shareText(before)}, then ${shareText(after)}`,
      ids: [before, after].flatMap((s) => [id(s, "count"), id(s, "percent")]),
    };
  });
}

const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
const names = (cs: MeasureChange[]) => listInWords(cs.map((c) => lower(c.name)));

/** A title that follows from the changes: which measures fell, which did not. */
export function changesTitle(cs: MeasureChange[]): string {
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
export function changeLists(cs: MeasureChange[]): { heading: string; items: string[] }[] {
  const groups: [Direction, string][] = [
    ["lower", "Recorded less often: at referral, then after three years"],
    ["about the same", `About as often (a change of under ${SAME_WITHIN} percentage points)`],
    ["higher", "Recorded more often: at referral, then after three years"],
  ];
  return groups
    .map(([d, heading]) => ({ heading, items: cs.filter((c) => c.direction === d).map((c) => `${c.name}: ${c.words}.`) }))
    .filter((g) => g.items.length > 0);
}

export function changeRows(cs: MeasureChange[]): SummaryRow[] {
  return cs.map((c) => ({
    text: `${c.short}: ${formatPercent(c.before.percent)} to ${formatPercent(c.after.percent)}`,
    from: c.before.percent,
    value: c.after.percent,
  }));
}

export function changeTable(cs: MeasureChange[]): TableModel {
  return {
    caption: "Parents with each record, out of those with information at each time (Tables 4 and 6)",
    columns: [{ label: "Measure" }, { label: "At referral", numeric: true }, { label: "After three years", numeric: true }],
    rows: cs.map((c) => [c.name, shareText(c.before), shareText(c.after)]),
  };
}
