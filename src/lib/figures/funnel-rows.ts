// The funnel chart's rows: each unit as a dot and the limits as lines, in per
// cent, all computed here from src/lib/stats/funnel.ts so the chart spec only
// draws. (Chart row types live in src/lib: components import lib, never the reverse.)
import { formatPercent } from "../format.ts";
import { funnelCurve, funnelPoints, pooledProportion, type FunnelClass, type FunnelMethod, type FunnelUnit } from "../stats/funnel.ts";

export type { FunnelClass, FunnelMethod, FunnelUnit };

/** One unit (a service, an area) as a dot. */
export interface FunnelDot {
  label: string;
  denominator: number;
  /** The unit's proportion in per cent, 0 to 100. */
  percent: number;
  class: FunnelClass;
}

export type FunnelLineName = "pooled" | "95" | "99.8";

/** One vertex of a line: the pooled line, or one edge of the 95% or 99.8% funnel. */
export interface FunnelLinePoint {
  line: FunnelLineName;
  side: "lower" | "centre" | "upper";
  denominator: number;
  percent: number;
}

export interface FunnelRows {
  dots: FunnelDot[];
  /** Each line's vertices in order of denominator; draw one line per line and side. */
  lines: FunnelLinePoint[];
  /** The centre line in per cent. */
  targetPercent: number;
  /** Key text for each line, e.g. "All services: 52.4%". */
  lineLabels: Record<FunnelLineName, string>;
  method: FunnelMethod;
}

/** What each band means, in words for keys, tables and text alternatives. */
export const FUNNEL_CLASS_WORDS: Record<FunnelClass, string> = {
  inside: "within the 95% limits",
  "above-95": "above the 95% limit",
  "below-95": "below the 95% limit",
  "above-99.8": "above the 99.8% limit",
  "below-99.8": "below the 99.8% limit",
};

export interface FunnelRowsOptions {
  method?: FunnelMethod;
  /** Compare against this proportion (0..1) instead of the units' pooled proportion. */
  target?: number;
  /** Words for the centre line; default "All services". */
  targetName?: string;
}

/** Dots and limit lines for a funnel chart of these units. The lines run from 1 case to a tenth past the largest unit. */
export function funnelRows(units: readonly FunnelUnit[], { method = "exact", target, targetName = "All services" }: FunnelRowsOptions = {}): FunnelRows {
  const centre = target ?? pooledProportion(units);
  const points = funnelPoints(units, { method, target: centre });
  const max = Math.ceil((Math.max(...units.map((u) => u.denominator)) * 11) / 10);
  const curve = funnelCurve(centre, { min: 1, max, method });
  const edge = (line: FunnelLineName, side: FunnelLinePoint["side"], pick: (l: (typeof curve)[number]) => number): FunnelLinePoint[] =>
    curve.map((l) => ({ line, side, denominator: l.denominator, percent: pick(l) * 100 }));
  return {
    dots: points.map((p) => ({ label: p.label, denominator: p.denominator, percent: p.proportion * 100, class: p.class })),
    lines: [
      ...edge("99.8", "lower", (l) => l.lower998),
      ...edge("95", "lower", (l) => l.lower95),
      ...edge("pooled", "centre", (l) => l.target),
      ...edge("95", "upper", (l) => l.upper95),
      ...edge("99.8", "upper", (l) => l.upper998),
    ],
    targetPercent: centre * 100,
    lineLabels: { pooled: `${targetName}: ${formatPercent(centre * 100)}`, "95": "95% limits", "99.8": "99.8% limits" },
    method,
  };
}
