// Needs and backgrounds at referral: Table 3's needs, partner abuse (Tables 4
// and 5), parents' own childhoods, previous removals, and taking part.
import type { Figure } from "../schema.ts";
import type { TableModel } from "../table.ts";
import type { Bar } from "./rows.ts";
import { shareBars, shareCell, shares, type Share } from "./printed-shares.ts";
import { formatNumber, formatPercent, ofBase } from "../format.ts";

export const SEXES: Record<string, string> = { women: "Women", men: "Men" };
export const GROUP_COLUMNS = [
  { label: "Women", numeric: true },
  { label: "Men", numeric: true },
  { label: "All parents", numeric: true },
];
export const GROUP_KEYS = ["women", "men", "all parents"];

/** Needs in plain, person-first words for titles and sentences; tables keep the printed labels. */
const NEED_WORDS: Record<string, string> = {
  "Previous child(ren) removed": "the removal of an earlier child",
  "Substance abuse": "drug or alcohol use",
  "Domestic abuse": "domestic abuse",
  "Mental health issues": "mental health",
  "Risk of physical harm to child": "a risk of physical harm to the child",
  "Other vulnerability": "another vulnerability",
  "Chaotic lifestyle": "an unsettled way of life",
};
export const needWords = (category: string) => NEED_WORDS[category] ?? category.toLowerCase();
/** Tables keep the report's labels; this says whose words they are. */
export const FORM_LABELS = "Need names are the categories used in the referral records, as the report prints them, not this site's words.";

const table3 = (figures: Figure[], topic: string) =>
  figures.filter((f) => f.source.table === "Table 3" && f.topic === topic && f.measure === "count" && f.variant === null);

/**
 * Table 3 needs as counts, never shares: primary-need counts add to more than
 * the number of parents (ledger: primary-need-totals), so they are not split
 * into parts of a whole. The table shows the needs recorded beside the parents.
 */
export function needCountsView(figures: Figure[], topic: "primary need" | "other needs") {
  const list = table3(figures, topic);
  const rows = list.filter((f) => f.category !== "Total");
  const categories = [...new Set(rows.map((f) => f.category))];
  const get = (c: string, g: string) => rows.find((f) => f.category === c && f.group === g);
  const total = (g: string) => list.find((f) => f.category === "Total" && f.group === g)?.value;
  const recorded = (g: string) => rows.filter((f) => f.group === g).reduce((n, f) => n + f.value, 0);
  const bars: Bar[] = categories.flatMap((c) =>
    Object.keys(SEXES).flatMap((g) => {
      const f = get(c, g);
      return f ? [{ category: c, series: SEXES[g]!, value: f.value, label: formatNumber(f.value) }] : [];
    }),
  );
  const cell = (f: Figure | undefined) => (f ? formatNumber(f.value) : "–");
  return {
    bars,
    categories,
    /** A printed count, or 0 where Table 3 has no such cell. */
    count: (c: string, g: string) => get(c, g)?.value ?? 0,
    /** Needs recorded and parents, per group: for primary need the first exceeds the second. */
    totals: GROUP_KEYS.map((g) => ({ group: g, recorded: recorded(g), parents: total(g) })),
    table: {
      caption: `${topic === "primary need" ? "Primary need" : "Other needs"} recorded at referral, parents in the evaluation sample (Table 3). ${FORM_LABELS}`,
      columns: [{ label: "Need" }, ...GROUP_COLUMNS],
      rows: [
        ...categories.map((c) => [c, ...GROUP_KEYS.map((g) => cell(get(c, g)))]),
        ["Needs recorded (added up)", ...GROUP_KEYS.map((g) => formatNumber(recorded(g)))],
        ["Parents", ...GROUP_KEYS.map((g) => (total(g) === undefined ? "–" : formatNumber(total(g)!)))],
      ],
    } satisfies TableModel,
  };
}

/** Shares of women and men with a need as primary or other need (detailed findings). */
export function primaryOrOtherView(figures: Figure[]) {
  const list = shares(figures, (f) => f.topic === "primary or other need" && f.variant === null);
  const categories = [...new Set(list.map((s) => s.category))];
  const find = (c: string, g: string) => list.find((s) => s.category === c && s.group === g);
  return {
    list,
    bars: categories.flatMap((c) =>
      shareBars(
        list.filter((s) => s.category === c && s.group in SEXES),
        (g) => SEXES[g] ?? g,
      ),
    ),
    table: {
      caption: `Parents with each need recorded as their primary or another need at referral. ${FORM_LABELS}`,
      columns: [{ label: "Need" }, GROUP_COLUMNS[0]!, GROUP_COLUMNS[1]!],
      rows: categories.map((c) => [c, shareCell(find(c, "women")), shareCell(find(c, "men"))]),
    } satisfies TableModel,
  };
}

