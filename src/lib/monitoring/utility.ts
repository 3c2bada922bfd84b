// What disclosure control left readable in a bundle: the share of count
// figures hidden, each headline figure with its base (published or not), and
// any hidden total. Hiding everything is also a failure, so the bench prints
// this for every example service and a test holds the larger ones to it.
import { selectRecords, type FigureRecord, type Selector } from "../figures/set.ts";
import { oneDecimalPercent } from "../stats/percent.ts";

/** The figures monitoring exists for: each a count with its base, or a base alone. */
export const HEADLINES: { name: string; select: Selector; base?: true }[] = [
  { name: "baby expected at referral at home when the case closed", select: { dataset: "child-outcomes", group: "expected-at-referral", category: "at-home" } },
  { name: "children whose case closed", select: { dataset: "child-outcomes", group: "all", category: "at-home" }, base: true },
  { name: "partner abuse at referral", select: { dataset: "wellbeing", group: "all", topic: "partner_abuse", period: "referral", category: "yes" } },
  { name: "good level of development", select: { dataset: "school-readiness", group: "all", category: "gld" } },
  { name: "women", select: { dataset: "referral-sources", group: "female", category: "midwifery" }, base: true },
  { name: "men", select: { dataset: "referral-sources", group: "male", category: "midwifery" }, base: true },
  { name: "all parents", select: { dataset: "referral-sources", group: "all", category: "midwifery" }, base: true },
];

export interface Utility {
  counts: number;
  hidden: number;
  /** Share of count figures hidden, in percent to one decimal. */
  hiddenPercent: number;
  headlines: { name: string; published: boolean }[];
  /** Bases (group totals) printed as [c], by figure id of the first record that uses each. */
  hiddenBases: string[];
}

export function utility(figures: readonly FigureRecord[]): Utility {
  const counts = figures.filter((r) => r.measure === "count");
  const hidden = counts.filter((r) => r.value === null).length;
  const headlines = HEADLINES.map((h) => {
    const [r] = selectRecords(counts, h.select);
    return { name: h.name, published: !!r && r.base !== null && (h.base || r.value !== null) };
  });
  const seen = new Set<string>();
  const hiddenBases = counts.flatMap((r) => {
    const key = `${r.dataset}|${r.group}|${r.topic ?? ""}|${r.period ?? ""}`;
    if (r.base !== null || seen.has(key)) return [];
    seen.add(key);
    return [r.id ?? key];
  });
  return { counts: counts.length, hidden, hiddenPercent: oneDecimalPercent(hidden, counts.length), headlines, hiddenBases };
}

/** The bench's table: one line per service, what is hidden and which headline figures are not published. */
export function utilityTable(services: { name: string; figures: readonly FigureRecord[]; cellsHidden: number }[]): string {
  const lines = services.map(({ name, figures, cellsHidden }) => {
    const u = utility(figures);
    const missing = u.headlines.filter((h) => !h.published).map((h) => h.name);
    return [
      `${name}: ${u.hidden} of ${u.counts} count figures hidden (${u.hiddenPercent}%), from ${cellsHidden} cells suppressed`,
      `  headline figures not published: ${missing.length ? missing.join("; ") : "none"}`,
      `  bases hidden: ${u.hiddenBases.length ? `${u.hiddenBases.length} (${u.hiddenBases.slice(0, 4).join(", ")}${u.hiddenBases.length > 4 ? ", ..." : ""})` : "none"}`,
    ].join("\n");
  });
  return lines.join("\n");
}
