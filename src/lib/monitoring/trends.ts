// A service's headline shares period by period, read from its published
// releases. Each release counts everyone since the service began, so the
// figures for one period are the later release's counts less the earlier
// one's: the parents referred in that period, the babies whose family's case
// closed in it. Anyone holding both releases can work these out, so they add
// nothing to what is published; the joint audit already keeps every change
// between releases at 0 or at least k. A change that is negative or larger than
// its base can only come from a corrected record, which the import refuses
// (TR-RELEASE-REVISED), so the data step refuses it too. Run by the data step.
import { toCsv } from "../io/csv-write.ts";
import { formatMonth } from "../format.ts";
import type { FigureSet } from "../figures/set.ts";
import { sum } from "d3-array";
import { COMPARISONS, MIN_SERVICES, SALFORD_LABEL, type Reading, type Unavailable } from "./compare-units.ts";
import type { ComparedUnit, ComparisonResult, Trend, TrendPoint } from "../contract/services.ts";

/** The headline shares whose counts only grow from release to release, and who a period adds to their base. */
export const TREND_MEASURES: { id: string; added: string }[] = [
  { id: "at-home-at-closure", added: "babies expected at referral whose family's case closed in the period" },
  { id: "partner-abuse-at-referral", added: "parents referred in the period, with a record at referral" },
];

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
        if (i === releases.length - 1)
          points.push({ release: r.release, from: start(), to: r.period.to, numerator: null, denominator: null, symbol: now.symbol, derivation: now.reason });
        return;
      }
      const prior = before?.reading ?? zero;
      const [numerator, denominator] = [now.numerator - prior.numerator, now.denominator - prior.denominator];
      const of = (x: Reading, release: string) => `${x.numerator} of ${x.denominator} in the ${release} release`;
      const derivation = before ? `${of(now, r.release)}, less ${of(before.reading, before.release)}` : of(now, r.release);
      points.push(
        denominator === 0
          ? {
              release: r.release,
              from: start(),
              to: r.period.to,
              numerator: null,
              denominator: null,
              symbol: "z",
              derivation: `no one was added to the base: ${derivation}`,
            }
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

/** "April 2024 to March 2025" */
export const months = (p: Pick<TrendPoint, "from" | "to">) => `${formatMonth(p.from)} to ${formatMonth(p.to)}`;

/** Why a service's latest period is not on a comparison of one period. */
const notSamePeriod = (p: TrendPoint, name: string) =>
  `its latest period runs ${months(p)}, not ${name}, because it has only one release or a count in an earlier release is suppressed`;

/**
 * Each trend measure compared across services for one period: the latest
 * period of the service whose releases run latest, with every service whose
 * latest period has the same months. Services are then compared on the people
 * they added in the same stretch of time, not on totals since each began.
 */
export function periodComparisons(services: { slug: string; name: string; trends: Trend[] }[]): ComparisonResult[] {
  return TREND_MEASURES.map(({ id }) => {
    const latest = services.map((s) => ({ ...s, point: s.trends.find((t) => t.id === id)?.points.at(-1) }));
    const target = latest.flatMap((s) => (s.point ? [s.point] : [])).sort((a, b) => (a.to === b.to ? (a.from < b.from ? 1 : -1) : a.to < b.to ? 1 : -1))[0];
    const name = target ? months(target) : "any period";
    const trend = services.flatMap((s) => s.trends.filter((t) => t.id === id))[0];
    const units: ComparedUnit[] = [];
    const unplotted: ComparisonResult["unplotted"] = [
      { label: SALFORD_LABEL, slug: null, reason: "the evaluation covers parents referred from 2014 to 2017, not this period", symbol: "z" },
    ];
    for (const s of latest) {
      const p = s.point;
      if (!p || !target) unplotted.push({ label: s.name, slug: s.slug, reason: "no release is published", symbol: "x" });
      else if (p.numerator === null || p.denominator === null) unplotted.push({ label: s.name, slug: s.slug, reason: p.derivation, symbol: p.symbol ?? "x" });
      else if (p.from !== target.from || p.to !== target.to) unplotted.push({ label: s.name, slug: s.slug, reason: notSamePeriod(p, name), symbol: "z" });
      else units.push({ label: s.name, slug: s.slug, numerator: p.numerator, denominator: p.denominator, derivation: p.derivation });
    }
    const plotted = units.length >= MIN_SERVICES;
    return {
      id: `${id}-latest-period`,
      measure: `${trend?.title ?? id}, ${name}`,
      base: trend?.denominatorCounts ?? "people added in the period",
      why: "The same measure for one period only: each service's figures count the people it added in the same months, so services are compared over the same stretch of time rather than since each began.",
      units,
      unplotted,
      plotted,
      pooled: plotted ? { numerator: sum(units.map((u) => u.numerator)), denominator: sum(units.map((u) => u.denominator)), services: units.length } : null,
    };
  });
}
