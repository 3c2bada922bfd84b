// A comparison as a figure model: a funnel plot of the services whose numbers
// are published, around the services combined (the data step's pooled figure),
// with 95% and 99.8% limits. Salford's evaluation, where its definition
// matches, is drawn against the same limits as a reference, not pooled.
// Fewer than two services make no funnel: the page says so instead.
import { formatInterval, formatNumber, formatPercent, ofBase } from "../format.ts";
import { FUNNEL_CLASS_WORDS, funnelRows, type FunnelDot } from "../figures/funnel-rows.ts";
import type { FigureModel, TableModel } from "../figures/model.ts";
import { capital, listInWords } from "../words.ts";
import { MIN_SERVICES_WORDS, SALFORD_LABEL } from "./compare-units.ts";
import type { ComparisonResult } from "../contract/services.ts";

const oneDecimal = (p: number) => formatPercent(Math.round(p * 10) / 10);
const share = (d: { numerator: number; denominator: number }) => `${oneDecimal((100 * d.numerator) / d.denominator)} (${ofBase(d.numerator, d.denominator)})`;

function title(services: FunnelDot[], combined: string): string {
  const outside = services.filter((d) => d.class !== "inside");
  if (!outside.length) {
    return `All ${formatNumber(services.length)} services are within the 95% limits: none is further from the services combined (${combined}) than chance would usually produce`;
  }
  const say = (d: FunnelDot) => `${d.label} is ${FUNNEL_CLASS_WORDS[d.class]}`;
  return `${capital(listInWords(outside.map(say)))} around the services combined (${combined}): worth a closer look, not a verdict`;
}

/** The funnel plot for one comparison, or null when fewer than two services can be plotted. */
export function comparisonFigure(c: ComparisonResult): FigureModel | null {
  if (!c.plotted || !c.pooled) return null;
  const target = c.pooled.numerator / c.pooled.denominator;
  const combined = `${oneDecimal(100 * target)}, ${ofBase(c.pooled.numerator, c.pooled.denominator)}`;
  const rows = funnelRows(
    c.units.map((u) => ({ label: u.label, numerator: u.numerator, denominator: u.denominator })),
    { target, targetName: "Services combined" },
  );
  const dots = new Map(rows.dots.map((d) => [d.label, d]));
  const services = rows.dots.filter((d) => d.label !== SALFORD_LABEL);
  const salford = c.units.find((u) => u.slug === null);
  const largest = [...c.units].filter((u) => u.slug !== null).sort((a, b) => b.denominator - a.denominator)[0]!;
  return {
    id: c.id,
    title: title(services, combined),
    summary: `${c.measure}: ${listInWords(c.units.map((u) => `${u.label} ${share(u)}`))}. The services combined: ${combined} ${c.base}.`,
    alt: `Funnel plot: each service's share against its number of ${c.base}, with the services combined (${oneDecimal(100 * target)}) as a line and the 95% and 99.8% control limits narrowing as the number grows${salford ? "; Salford's evaluation is drawn against the same limits" : ""}.`,
    chart: { kind: "funnel", xLabel: capital(c.base), ...rows },
    table: {
      caption: `${c.measure}, by service, against 95% and 99.8% limits around the services combined (${oneDecimal(100 * target)})`,
      columns: [{ label: "Service" }, { label: "Share, with its 95% interval", numeric: true }, { label: "Against the limits" }],
      // Numbered as the chart's dots are.
      rows: c.units.map((u, i) => [
        `${i + 1}. ${u.label}`,
        `${share(u)}; 95% interval ${formatInterval(u.numerator, u.denominator)}`,
        FUNNEL_CLASS_WORDS[dots.get(u.label)!.class],
      ]),
    },
    bases: c.units.map((u) => ({ who: `${c.base}, ${u.label}`, n: u.denominator })),
    cautions: [
      "A funnel plot compares each service with the services combined. A point outside the limits is a reason to look closer (at definitions, recording, or who is referred), not a judgement of the service. Counts are not causes.",
      `The services combined weigh each service by its size: ${largest.label} holds ${formatNumber(largest.denominator)} of the ${formatNumber(c.pooled.denominator)}.`,
      ...(c.id === "good-level-of-development"
        ? [
            "The Reception assessment changed in 2021/22 and results from before and after are not comparable; the tracker records no year of assessment, so a service's figure may mix the two.",
          ]
        : []),
      ...(c.id.startsWith("partner-abuse")
        ? [
            "Partner abuse is recorded far more often for women than for men, so a service that works with more women will tend to have a higher share. The plot does not adjust for this.",
          ]
        : []),
      ...(salford
        ? [
            "Salford's evaluation covers parents referred from 2014 to 2017, another period from the services' trackers, so it is drawn for reference and not added into the services combined.",
          ]
        : []),
    ],
    notes: [],
    dataset: "services",
    source: "published service bundles and the evaluation's figures",
  };
}

/** Why a comparison draws no funnel plot, in a sentence. */
export function noPlotText(c: ComparisonResult): string {
  const services = c.units.filter((u) => u.slug !== null).map((u) => u.label);
  const who = services.length === 1 ? `Only ${services[0]} has these figures published` : "No service has these figures published yet";
  return `${who}, and a funnel plot needs at least ${MIN_SERVICES_WORDS} services, so there is no plot.`;
}

/**
 * The figures a comparison has when it draws no funnel (fewer than two
 * services publish them): each service's and Salford's share with its 95%
 * interval, shown as they are and compared with nothing. Null when no one has one.
 */
export function comparisonReadings(c: ComparisonResult): TableModel | null {
  if (!c.units.length) return null;
  return {
    caption: `${c.measure}: the figures published so far, not compared (a funnel plot needs at least ${MIN_SERVICES_WORDS} services)`,
    columns: [{ label: "Service" }, { label: "Share", numeric: true }, { label: "95% interval", numeric: true }],
    rows: c.units.map((u) => [u.label, share(u), formatInterval(u.numerator, u.denominator)]),
  };
}