/** Types of partner abuse at referral (Table 5), and any partner abuse (Table 4). */
export function partnerAbuseTypesView(figures: Figure[]) {
  const types = shares(figures, (f) => f.source.table === "Table 5" && f.variant === null);
  const any = shares(figures, (f) => f.source.table === "Table 4" && f.period === "at referral" && f.variant === null);
  const notKnown = (g: string) => figures.find((f) => f.topic === "partner abuse at referral (chart)" && f.group === g && f.category === "Not Known or N/A");
  const categories = [...new Set(types.map((s) => s.category))];
  const find = (c: string, g: string) => types.find((s) => s.category === c && s.group === g);
  return {
    categories,
    /** One type for one sex, as printed in Table 5. */
    type: find,
    any: (g: string) => any.find((s) => s.group === g),
    notKnown,
    bars: categories.flatMap((c) =>
      shareBars(
        types.filter((s) => s.category === c && s.group in SEXES),
        (g) => SEXES[g] ?? g,
      ),
    ),
    table: {
      caption: "Parents who had experienced each type of abuse from a partner, of those with information, at referral (Table 5)",
      columns: [{ label: "Type of abuse" }, ...GROUP_COLUMNS],
      rows: categories.map((c) => [c, ...GROUP_KEYS.map((g) => shareCell(find(c, g)))]),
    } satisfies TableModel,
  };
}

export const BACKGROUND_LABELS: Record<string, string> = {
  "Had been in care": "Had been in care as a child",
  "CYPS involvement as a child": "In contact with children's social care as a child",
  "Pregnant as a teenager or teenage parent": "Pregnant or a parent as a teenager",
};
const BACKGROUND_TOPICS = ["care history", "childhood social care involvement", "teenage parenthood"];

/** A figure that may lack a base or a count: say so rather than guess. */
export function looseCell(count: Figure | undefined, percent: Figure | undefined): string {
  if (count && percent && count.base !== null)
    return shareCell({ category: "", group: "", count: count.value, base: count.base, percent: percent.value, figureIds: [] });
  if (count && percent) return `${formatPercent(percent.value)} (${formatNumber(count.value)}; base not stated)`;
  if (percent) return `${formatPercent(percent.value)} (base not stated)`;
  if (count) return `${formatNumber(count.value)} (base not stated)`;
  return "–";
}

export function backgroundsView(figures: Figure[]) {
  const mine = figures.filter((f) => f.topic !== null && BACKGROUND_TOPICS.includes(f.topic) && f.category in BACKGROUND_LABELS && f.variant === null);
  const all = shares(mine, (f) => f.group === "all parents").map((s): Share => ({ ...s, category: BACKGROUND_LABELS[s.category]! }));
  const get = (c: string, g: string, m: string) => mine.find((f) => f.category === c && f.group === g && f.measure === m);
  return {
    all,
    bars: shareBars(all),
    table: {
      caption: "Parents' own childhoods: parents with information (the report gives no base for some figures)",
      columns: [{ label: "What was recorded" }, ...GROUP_COLUMNS],
      rows: Object.keys(BACKGROUND_LABELS).map((c) => [BACKGROUND_LABELS[c]!, ...GROUP_KEYS.map((g) => looseCell(get(c, g, "count"), get(c, g, "percent")))]),
    } satisfies TableModel,
  };
}

/** Printed to its own precision: a mean of 2.0 stays "2.0". */
export const formatMean = (f: Figure) => f.value.toFixed(Math.max(0, Math.round(-Math.log10(f.precision))));

export function previousRemovalsView(figures: Figure[]) {
  const dist = figures.filter((f) => f.topic === "previous removals" && f.measure === "count" && /^\d+$/.test(f.category) && f.base !== null);
  const means = figures.filter((f) => f.topic === "previous removals" && f.measure === "mean");
  const mean = (g: string) => means.find((f) => f.group === g);
  const label = (c: string) => (c === "0" ? "None" : c === "1" ? "1 removal" : `${c} removals`);
  const categories = [...new Set(dist.map((f) => f.category))];
  const get = (c: string, g: string) => dist.find((f) => f.category === c && f.group === g);
  const cell = (f: Figure | undefined) => (f && f.base !== null ? ofBase(f.value, f.base) : "–");
  return {
    mean,
    formatMean,
    /** Parents of one sex with a given number of earlier removals ("0" for none). */
    count: (c: string, g: string) => get(c, g),
    /** Bars are counts of parents with each number of removals, not shares. */
    bars: categories.flatMap((c) =>
      Object.keys(SEXES).flatMap((g) => {
        const f = get(c, g);
        return f && f.base !== null ? [{ category: label(c), series: SEXES[g]!, value: f.value, label: ofBase(f.value, f.base) }] : [];
      }),
    ),
    uncertain: dist.filter((f) => f.remark?.includes("placed")),
    table: {
      caption: "Number of earlier pregnancies that ended in a child's removal, parents with information",
      columns: [{ label: "Earlier removals" }, GROUP_COLUMNS[0]!, GROUP_COLUMNS[1]!, GROUP_COLUMNS[2]!],
      rows: [
        ...categories.map((c) => [label(c), cell(get(c, "women")), cell(get(c, "men")), "–"]),
        [
          `Mean (${GROUP_KEYS.filter((g) => mean(g)?.base != null)
            .map((g) => `${formatNumber(mean(g)!.base!)} ${g === "all parents" ? "parents" : g}`)
            .join(", ")})`,
          ...GROUP_KEYS.map((g) => (mean(g) ? formatMean(mean(g)!) : "–")),
        ],
      ],
    } satisfies TableModel,
  };
}
