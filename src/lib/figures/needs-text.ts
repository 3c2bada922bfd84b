// Titles and summaries for /needs/: each states what its chart shows, worded
// from the data by the tables in needs-tables.ts, so the page only lays them out.
import { shareText } from "./shares.ts";
import { formatNumber, formatPercent, ofBase } from "../format.ts";
import { capital, listInWords } from "../words.ts";
import { topOf } from "./words.ts";
import {
  BACKGROUND_LABELS,
  needWords,
  type backgroundsView,
  type needCountsView,
  type partnerAbuseTypesView,
  type previousRemovalsView,
  type primaryOrOtherView,
} from "./needs-tables.ts";

// Titles and summaries: each states what its chart shows, worded from the data,
// so the page only lays them out.
export interface Text {
  title: string;
  summary: string;
}

const wasWere = (n: number) => (n > 1 ? "were" : "was");

const NUMBER_WORDS = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];
/** "three" for 3; digits past ten. */
export const numberWords = (n: number) => NUMBER_WORDS[n] ?? formatNumber(n);

/**
 * Which need a title may call the most frequent, and for whom: the top for all
 * parents, said to hold "for women and men alike" only when it is also the top
 * (or tied top) for each; otherwise each sex's top is named. Computed, so a
 * heading can never claim more than the table beneath it shows.
 */
export function mostOftenWords(top: (group: string) => string[]): { need: string; who: string } {
  const all = top("all parents");
  const words = (list: string[]) => listInWords(list.map(needWords));
  const sexes = [
    { noun: "women", top: top("women") },
    { noun: "men", top: top("men") },
  ];
  const agree = sexes.filter((s) => all.every((c) => s.top.includes(c)));
  const differ = sexes.filter((s) => !agree.includes(s));
  const need = words(all);
  if (!differ.length) return { need, who: ", for women and men alike" };
  const sameTop = differ.length === 2 && words(differ[0]!.top) === words(differ[1]!.top);
  const others = sameTop ? `for women and men, ${words(differ[0]!.top)}` : differ.map((s) => `for ${s.noun}, ${words(s.top)}`).join("; ");
  return { need, who: ` ${agree.length ? `overall and for ${agree.map((s) => s.noun).join(" and ")}` : "overall"}; ${others}` };
}

/** Needs counted as primary or other: only the needs the report gives this way, so the title names them. */
export function primaryOrOtherText(v: ReturnType<typeof primaryOrOtherView>): Text {
  const top = (g: string) =>
    topOf(
      v.list.filter((s) => s.group === g),
      (s) => s.percent,
    );
  const words = (g: string) => listInWords(top(g).map((s) => needWords(s.category)));
  const each = (g: string) => `${top(g).length > 1 ? "each " : ""}for ${shareText(top(g)[0]!)}`;
  const shown = [...new Set(v.list.map((s) => s.category))];
  return {
    title: `Of the ${numberWords(shown.length)} needs the report counts as main or other needs, ${words("women")} ${wasWere(top("women").length)} recorded most often for women and ${words("men")} for men`,
    summary: `The report gives these shares for ${numberWords(shown.length)} needs only: ${listInWords(shown.map(needWords))}. For women, ${words("women")} ${wasWere(top("women").length)} recorded ${each("women")}; for men, ${words("men")} ${wasWere(top("men").length)} recorded ${each("men")}. A need counts here whether it was the main reason for referral or another need. A parent can have several needs, so the shares do not add up to 100%.`,
  };
}

/** Primary needs: the most frequent, and why the counts are not shares. */
export function primaryNeedText(v: ReturnType<typeof needCountsView>): Text {
  const all = v.totals.find((t) => t.group === "all parents")!;
  const top = (g: string) => topOf(v.categories, (c) => v.count(c, g));
  const most = mostOftenWords(top);
  return {
    title: `${capital(most.need)} ${wasWere(top("all parents").length)} the primary need recorded most often${most.who}`,
    summary: `Counts of parents by the primary need recorded at referral. They add up to ${formatNumber(all.recorded)} needs for ${formatNumber(all.parents ?? 0)} parents, although each parent should have one primary need, so read them as counts of needs recorded, not as shares of parents.`,
  };
}

/** Other needs: how many parents had one, and the most frequent. */
export function otherNeedsText(v: ReturnType<typeof needCountsView>): Text {
  const parents = v.totals.find((t) => t.group === "all parents")!.parents ?? 0;
  const none = v.count("None identified", "all parents");
  const withOther = parents - none;
  const how = withOther * 2 > parents ? "most" : withOther * 2 === parents ? "half of the" : "some";
  const top = (g: string) =>
    topOf(
      v.categories.filter((c) => c !== "None identified"),
      (c) => v.count(c, g),
    );
  const most = mostOftenWords(top);
  return {
    title: `Another need besides the primary one was recorded for ${how} parents, most often ${most.need}${most.who}`,
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
  const each = pairs.map((p) => `${p.c}: ${shareText(p.w!)} of women and ${shareText(p.m!)} of men.`).join(" ");
  const [anyW, anyM] = [v.any("women"), v.any("men")];
  const any =
    anyW && anyM
      ? ` Any partner abuse (Table 4, compiled on different bases, so not comparable type by type): ${shareText(anyW)} of women and ${shareText(anyM)} of men.`
      : "";
  const unknown = (g: string) => formatNumber(v.notKnown(g)?.value ?? 0);
  return { title, summary: `At referral (Table 5). ${each}${any} The report had no information for ${unknown("women")} women and ${unknown("men")} men.` };
}

/** Parents' own childhoods: the teenage-parenthood share leads, every share follows with n. */
export function backgroundsText(v: ReturnType<typeof backgroundsView>): Text {
  const teen = v.all.find((s) => s.category === BACKGROUND_LABELS["Pregnant as a teenager or teenage parent"])!;
  return {
    title: `${formatPercent(teen.percent)} of parents with information had been pregnant or a parent as a teenager`,
    summary: v.all.map((s) => `${s.category}: ${shareText(s)}.`).join(" "),
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
