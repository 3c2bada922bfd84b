// The comparisons that mean the same thing in every service: for each, a
// numerator and a denominator read from a service's published figures, or the
// reason it cannot be read (a suppressed count, a missing figure). Salford's
// evaluation joins where its definition matches the standard's, and the
// comparison says where it does not. Run by the data step: pages get the result.
import { sum } from "d3-array";
import { toCsv } from "../io/csv-write.ts";
import type { FigureRecord, FigureSet, Selector } from "../figures/set.ts";
import type { GssSymbol } from "../contract/site.ts";
import type { ComparisonResult } from "../contract/services.ts";

export interface Reading {
  numerator: number;
  denominator: number;
  /** How the numbers were read, for the downloads: which published figures. */
  derivation: string;
}

/** Why there is no reading, with its GSS symbol: c suppressed, x not published, z not applicable (no one in the base, or another definition). */
export type Unavailable = { reason: string; symbol: GssSymbol };

export interface ComparisonDef {
  id: string;
  /** What is compared, as a table heading: "Children with an at-home status when the case closed". */
  measure: string;
  /** Who the denominator counts, in words. */
  base: string;
  /** Why this measure is compared, in a sentence for the page. */
  why: string;
  /** How a bundle gives the numbers. */
  bundle(set: FigureSet): Reading | Unavailable;
  /** How Salford's evaluation gives them, or why its definition differs. */
  salford(set: FigureSet): Reading | Unavailable;
}

const one = (set: FigureSet, s: Selector): FigureRecord | undefined => set.select(s).filter((r) => r.variant === null || r.variant === undefined)[0];

/** A published count with its published base, or why not. */
function countAndBase(set: FigureSet, s: Selector, what: string): Reading | Unavailable {
  const r = one(set, { ...s, measure: "count" });
  if (!r) return { reason: `no ${what} figure is published`, symbol: "x" };
  if (r.value === null || r.base === null) return { reason: `the ${what} count or its base is suppressed [c]`, symbol: "c" };
  if (r.base === 0) return { reason: `no one is in the base (0), so there is no share to compare`, symbol: "z" };
  return { numerator: r.value, denominator: r.base, derivation: `${r.id ?? what}: ${r.value} of ${r.base}` };
}

/** Parents known at both times with partner abuse recorded three years on: yes-to-yes plus no-to-yes, over the pairs' base. */
function pairedAfter(set: FigureSet): Reading | Unavailable {
  const pick = (category: string) =>
    one(set, { dataset: "wellbeing", group: "all", topic: "partner_abuse", period: "referral-to-three-years", category, measure: "count" });
  const [yy, ny] = [pick("yes-to-yes"), pick("no-to-yes")];
  if (!yy || !ny) return { reason: "no figures for parents known at both times are published", symbol: "x" };
  if (yy.value === null || ny.value === null || yy.base === null)
    return { reason: "a count for parents known at both times, or its base, is suppressed [c]", symbol: "c" };
  if (yy.base === 0) return { reason: "no parent has a record at both times, so there is no share to compare", symbol: "z" };
  return {
    numerator: yy.value + ny.value,
    denominator: yy.base,
    derivation: `yes-to-yes ${yy.value} + no-to-yes ${ny.value}, of ${yy.base} known at both times`,
  };
}

