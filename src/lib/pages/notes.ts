// The notes page: each ledger entry as a readable section (its arithmetic as
// the build computed it, and the figures involved), and a count of every check
// the build ran. Pure functions: the page passes in the records (src/lib/load.ts).
import type { CheckResult, Figure } from "../contract/site.ts";
import type { LedgerStatement, PublishedLedgerEntry } from "../contract/ledger.ts";
import { formatFigure, formatNumber } from "../format.ts";
import { DATASETS } from "../datasets.ts";
import { FINDINGS, SECTIONS } from "../site.ts";
import { countedShares, shareTable, type Counted } from "../figures/shares.ts";
import type { FigureSet } from "../figures/set.ts";

export type CheckFamily = "percent" | "sum" | "flow" | "recovered" | "relation" | "other";

export const FAMILY_LABELS: Record<CheckFamily, string> = {
  percent: "Percentages against their counts and bases",
  sum: "Parts against their totals (a printed total, a shared base, or 100%)",
  flow: "Flow diagrams against the tables they illustrate",
  recovered: "Counts recovered from chart fractions",
  relation: "Arithmetic between figures (data/relations.csv)",
  other: "Other checks",
};

export function checkFamily(rule: string): CheckFamily {
  if (rule === "percent" || rule === "same-base") return "percent";
  if (rule.startsWith("sum-")) return "sum";
  if (rule.startsWith("flow-")) return "flow";
  if (rule.startsWith("recover")) return "recovered";
  if (rule.startsWith("relation-")) return "relation";
  return "other";
}

export interface CheckSummary {
  total: number;
  failing: number;
  families: { family: CheckFamily; label: string; total: number; failing: number }[];
}

/** How many checks ran and failed, overall and by kind (kinds with none left out). */
export function checkSummary(checks: CheckResult[]): CheckSummary {
  const families = (Object.keys(FAMILY_LABELS) as CheckFamily[])
    .map((family) => {
      const mine = checks.filter((c) => checkFamily(c.rule) === family);
      return { family, label: FAMILY_LABELS[family], total: mine.length, failing: mine.filter((c) => !c.ok).length };
    })
    .filter((f) => f.total > 0);
  return { total: checks.length, failing: checks.filter((c) => !c.ok).length, families };
}

/** Readable arithmetic: proper minus and times signs, thousands separators. */
export function formatArithmetic(text: string): string {
  return text
    .replaceAll(" + -", " − ")
    .replaceAll(" - ", " − ")
    .replaceAll(" x ", " × ")
    .replace(/(?<![\d.])\d{5,}(?![\d.])/g, (n) => formatNumber(Number(n)));
}

export interface ArithmeticLine {
  kind: string;
  /** Whose arithmetic the line is: the report's, redone here, or this site's own. */
  whose: string;
  /** False for a check that holds, cited to show the arithmetic behind a reading. */
  disagrees: boolean;
  arithmetic: string;
  /** "The two sides differ by 15; rounding cannot explain any difference." */
  comparison: string;
}

// Two decimals, so a difference of 0.1 is never shown beside an allowance that
// also rounds to 0.1 (0.05).
const small = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 2 });

export const WHOSE_LABELS = {
  report: "The report's own arithmetic, redone by this site",
  site: "This site's arithmetic on the report's figures",
  printed: "The report's printed figures, checked against each other by this site",
  recovered: "This site's recovery of counts from the chart data",
} as const;

export function whoseLabel(r: CheckResult): string {
  if (r.whose) return WHOSE_LABELS[r.whose];
  return checkFamily(r.rule) === "recovered" ? WHOSE_LABELS.recovered : WHOSE_LABELS.printed;
}

export function arithmeticLine(r: CheckResult): ArithmeticLine {
  const difference = small.format(Math.abs(r.actual - r.expected));
  const allowed = r.tolerance === 0 ? "rounding cannot explain any difference" : `rounding can explain at most ${small.format(r.tolerance)}`;
  const atMost = r.rule === "relation-at-most";
  return {
    kind: FAMILY_LABELS[checkFamily(r.rule)],
    whose: whoseLabel(r),
    disagrees: !r.ok,
    arithmetic: formatArithmetic(r.arithmetic),
    comparison: r.ok
      ? "This holds: the two sides agree within rounding."
      : atMost
        ? `The printed figure is larger by ${difference}.`
        : `The two sides differ by ${difference}; ${allowed}.`,
  };
}

export interface StatementLine {
  label: string;
  says: string;
  /** "Evaluation: Executive Summary, Headline summary" */
  where: string;
  figure: string | null;
}

const DOCUMENT_NAMES: Record<string, string> = { evaluation: "Evaluation report", services: "North West list, row" };

export function statementLine(s: LedgerStatement): StatementLine {
  return {
    label: s.label,
    says: s.says,
    where: `${DOCUMENT_NAMES[s.document] ?? s.document}: ${s.section}${s.table ? `, ${s.table}` : ""}`,
    figure: s.figure ?? null,
  };
}

export interface FigureRow {
  id: string;
  category: string;
  group: string;
  period: string;
  value: string;
  /** True for counts the build recovered from chart fractions (not printed). */
  recovered: boolean;
  base: string;
  source: string;
}

/** Recovered from chart fractions (not our groupings, not a placement judgement). */
export const isRecovered = (f: Figure) => f.derived && (f.derivation ?? "").startsWith("Recovered");

