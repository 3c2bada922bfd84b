// Needs and backgrounds at referral: Table 3's needs, partner abuse (Tables 4
// and 5), parents' own childhoods, previous removals, and taking part.
import type { Figure } from "../contract/site.ts";
import type { TableModel } from "../table.ts";
import type { Bar } from "./rows.ts";
import { countedShares, shareBar, shareTable, shareTableCell, type Counted } from "./shares.ts";
import type { FigureRecord, FigureSet } from "./set.ts";
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

/** A share's table cell, or a dash where there is none. */
const cellOf = (s: Counted | undefined) => (s ? shareTableCell(s) : "–");
/** Bars of women beside men, each named with its category as printed. */
const sexBars = (list: Counted[]) => list.filter((s) => s.group in SEXES).map((s) => ({ ...shareBar(s, SEXES[s.group]), category: s.category }));

/** Shares of women and men with a need as primary or other need (detailed findings). */
export function primaryOrOtherView(set: FigureSet) {
  const list = countedShares(shareTable(set, { dataset: "needs", group: GROUP_KEYS, topic: "primary or other need" }));
  const categories = [...new Set(list.map((s) => s.category))];
  const find = (c: string, g: string) => list.find((s) => s.category === c && s.group === g);
  return {
    list,
    bars: sexBars(list),
    table: {
      caption: `Parents with each need recorded as their primary or another need at referral. ${FORM_LABELS}`,
      columns: [{ label: "Need" }, GROUP_COLUMNS[0]!, GROUP_COLUMNS[1]!],
      rows: categories.map((c) => [c, cellOf(find(c, "women")), cellOf(find(c, "men"))]),
    } satisfies TableModel,
  };
}

/** Types of partner abuse at referral (Table 5), and any partner abuse (Table 4). */
export function partnerAbuseTypesView(set: FigureSet) {
  const atReferral = (topic: string) => countedShares(shareTable(set, { dataset: "partner-abuse", group: GROUP_KEYS, topic, period: "at referral" }));
  const types = atReferral("type of partner abuse");
  const any = atReferral("partner abuse");
  const notKnown = (g: string): FigureRecord | undefined =>
    set.select({ dataset: "partner-abuse", topic: "partner abuse at referral (chart)", group: g, category: "Not Known or N/A" })[0];
  const categories = [...new Set(types.map((s) => s.category))];
  const find = (c: string, g: string) => types.find((s) => s.category === c && s.group === g);
  return {
    categories,
    /** One type for one sex, as printed in Table 5. */
    type: find,
    any: (g: string) => any.find((s) => s.group === g),
    notKnown,
    bars: sexBars(types),
    table: {
      caption: "Parents who had experienced each type of abuse from a partner, of those with information, at referral (Table 5)",
      columns: [{ label: "Type of abuse" }, ...GROUP_COLUMNS],
      rows: categories.map((c) => [c, ...GROUP_KEYS.map((g) => cellOf(find(c, g)))]),
    } satisfies TableModel,
  };
}

export const BACKGROUND_LABELS: Record<string, string> = {
  "Had been in care": "Had been in care as a child",
  "CYPS involvement as a child": "Known to children's social care in childhood",
  "Pregnant as a teenager or teenage parent": "Pregnant or a parent as a teenager",
};
const BACKGROUND_TOPICS = ["care history", "childhood social care involvement", "teenage parenthood"];

/** A figure that may lack a base or a count: say so rather than guess. */
export function looseCell(count: FigureRecord | undefined, percent: FigureRecord | undefined): string {
  const [c, p, base] = [count?.value ?? null, percent?.value ?? null, count?.base ?? null];
  if (c !== null && p !== null && base !== null)
    return shareTableCell({ kind: "share", category: "", label: "", group: "", count: c, base, percent: p, baseRecovered: false, records: [] });
  if (c !== null && p !== null) return `${formatPercent(p)} (${formatNumber(c)}; base not stated)`;
  if (p !== null) return `${formatPercent(p)} (base not stated)`;
  if (c !== null) return `${formatNumber(c)} (base not stated)`;
  return "–";
}

export function backgroundsView(set: FigureSet) {
  const categories = Object.keys(BACKGROUND_LABELS);
  const mine = BACKGROUND_TOPICS.flatMap((topic) => set.select({ dataset: "backgrounds", topic, category: categories })).filter(
    (r) => r.variant === null || r.variant === undefined,
  );
  // In the order the figures give them, as printed; named in this site's words.
  const at = (s: Counted) => set.records.indexOf(s.records[0]!);
  const all = BACKGROUND_TOPICS.flatMap((topic) =>
    countedShares(shareTable(set, { dataset: "backgrounds", group: ["all parents"], topic, category: categories })),
  )
    .sort((a, b) => at(a) - at(b))
    .map((s) => ({ ...s, category: BACKGROUND_LABELS[s.category]! }));
  const get = (c: string, g: string, m: string) => mine.find((f) => f.category === c && f.group === g && f.measure === m);
  return {
    all,
    bars: all.map((s) => ({ ...shareBar(s), category: s.category })),
    table: {
      caption: "Parents' own childhoods: parents with information (the report gives no base for some figures)",
      columns: [{ label: "What was recorded" }, ...GROUP_COLUMNS],
      rows: categories.map((c) => [BACKGROUND_LABELS[c]!, ...GROUP_KEYS.map((g) => looseCell(get(c, g, "count"), get(c, g, "percent")))]),
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