export const COMPARISONS: ComparisonDef[] = [
  {
    id: "at-home-at-closure",
    why: "The service exists to help parents keep the baby they are expecting, and every tracker records that baby's status when the case closes in the same codes.",
    measure: "Babies expected at referral with an at-home status when the case closed",
    base: "babies expected at referral whose case had closed",
    // The child each referral was about: the standard's "expected at referral", Salford's "first children" (Table 9).
    bundle: (set) => countAndBase(set, { dataset: "child-outcomes", group: "expected-at-referral", period: "at-case-closure", category: "at-home" }, "at-home"),
    salford: (set) => {
      const r = countAndBase(set, { dataset: "child-outcomes", group: "first children", category: "At-home status (our grouping)" }, "at-home");
      // Same statuses grouped; Salford's base is every such baby with a final known status (Table 9).
      return "reason" in r ? r : { ...r, derivation: `${r.derivation} (the baby each family was expecting at referral, final known status; Table 9)` };
    },
  },
  {
    id: "partner-abuse-at-referral",
    why: "Partner abuse is one of the needs most often recorded at referral; comparing it shows whether services work with parents in similar circumstances, which matters when reading their other figures.",
    measure: "Parents with partner abuse recorded at referral",
    base: "parents with a record at referral",
    bundle: (set) =>
      countAndBase(set, { dataset: "wellbeing", group: "all", topic: "partner_abuse", period: "referral", category: "yes" }, "partner abuse at referral"),
    salford: (set) =>
      countAndBase(
        set,
        { dataset: "partner-abuse", group: "all parents", period: "at referral", category: "Partner abuse reported" },
        "partner abuse at referral",
      ),
  },
  {
    id: "partner-abuse-after-three-years",
    why: "Among parents with a record at referral and three years later, how many still had partner abuse recorded: a change over time that every tracker records the same way.",
    measure: "Parents with partner abuse recorded after three years, among those with a record at both times",
    base: "parents with a record at referral and after three years",
    bundle: pairedAfter,
    salford: () => ({
      reason:
        "the evaluation gives the share after three years among parents with a record then, not among those with a record at both times, so it does not match",
      symbol: "z",
    }),
  },
  {
    id: "good-level-of-development",
    why: "How children in these families were doing at the end of Reception, from the same national assessment in every council.",
    measure: "Children with a Good Level of Development at the end of Reception",
    base: "children assessed, in families whose case had closed",
    bundle: (set) => countAndBase(set, { dataset: "school-readiness", group: "all", category: "gld" }, "school readiness"),
    salford: () => ({
      reason: "the evaluation gives no year for its 4 children, and the Reception assessment changed in 2021/22, so its figure may not match the services'",
      symbol: "z",
    }),
  },
];

export const SALFORD_LABEL = "Salford (evaluation, 2020)";

/** A funnel plot compares services with each other: it needs at least two with a reading. */
export const MIN_SERVICES = 2;
/** The same, as the pages' sentences say it. */
export const MIN_SERVICES_WORDS = "two";

/** Every comparison across the published services, with Salford's evaluation where its definition matches. */
export function compareServices(services: { slug: string; name: string; set: FigureSet }[], salford: FigureSet): ComparisonResult[] {
  return COMPARISONS.map((c) => {
    const readings = [
      ...services.map((s) => ({ label: s.name, slug: s.slug, reading: c.bundle(s.set) })),
      { label: SALFORD_LABEL, slug: null, reading: c.salford(salford) },
    ];
    const units = readings.flatMap(({ label, slug, reading }) => ("reason" in reading ? [] : [{ label, slug, ...reading }]));
    const trackers = units.filter((u) => u.slug !== null);
    return {
      id: c.id,
      measure: c.measure,
      base: c.base,
      why: c.why,
      units,
      pooled:
        trackers.length >= MIN_SERVICES
          ? { numerator: sum(trackers.map((u) => u.numerator)), denominator: sum(trackers.map((u) => u.denominator)), services: trackers.length }
          : null,
      unplotted: readings.flatMap(({ label, slug, reading }) => ("reason" in reading ? [{ label, slug, reason: reading.reason, symbol: reading.symbol }] : [])),
      plotted: trackers.length >= MIN_SERVICES,
    };
  });
}

/**
 * comparisons.csv: one row per comparison and service (Salford's evaluation among them), plotted or not.
 * Columns are named so they do not clash with figures.csv (where measure is a unit). numerator and
 * denominator stay numeric: when a unit is not plotted they are empty and `symbol` says why, in GSS terms:
 * c where a count or base is suppressed, x where no figure is published, z where the definitions differ
 * so a comparison does not apply. derivation gives the reason in words.
 */
export function comparisonsCsv(results: ComparisonResult[]): string {
  const rows = results.flatMap((c) => {
    const common = { comparison: c.id, comparison_title: c.measure, denominator_counts: c.base };
    return [
      ...c.units.map((u) => ({
        ...common,
        service: u.label,
        service_slug: u.slug,
        numerator: u.numerator,
        denominator: u.denominator,
        symbol: null,
        plotted: c.plotted,
        derivation: u.derivation,
      })),
      ...c.unplotted.map((u) => ({
        ...common,
        service: u.label,
        service_slug: u.slug,
        numerator: null,
        denominator: null,
        symbol: u.symbol,
        plotted: false,
        derivation: u.reason,
      })),
    ];
  });
  return toCsv(
    ["comparison", "comparison_title", "denominator_counts", "service", "service_slug", "numerator", "denominator", "symbol", "plotted", "derivation"],
    rows,
  );
}