export function figureRow(f: Figure): FigureRow {
  return {
    id: f.id,
    category: f.variant ? `${f.category} (${f.variant.replaceAll("-", " ")} version)` : f.category,
    group: f.group,
    period: f.period ?? "–",
    value: formatFigure(f),
    recovered: isRecovered(f),
    base: f.base === null ? "–" : formatNumber(f.base),
    source: f.source.table,
  };
}

/** The site page presenting a dataset, titled as the navigation titles it. */
export function pageOfDataset(dataset: string): { href: string; title: string } | undefined {
  const spec = DATASETS.find((d) => d.id === dataset);
  if (!spec?.page) return undefined;
  const link = [...FINDINGS, ...SECTIONS].find((l) => l.href === spec.page);
  return { href: spec.page, title: link?.title ?? spec.title };
}

/** An entry's own page: its permalink. Links into the ledger point here (docs/decisions/notes-page-per-entry.md). */
export const noteHref = (id: string) => `/notes/${id}/`;

/** The whole ledger on one page, for find and print. */
export const NOTES_ALL = "/notes/all/";

/** The entries before and after one, in ledger order, for an entry page's own navigation. */
export function neighbours<T extends { id: string }>(list: T[], id: string): { previous: T | undefined; next: T | undefined } {
  const at = list.findIndex((x) => x.id === id);
  if (at < 0) throw new Error(`neighbours: no entry ${id}`);
  return { previous: list[at - 1], next: list[at + 1] };
}

export interface NoteSection {
  id: string;
  title: string;
  kind: "arithmetic" | "wording";
  /** "explained": a failing check the report itself accounts for. */
  verdict: "disagreement" | "explained";
  statements: StatementLine[];
  what: string;
  reading: string;
  arithmetic: ArithmeticLine[];
  figures: FigureRow[];
  /** Pages that show any of the figures, for "where this matters". */
  pages: { href: string; title: string }[];
}

/**
 * One section per ledger entry. `lookup` finds a figure by id (the page passes
 * load.ts's figure(), which fails the build on an unknown id); `pageOf` names
 * the page that presents a dataset.
 */
export function noteSections(
  entries: PublishedLedgerEntry[],
  lookup: (id: string) => Figure,
  pageOf: (dataset: string) => { href: string; title: string } | undefined,
): NoteSection[] {
  return entries.map((e) => {
    if (e.results.length === 0 && e.statements.length < 2) throw new Error(`ledger entry ${e.id} has neither computed results nor statements`);
    const figures = e.figures.map(lookup);
    const pages = new Map<string, { href: string; title: string }>();
    for (const f of figures) {
      const p = pageOf(f.dataset);
      if (p) pages.set(p.href, p);
    }
    return {
      id: e.id,
      title: e.title,
      kind: e.kind,
      verdict: e.verdict,
      statements: e.statements.map(statementLine),
      what: e.what,
      reading: e.reading,
      arithmetic: e.results.map(arithmeticLine),
      figures: figures.map(figureRow),
      pages: [...pages.values()],
    };
  });
}

/** How many entries, and how many of them are explained rather than disagreements. */
export function ledgerCounts(sections: NoteSection[]): { total: number; disagreements: number; explained: number; wording: number } {
  const explained = sections.filter((s) => s.verdict === "explained").length;
  return { total: sections.length, disagreements: sections.length - explained, explained, wording: sections.filter((s) => s.kind === "wording").length };
}

export interface RecoveryExample {
  series: string;
  base: number;
  counts: { category: string; count: number; fraction: string }[];
}

/**
 * A recovered series for the method note: its base and each count with the
 * fraction it reproduces (JavaScript prints the double exactly as Word did).
 */
export function recoveryExample(figures: Figure[]): RecoveryExample {
  const derived = figures.filter((f) => isRecovered(f) && f.measure === "count" && f.base !== null);
  const first = derived[0];
  if (!first || first.base === null) throw new Error("recoveryExample: no recovered counts in these figures");
  const series = derived.filter((f) => f.source.table === first.source.table && f.group === first.group);
  return {
    series: first.source.table.replace(/^Chart data: /, ""),
    base: first.base,
    counts: series.map((f) => ({ category: f.category, count: f.value, fraction: String(f.value / first.base!) })),
  };
}

/** A dataset's first printed share on a small base, to show what an interval means. */
export function smallBaseExample(set: FigureSet, dataset: string, isSmall: (base: number | null) => boolean): Counted & { topic: string | null } {
  for (const p of set.select({ dataset, measure: "percent" })) {
    const topic = p.topic ?? null;
    const share = countedShares(shareTable(set, { dataset, group: [p.group], topic, period: p.period ?? null })).find(
      (s) => s.category === p.category && isSmall(s.base),
    );
    if (share) return { ...share, topic };
  }
  throw new Error("smallBaseExample: no share on a small base");
}

/** A passing percentage check whose printed value is rounded, to show the tolerance at work. */
export function roundingExample(checks: CheckResult[]): CheckResult {
  const c = checks.find((x) => x.rule === "percent" && x.ok && Math.abs(x.actual - x.expected) >= 0.2);
  if (!c) throw new Error("roundingExample: no rounded percentage among the checks");
  return c;
}
