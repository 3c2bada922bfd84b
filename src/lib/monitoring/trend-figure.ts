// A service's trend as a figure model: each period's share as a dot with its
// 95% Wilson interval, suppressed periods as labelled gaps. The title compares
// the first and last periods shown, and calls a difference whose intervals
// overlap possibly chance, as the before-and-after figures do.
import { formatInterval, formatNumber, formatPercent, ofBase } from "../format.ts";
import type { FigureModel } from "../figures/model.ts";
import type { IntervalRow } from "../figures/rows.ts";
import { capital, listInWords } from "../words.ts";
import { isSmallBase, SMALL_BASE, wilson } from "../stats/wilson.ts";
import { oneDecimalPercent } from "../stats/percent.ts";
import { SYMBOL_WORDS } from "../figures/shares.ts";
import type { ServiceSection } from "./findings.ts";
import { months } from "./trends.ts";
import type { Trend, TrendPoint } from "../contract/services.ts";

type Known = TrendPoint & { numerator: number; denominator: number };
const known = (p: TrendPoint): p is Known => p.numerator !== null && p.denominator !== null;

const percent = (p: Known) => oneDecimalPercent(p.numerator, p.denominator);
const share = (p: Known) => `${formatPercent(percent(p))} (${ofBase(p.numerator, p.denominator)})`;
/** A gap's words, as every share on the site gives them: "[c] suppressed". */
const gapText = (p: TrendPoint) => `[${p.symbol ?? "x"}] ${SYMBOL_WORDS[p.symbol ?? "x"]}`;
const GAP_WORDS = {
  c: "a count behind it is suppressed to protect confidentiality [c]",
  x: "a figure behind it is not published [x]",
  z: "no one was added to its base [z]",
} as const;
/** A period's length in months. */
const span = (p: TrendPoint) => {
  const [[fy, fm], [ty, tm]] = [p.from, p.to].map((m) => m.split("-").map(Number)) as [[number, number], [number, number]];
  return (ty - fy) * 12 + tm - fm + 1;
};

function overlap(a: Known, b: Known): boolean {
  const [x, y] = [wilson(a.numerator, a.denominator), wilson(b.numerator, b.denominator)];
  return x.lower <= y.upper && y.lower <= x.upper;
}

function title(t: Trend, shown: Known[]): string {
  const first = shown[0]!;
  const last = shown.at(-1)!;
  if (shown.length === 1) return `${t.title}: ${share(first)} from ${months(first)}, the only period whose share can be published`;
  const against = `${share(last)} from ${months(last)} against ${share(first)} from ${months(first)}`;
  if (overlap(first, last)) return `${t.title}: ${against}, a difference that could easily be chance`;
  return `${t.title}: ${percent(last) > percent(first) ? "higher" : "lower"} in the latest period, ${against}`;
}

/** The trend's figure, or null when no period has a share to show (the page says so in words). */
export function trendFigure(t: Trend, o: { id: string }): FigureModel | null {
  const shown = t.points.filter(known);
  if (!shown.length) return null;
  const rows: IntervalRow[] = t.points.map((p) => {
    if (!known(p)) return { category: months(p), value: 0, label: gapText(p), symbol: p.symbol ?? "x" };
    const { lower, upper } = wilson(p.numerator, p.denominator);
    return {
      category: months(p),
      value: percent(p),
      label: share(p),
      interval: [lower * 100, upper * 100],
      intervalLabel: `95% interval: ${formatInterval(p.numerator, p.denominator)}`,
    };
  });
  const small = shown.filter((p) => isSmallBase(p.denominator));
  const gaps = t.points.filter((p) => !known(p));
  return {
    id: o.id,
    title: title(t, shown),
    summary: `Among ${t.denominatorCounts}: ${t.points.map((p) => `${months(p)}, ${known(p) ? share(p) : gapText(p)}`).join("; ")}.`,
    alt: `Dots with lines for their 95% intervals, one row per period, showing the share of ${t.denominatorCounts}${gaps.length ? `; ${formatNumber(gaps.length)} period${gaps.length === 1 ? "" : "s"} drawn as a labelled gap` : ""}.`,
    chart: { kind: "interval-bars", rows },
    table: {
      caption: `${t.title}: each period's share among ${t.denominatorCounts}`,
      columns: [{ label: "Period" }, { label: "Share, with its 95% interval", numeric: true }],
      rows: t.points.map((p) => [months(p), known(p) ? `${share(p)}; 95% interval ${formatInterval(p.numerator, p.denominator)}` : gapText(p)]),
    },
    bases: shown.map((p) => ({ who: `${t.denominatorCounts}, ${months(p)}`, n: p.denominator })),
    cautions: [
      `Each period counts only the people it added: each release counts everyone since the service began, and a period's figures are one release's counts less an earlier one's.${
        new Set(t.points.map(span)).size > 1
          ? " The periods are not all the same length: the first runs from when the figures begin, and where a release's count is suppressed its period is joined to the next."
          : ""
      }`,
      ...(small.length
        ? [
            `${capital(listInWords(small.map(months)))} ${small.length === 1 ? "rests" : "rest"} on fewer than ${formatNumber(SMALL_BASE)} people, so ${small.length === 1 ? "its" : "their"} 95% interval${small.length === 1 ? " is" : "s are"} wide.`,
          ]
        : []),
      ...gaps.map((p) => `No share is shown for ${months(p)}: ${GAP_WORDS[p.symbol ?? "x"]}. A gap is not a zero.`),
      "Counts are not causes: a change from one period to the next can come from who was referred, not from what the service did.",
    ],
    notes: [],
    dataset: "services",
    source: "the service's published releases",
  };
}

/** The page's section of trends: a figure per measure, or words where there is nothing to draw. */
export function trendSection(trends: Trend[]): ServiceSection {
  const releases = Math.max(0, ...trends.map((t) => t.points.length));
  const base = {
    id: "trends",
    heading: "Period by period",
    intro:
      "How the headline shares moved from one release to the next. Each period counts the people it added: parents referred in it, or babies whose family's case closed in it.",
    tables: [],
  };
  if (releases < 2) return { ...base, figures: [], withheld: "The service has published one release so far, so there is no trend yet: it needs at least two." };
  const figures = trends.map((t) => trendFigure(t, { id: `trend-${t.id}` }));
  const said = trends.filter((_, i) => !figures[i]).map((t) => `${t.title}: no period can be shown, because a count behind each is suppressed [c].`);
  return { ...base, figures: figures.filter((f): f is FigureModel => f !== null), withheld: said.join(" ") || null };
}
