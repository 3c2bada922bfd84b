// A comparison as a figure model: a funnel plot of the services whose numbers
// are published, around their pooled proportion, with 95% and 99.8% limits.
// Fewer than two units make no funnel: the page says so instead.
import { formatNumber, formatPercent, ofBase, formatInterval } from "../format.ts";
import { FUNNEL_CLASS_WORDS, funnelRows, type FunnelDot, type FunnelRows } from "../figures/funnel-rows.ts";
import type { FigureModel } from "../figures/model.ts";
import { listInWords } from "../views/words.ts";
import type { ComparisonResult } from "./compare-units.ts";

export const MIN_UNITS = 2;

const share = (d: { numerator: number; denominator: number }) =>
  `${formatPercent(Math.round((1000 * d.numerator) / d.denominator) / 10)} (${ofBase(d.numerator, d.denominator)})`;

function title(rows: FunnelRows): string {
  const outside = rows.dots.filter((d) => d.class !== "inside");
  const pooled = formatPercent(Math.round(rows.targetPercent * 10) / 10);
  if (!outside.length) {
    return `All ${formatNumber(rows.dots.length)} shown are within the 95% limits: none is further from the average of ${pooled} than chance alone often gives`;
  }
  const say = (d: FunnelDot) => `${d.label} is ${FUNNEL_CLASS_WORDS[d.class]}`;
  return `${capitalFirst(listInWords(outside.map(say)))} around the average of ${pooled}: worth a closer look, not a verdict`;
}

const capitalFirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The funnel plot for one comparison, or null when fewer than two units can be plotted. */
export function comparisonFigure(c: ComparisonResult): FigureModel | null {
  if (c.units.length < MIN_UNITS) return null;
  const rows = funnelRows(c.units.map((u) => ({ label: u.label, numerator: u.numerator, denominator: u.denominator })));
  const dots = new Map(rows.dots.map((d) => [d.label, d]));
  const pooled = formatPercent(Math.round(rows.targetPercent * 10) / 10);
  return {
    id: c.id,
    title: title(rows),
    summary: `${capitalFirst(c.measure.toLowerCase())}: ${listInWords(c.units.map((u) => `${u.label} ${share(u)}`))}. Together, ${pooled} of ${formatNumber(c.units.reduce((s, u) => s + u.denominator, 0))} ${c.base}.`,
    alt: `Funnel plot: each service's share against its number of ${c.base}, with the average of ${pooled} as a line and the 95% and 99.8% control limits narrowing as the number grows.`,
    chart: { kind: "funnel", xLabel: capitalFirst(c.base), ...rows },
    table: {
      caption: `${c.measure}, by service, against 95% and 99.8% limits around the average of ${pooled}`,
      columns: [{ label: "Service" }, { label: "Share, with its 95% interval", numeric: true }, { label: "Against the limits" }],
      rows: c.units.map((u) => [
        u.label,
        `${share(u)}; 95% interval ${formatInterval(u.numerator, u.denominator)}`,
        FUNNEL_CLASS_WORDS[dots.get(u.label)!.class],
      ]),
    },
    bases: c.units.map((u) => ({ who: `${c.base}, ${u.label}`, n: u.denominator })),
    cautions: [
      "A funnel plot compares each service with the average of those shown. A point outside the limits is a reason to look closer (at definitions, recording, or who is referred), not a judgement of the service. Counts are not causes.",
      ...(c.units.some((u) => u.slug === null)
        ? ["Salford's evaluation covers parents referred from 2014 to 2017, a different period from the services' trackers."]
        : []),
    ],
    notes: [],
    dataset: "services",
    source: "published service bundles and the evaluation's figures",
  };
}
