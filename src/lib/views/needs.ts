// Needs and backgrounds at referral: Table 3's needs, partner abuse (Tables 4
// and 5), parents' own childhoods, previous removals, and taking part.
import type { Figure } from "../schema.ts";
import type { TableModel } from "./table.ts";
import type { Bar } from "../../components/charts/bars.ts";
import { shareBars, shareCell, shareLabel, shares, type Share } from "./shares.ts";
import { formatNumber, formatPercent, ofBase } from "../format.ts";
import { capital, listInWords } from "./words.ts";

export const SEXES: Record<string, string> = { women: "Women", men: "Men" };
const GROUP_COLUMNS = [{ label: "Women", numeric: true }, { label: "Men", numeric: true }, { label: "All parents", numeric: true }];
const GROUP_KEYS = ["women", "men", "all parents"];

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

/** The categories sharing the largest value (ties kept, so a title never picks one at random). */
export function topOf<T>(list: T[], value: (x: T) => number): T[] {
  const max = Math.max(...list.map(value));
  return list.filter((x) => value(x) === max);
}

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
    bars: categories.flatMap((c) => shareBars(list.filter((s) => s.category === c && s.group in SEXES), (g) => SEXES[g] ?? g)),
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
    bars: categories.flatMap((c) => shareBars(types.filter((s) => s.category === c && s.group in SEXES), (g) => SEXES[g] ?? g)),
    table: {
      caption: "Parents who had experienced each type of abuse from a partner, of those with information, at referral (Table 5)",
      columns: [{ label: "Type of abuse" }, ...GROUP_COLUMNS],
      rows: categories.map((c) => [c, ...GROUP_KEYS.map((g) => shareCell(find(c, g)))]),
    } satisfies TableModel,
  };
}

const BACKGROUND_LABELS: Record<string, string> = {
  "Had been in care": "Had been in care as a child",
  "CYPS involvement as a child": "In contact with children's social care as a child",
  "Pregnant as a teenager or teenage parent": "Pregnant or a parent as a teenager",
};
const BACKGROUND_TOPICS = ["care history", "childhood social care involvement", "teenage parenthood"];

/** A figure that may lack a base or a count: say so rather than guess. */
export function looseCell(count: Figure | undefined, percent: Figure | undefined): string {
  if (count && percent && count.base !== null) return shareCell({ category: "", group: "", count: count.value, base: count.base, percent: percent.value, figureIds: [] });
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
        [`Mean (${GROUP_KEYS.filter((g) => mean(g)?.base != null).map((g) => `${formatNumber(mean(g)!.base!)} ${g === "all parents" ? "parents" : g}`).join(", ")})`, ...GROUP_KEYS.map((g) => (mean(g) ? formatMean(mean(g)!) : "–"))],
      ],
    } satisfies TableModel,
  };
}

const ENGAGEMENT: Record<string, string> = { Yes: "Engaged with the service", No: "Did not engage", "No data": "No information" };
const REASONS: Record<string, string> = {
  "Child removed": "A child was removed",
  "Threshold met": "A threshold was met (the report does not say which)",
  "Moved LA": "Moved to another council area",
  "No identified need": "No need identified",
  Disengaged: "Stopped taking part",
};

/** Taking part and early closures, as counts of the printed bases. */
export function engagementView(figures: Figure[]) {
  const get = (topic: string, c: string, g: string) => figures.find((f) => f.topic === topic && f.category === c && f.group === g && f.measure === "count");
  const cell = (f: Figure | undefined) => (f ? (f.base !== null ? ofBase(f.value, f.base) : formatNumber(f.value)) : "–");
  const closedEarly = (g: string) => get("early closure", "Case closed early", g);
  return {
    closedEarly,
    /** A named count, e.g. ("engagement", "Yes", "women"). */
    count: get,
    table: {
      caption: "Taking part in the service and cases closed early (before five years)",
      columns: [{ label: "What happened" }, ...GROUP_COLUMNS],
      rows: [
        ...Object.keys(ENGAGEMENT).map((c) => [ENGAGEMENT[c]!, cell(get("engagement", c, "women")), cell(get("engagement", c, "men")), "–"]),
        ["Case closed early", ...GROUP_KEYS.map((g) => cell(closedEarly(g)))],
      ],
    } satisfies TableModel,
    reasons: {
      caption: "Reasons recorded for women's cases closing early (the men's reasons cannot be read from the report's chart)",
      columns: [{ label: "Reason recorded" }, { label: "Women", numeric: true }],
      rows: Object.keys(REASONS).map((c) => [REASONS[c]!, cell(get("early closure", c, "women"))]),
    } satisfies TableModel,
  };
}

// Titles and summaries: each states what its chart shows, worded from the data,
// so the page only lays them out.
interface Text {
  title: string;
  summary: string;
}

const wasWere = (n: number) => (n > 1 ? "were" : "was");

/** Needs counted as primary or other: the most frequent for women and for men, ties named together. */
export function primaryOrOtherText(v: ReturnType<typeof primaryOrOtherView>): Text {
  const top = (g: string) => topOf(v.list.filter((s) => s.group === g), (s) => s.percent);
  const words = (g: string) => listInWords(top(g).map((s) => needWords(s.category)));
  const each = (g: string) => `${top(g).length > 1 ? "each " : ""}for ${shareLabel(top(g)[0]!)}`;
  return {
    title: `Counting main and other needs, those recorded most often were ${words("women")} for women and ${words("men")} for men`,
    summary: `For women, ${words("women")} ${wasWere(top("women").length)} recorded ${each("women")}; for men, ${words("men")} ${wasWere(top("men").length)} recorded ${each("men")}. A need counts here whether it was the main reason for referral or another need. A parent can have several needs, so the shares do not add up to 100%.`,
  };
}

