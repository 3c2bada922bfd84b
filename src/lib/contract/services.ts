// What the data step publishes across service bundles, under public/data/services/:
// the index of services and their releases, each service's trends, and the
// comparisons across services. One zod schema per file, its TypeScript type
// derived from it; the data step writes by these types (src/lib/monitoring/) and
// the pages read by these schemas, through the content collections.
import { z } from "zod";
import { SYMBOLS } from "./site.ts";

const period = z.strictObject({ from: z.string(), to: z.string() });

/** One release of a service in the index: its folder, period and how many of its counts are hidden. */
export const releaseEntrySchema = z.strictObject({ id: z.string(), period, counts: z.number(), hidden: z.number() });
export type ReleaseEntry = z.infer<typeof releaseEntrySchema>;

/** One line of the services index: who, and the latest release (which period, how protected), then every release. */
export const serviceEntrySchema = z.strictObject({
  slug: z.string(),
  name: z.string(),
  council: z.string().nullable(),
  period,
  synthetic: z.boolean(),
  disclosure: z.strictObject({ k: z.number(), rounding: z.union([z.literal(5), z.null()]) }),
  figures: z.number(),
  /** How many of the figures are counts (the rest are shares), so a page can say "137 of 279 counts hidden". */
  counts: z.number(),
  /** How many of those counts are marked [c] in figures.json and figures.csv: what a reader of the files sees hidden. */
  hidden: z.number(),
  /** The latest release's folder, which the fields above describe. */
  release: z.string(),
  /** Every release, oldest first. */
  releases: z.array(releaseEntrySchema),
});
export type ServiceEntry = z.infer<typeof serviceEntrySchema>;

/** index.json: which build this is, and the services that publish a bundle in it. */
export const servicesIndexSchema = z.strictObject({ mode: z.enum(["production", "example"]), services: z.array(serviceEntrySchema) });
export type ServicesIndex = z.infer<typeof servicesIndexSchema>;

/** One unit on a comparison: a service (or Salford's evaluation) with its numbers. */
export const comparedUnitSchema = z.strictObject({
  label: z.string(),
  /** The service's page, or null for Salford's evaluation. */
  slug: z.string().nullable(),
  numerator: z.number(),
  denominator: z.number(),
  derivation: z.string(),
});
export type ComparedUnit = z.infer<typeof comparedUnitSchema>;

/** One record of comparisons.json. */
export const comparisonSchema = z.strictObject({
  id: z.string(),
  measure: z.string(),
  base: z.string(),
  why: z.string(),
  units: z.array(comparedUnitSchema),
  /** Services (and Salford) without a reading, with the reason and its GSS symbol. */
  unplotted: z.array(z.strictObject({ label: z.string(), slug: z.string().nullable(), reason: z.string(), symbol: z.enum(SYMBOLS) })),
  /** Whether the funnel plot is drawn: it needs at least two services with a reading. */
  plotted: z.boolean(),
  /**
   * The services combined (every numerator over every denominator, trackers
   * only: Salford's evaluation covers another period and is drawn against the
   * services' limits, not pooled with them); null with fewer than two services.
   */
  pooled: z.strictObject({ numerator: z.number(), denominator: z.number(), services: z.number() }).nullable(),
});
export type ComparisonResult = z.infer<typeof comparisonSchema>;

export const trendPointSchema = z.strictObject({
  /** The release whose counts, less those of the last earlier release that publishes them, give the period's. */
  release: z.string(),
  /** First and last month of the period (YYYY-MM). */
  from: z.string(),
  to: z.string(),
  numerator: z.number().nullable(),
  denominator: z.number().nullable(),
  /** Why there are no numbers: c a count is suppressed, x not published, z no one in the base. */
  symbol: z.enum(SYMBOLS).nullable(),
  /** How the numbers were worked out, or why not. */
  derivation: z.string(),
});
export type TrendPoint = z.infer<typeof trendPointSchema>;

/** One record of a service's trends.json. */
export const trendSchema = z.strictObject({
  id: z.string(),
  /** What is measured, as a heading (every trend is a share). */
  title: z.string(),
  /** Who each period's base counts. */
  denominatorCounts: z.string(),
  points: z.array(trendPointSchema),
});
export type Trend = z.infer<typeof trendSchema>;
