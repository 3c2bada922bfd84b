// A service's headline shares period by period, read from its published
// releases. Each release counts everyone since the service began, so the
// figures for one period are the later release's counts less the earlier
// one's: the parents referred in that period, the babies whose family's case
// closed in it. Anyone holding both releases can work these out, so they add
// nothing to what is published; the joint audit already keeps every change
// between releases at 0 or at least k. A change that is negative or larger than
// its base can only come from a corrected record, which the import refuses
// (TR-RELEASE-REVISED), so the data step refuses it too. Run by the data step.
import { toCsv } from "../csv.ts";
import type { FigureSet, GssSymbol } from "../figures/set.ts";
import { COMPARISONS, type Reading, type Unavailable } from "./compare-units.ts";

/** The headline shares whose counts only grow from release to release, and who a period adds to their base. */
export const TREND_MEASURES: { id: string; added: string }[] = [
  { id: "at-home-at-closure", added: "babies expected at referral whose family's case closed in the period" },
  { id: "partner-abuse-at-referral", added: "parents referred in the period, with a record at referral" },
];

export interface TrendPoint {
  /** The release whose counts, less the one before's, give the period's. */
  release: string;
  /** First and last month of the period (YYYY-MM). */
  from: string;
  to: string;
  numerator: number | null;
  denominator: number | null;
  /** Why there are no numbers: c a count is suppressed, x not published, z no one in the base. */
  symbol: GssSymbol | null;
  /** How the numbers were worked out, or why not. */
  derivation: string;
}

export interface Trend {
  id: string;
  measure: string;
  /** Who each period's base counts. */
  base: string;
  points: TrendPoint[];
}

/** A release as the trends read it: its folder, its period and its figures. */
export interface TrendRelease {
  release: string;
  period: { from: string; to: string };
  set: FigureSet;
}

/** The month after a YYYY-MM month. */
export function nextMonth(month: string): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, "0")}`;
}

const zero: Reading = { numerator: 0, denominator: 0, derivation: "" };

/** No one in the base yet (z) is a reading of nothing, not a gap. */
const orZero = (x: Reading | Unavailable): Reading | Unavailable => ("reason" in x && x.symbol === "z" ? zero : x);

function point(r: TrendRelease, from: string, now: Reading | Unavailable, before: Reading | Unavailable, prior?: string): TrendPoint {
  const at = { release: r.release, from, to: r.period.to };
  // A suppressed or unpublished count in either release leaves the period unknown.
  if ("reason" in now) return { ...at, numerator: null, denominator: null, symbol: now.symbol, derivation: now.reason };
  if ("reason" in before) return { ...at, numerator: null, denominator: null, symbol: before.symbol, derivation: `in the release before: ${before.reason}` };
  const numerator = now.numerator - before.numerator;
  const denominator = now.denominator - before.denominator;
  if (denominator === 0) return { ...at, numerator: null, denominator: null, symbol: "z", derivation: "no one was added to the base in this period" };
  const of = (x: Reading, release: string) => `${x.numerator} of ${x.denominator} in the ${release} release`;
  const derivation = prior ? `${of(now, r.release)}, less ${of(before, prior)}` : of(now, r.release);
  return { ...at, numerator, denominator, symbol: null, derivation };
}

/** Each trend measure's points, one per release (oldest first); the first release's period starts when its figures do. */
export function serviceTrends(releases: TrendRelease[]): Trend[] {
  return TREND_MEASURES.map(({ id, added }) => {
    const def = COMPARISONS.find((c) => c.id === id)!;
    const readings = releases.map((r) => orZero(def.bundle(r.set)));
    const points = releases.map((r, i) =>
      i === 0 ? point(r, r.period.from, readings[0]!, zero) : point(r, nextMonth(releases[i - 1]!.period.to), readings[i]!, readings[i - 1]!, releases[i - 1]!.release),
    );
    return { id, measure: def.measure, base: added, points };
  });
}

/** Counts that fell, or grew past their base, between releases: only a corrected record can do that. */
export function trendProblems(trends: Trend[]): string[] {
  return trends.flatMap((t) =>
    t.points.flatMap((p) =>
      p.numerator !== null && p.denominator !== null && (p.numerator < 0 || p.denominator < 0 || p.numerator > p.denominator)
        ? [
            `${t.id}, ${p.from} to ${p.to}: ${p.numerator} of ${p.denominator} after subtracting the release before; a published count fell or outgrew its base, which only a corrected record can do`,
          ]
        : [],
    ),
  );
}

/** trends.csv: one row per measure and period; numerator and denominator stay numeric, and `symbol` says why they are empty. */
export function trendsCsv(trends: Trend[]): string {
  return toCsv(
    ["trend", "trend_title", "denominator_counts", "release", "period_from", "period_to", "numerator", "denominator", "symbol", "derivation"],
    trends.flatMap((t) =>
      t.points.map((p) => ({
        trend: t.id,
        trend_title: t.measure,
        denominator_counts: t.base,
        release: p.release,
        period_from: p.from,
        period_to: p.to,
        numerator: p.numerator,
        denominator: p.denominator,
        symbol: p.symbol,
        derivation: p.derivation,
      })),
    ),
  );
}