/** Primary needs: the most frequent, and why the counts are not shares. */
export function primaryNeedText(v: ReturnType<typeof needCountsView>): Text {
  const all = v.totals.find((t) => t.group === "all parents")!;
  const top = topOf(v.categories, (c) => v.count(c, "all parents"));
  return {
    title: `${capital(listInWords(top.map(needWords)))} ${wasWere(top.length)} the primary need recorded most often`,
    summary: `Counts of parents by the primary need recorded at referral. They add up to ${formatNumber(all.recorded)} needs for ${formatNumber(all.parents ?? 0)} parents, although each parent should have one primary need, so read them as counts of needs recorded, not as shares of parents.`,
  };
}

/** Other needs: how many parents had one, and the most frequent. */
export function otherNeedsText(v: ReturnType<typeof needCountsView>): Text {
  const parents = v.totals.find((t) => t.group === "all parents")!.parents ?? 0;
  const none = v.count("None identified", "all parents");
  const withOther = parents - none;
  const how = withOther * 2 > parents ? "most" : withOther * 2 === parents ? "half of the" : "some";
  const top = topOf(v.categories.filter((c) => c !== "None identified"), (c) => v.count(c, "all parents"));
  return {
    title: `Another need besides the primary one was recorded for ${how} parents, most often ${listInWords(top.map(needWords))}`,
    summary: `Counts of parents with each other need recorded at referral; a parent can have several. No other need was recorded for ${formatNumber(v.count("None identified", "women"))} women and ${formatNumber(v.count("None identified", "men"))} men.`,
  };
}

/** Types of partner abuse (Table 5), compared between women and men type by type. */
export function abuseTypesText(v: ReturnType<typeof partnerAbuseTypesView>): Text {
  const pairs = v.categories.map((c) => ({ c, w: v.type(c, "women"), m: v.type(c, "men") })).filter((p) => p.w && p.m);
  const womenHigher = pairs.filter((p) => p.w!.percent > p.m!.percent);
  const types = listInWords(pairs.map((p) => p.c.replace(/ abuse$/, "").toLowerCase()));
  const title =
    womenHigher.length === pairs.length
      ? `Each type of abuse from a partner (${types}) had been experienced by a larger share of women than of men with information`
      : `${capital(listInWords(womenHigher.map((p) => p.c.toLowerCase())))} had been experienced by a larger share of women than of men with information`;
  const each = pairs.map((p) => `${p.c}: ${shareLabel(p.w!)} of women and ${shareLabel(p.m!)} of men.`).join(" ");
  const [anyW, anyM] = [v.any("women"), v.any("men")];
  const any = anyW && anyM ? ` Any partner abuse (Table 4, compiled on different bases, so not comparable type by type): ${shareLabel(anyW)} of women and ${shareLabel(anyM)} of men.` : "";
  const unknown = (g: string) => formatNumber(v.notKnown(g)?.value ?? 0);
  return { title, summary: `At referral (Table 5). ${each}${any} The report had no information for ${unknown("women")} women and ${unknown("men")} men.` };
}

/** Parents' own childhoods: the teenage-parenthood share leads, every share follows with n. */
export function backgroundsText(v: ReturnType<typeof backgroundsView>): Text {
  const teen = v.all.find((s) => s.category === BACKGROUND_LABELS["Pregnant as a teenager or teenage parent"])!;
  return {
    title: `${formatPercent(teen.percent)} of parents with information had been pregnant or a parent as a teenager`,
    summary: v.all.map((s) => `${s.category}: ${shareLabel(s)}.`).join(" "),
  };
}

/** Previous removals: women's and men's means, with ties worded as such. */
export function removalsText(v: ReturnType<typeof previousRemovalsView>): Text {
  const [w, m, all] = [v.mean("women")!, v.mean("men")!, v.mean("all parents")!];
  const menNone = v.count("0", "men");
  const title =
    w.value === m.value
      ? `Women and men had had the same mean number of children removed before referral: ${v.formatMean(w)}`
      : `Women had had ${w.value > m.value ? "more" : "fewer"} children removed before referral than men: a mean of ${v.formatMean(w)} against ${v.formatMean(m)}`;
  return {
    title,
    summary: `Number of earlier pregnancies that ended in a child's removal, for ${formatNumber(w.base!)} women and ${formatNumber(m.base!)} men with information.${menNone ? ` ${ofBase(menNone.value, menNone.base!)} men had none.` : ""} The mean across all ${formatNumber(all.base!)} parents was ${v.formatMean(all)}.`,
  };
}

/** Taking part: how many engaged and how many cases closed early, from the named figures. */
export function engagementText(v: ReturnType<typeof engagementView>): string {
  const engaged = (g: string) => {
    const f = v.count("engagement", "Yes", g);
    return f ? (f.base !== null ? ofBase(f.value, f.base) : formatNumber(f.value)) : "–";
  };
  const early = v.closedEarly("all parents")!;
  return `${engaged("women")} women and ${engaged("men")} men engaged with the service. Cases closed early, before five years, for ${ofBase(early.value, early.base!)} parents; the reasons recorded for women are below. A case closing early is not a judgement on the parent: the reasons include a child's removal, a family moving away and no remaining need.`;
}

/** Parents in the evaluation sample who did not engage, and whose cases closed early: for describing the sample. */
export function sampleTurnover(figures: Figure[]): { notEngaged: number; closedEarly: number } {
  const v = engagementView(figures);
  const notEngaged = Object.keys(SEXES).reduce((n, g) => n + (v.count("engagement", "No", g)?.value ?? 0), 0);
  return { notEngaged, closedEarly: v.closedEarly("all parents")?.value ?? 0 };
}
