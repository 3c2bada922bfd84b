// Number formatting for pages and tables: UK style, n beside every percentage,
// and an interval for small bases. Pages call these; they never format inline.
import type { Figure } from "./contract/site.ts";
import { wilson } from "./stats/wilson.ts";

const whole = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 1 });

export function formatNumber(value: number): string {
  return whole.format(value);
}

/** £3.8 million, £940,000, £32,263 */
export function formatGbp(value: number, precision = 1): string {
  // A figure printed to the nearest £100,000 keeps its decimal: "£1.0 million", as printed.
  const digits = precision >= 100_000 ? 1 : 0;
  if (Math.abs(value) >= 1_000_000)
    return `£${new Intl.NumberFormat("en-GB", { minimumFractionDigits: digits, maximumFractionDigits: 1 }).format(value / 1_000_000)} million`;
  return `£${new Intl.NumberFormat("en-GB", { maximumFractionDigits: 0 }).format(value)}`;
}

/** "51%" with the printed precision kept (67.7%). */
export function formatPercent(value: number): string {
  return `${formatNumber(value)}%`;
}

/** "19 of 37" */
export function ofBase(count: number, base: number): string {
  return `${formatNumber(count)} of ${formatNumber(base)}`;
}

/** "30% to 95%": a 95% Wilson interval as whole percentages. */
export function formatInterval(count: number, base: number): string {
  const { lower, upper } = wilson(count, base);
  return `${Math.round(lower * 100)}% to ${Math.round(upper * 100)}%`;
}

/** Any figure in its unit, for tables and key numbers. */
export function formatFigure(f: Pick<Figure, "measure" | "value"> & { precision?: number; base?: number | null }): string {
  switch (f.measure) {
    case "percent":
      return formatPercent(f.value);
    case "gbp":
      return formatGbp(f.value, f.precision);
    case "rate_per_10000":
      return `${formatNumber(f.value)} per 10,000`;
    case "rate_per_1000":
      return `${formatNumber(f.value)} per 1,000`;
    case "years":
      return `${formatNumber(f.value)} years`;
    case "months":
      return `${formatNumber(f.value)} months`;
    case "weeks":
      return `${formatNumber(f.value)} weeks`;
    case "fte":
      return `${formatNumber(f.value)} FTE`;
    // A rank and a ratio need their base to read ("18th of 317", "1 in 4").
    case "rank":
      return "base" in f && typeof f.base === "number" ? `${formatNumber(f.value)} of ${formatNumber(f.base)}` : formatNumber(f.value);
    case "ratio":
      return "base" in f && typeof f.base === "number" ? `${formatNumber(f.value)} in ${formatNumber(f.base)}` : formatNumber(f.value);
    default:
      return formatNumber(f.value);
  }
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** "2019-04" as "April 2019"; anything else is returned as it is. */
export function formatMonth(month: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  const name = m ? MONTHS[Number(m[2]) - 1] : undefined;
  return m && name ? `${name} ${m[1]}` : month;
}
