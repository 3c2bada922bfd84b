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
  /** The release whose counts, less those of the last earlier release that publishes them, give the period's. */
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
  /** What is measured, as a heading (every trend is a share). */
  title: string;
  /** Who each period's base counts. */
  denominatorCounts: string;
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

/**
 * Each trend measure's periods, oldest first. A period runs from the month after
 * the last release whose count is published to the next such release. Where a
 * release's count is suppressed, its period joins the next one's (both releases
 * around it are published, so anyone can work that longer period out); a
 * suppressed latest release leaves a last period that is a gap.
 */
export function serviceTrends(releases: TrendRelease[]): Trend[] {
  return TREND_MEASURES.map(({ id, added }) => {
    const def = COMPARISONS.find((c) => c.id === id)!;
    const points: TrendPoint[] = [];
    let before: { reading: Reading; release: string; to: string } | null = null;
    const start = () => (before ? nextMonth(before.to) : releases[0]!.period.from);
    releases.forEach((r, i) => {
      const now = orZero(def.bundle(r.set));
      if ("reason" in now) {
        if (i === releases.length - 1) points.push({ release: r.release, from: start(), to: r.period.to, numerator: null, denominator: null, symbol: now.symbol, derivation: now.reason });
        return;
      }
      const prior = before?.reading ?? zero;
      const [numerator, denominator] = [now.numerator - prior.numerator, now.denominator - prior.denominator];
      const of = (x: Reading, release: string) => `${x.numerator} of ${x.denominator} in the ${release} release`;
      const derivation = before ? `${of(now, r.release)}, less ${of(before.reading, before.release)}` : of(now, r.release);
      points.push(
        denominator === 0
          ? { release: r.release, from: start(), to: r.period.to, numerator: null, denominator: null, symbol: "z", derivation: `no one was added to the base: ${derivation}` }
          : { release: r.release, from: start(), to: r.period.to, numerator, denominator, symbol: null, derivation },
      );
      before = { reading: now, release: r.release, to: r.period.to };
    });
    return { id, title: def.measure, denominatorCounts: added, points };
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
        trend_title: t.title,
        denominator_counts: t.denominatorCounts,
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
