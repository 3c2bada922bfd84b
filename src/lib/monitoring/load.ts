// Pages read the service bundles that npm run data checked and published in
// public/data/services/, through the same schemas the check used.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { formatMonth } from "../format.ts";
import { parseFigureSet, type FigureSet } from "../figures/set.ts";
import { disclosureSchema, type Disclosure } from "../contract/bundle.ts";
import { SERVICES_INDEX, type ServiceEntry, type ServicesIndex } from "./publish.ts";
import type { ComparisonResult } from "./compare-units.ts";
import type { Trend } from "./trends.ts";

const DIR = join(process.cwd(), "public/data/services");

const entrySchema = z.object({
  slug: z.string(),
  name: z.string(),
  council: z.string().nullable(),
  period: z.object({ from: z.string(), to: z.string() }),
  synthetic: z.boolean(),
  disclosure: z.object({ k: z.number(), rounding: z.union([z.literal(5), z.null()]) }),
  figures: z.number(),
  counts: z.number(),
  hidden: z.number(),
  release: z.string(),
  releases: z.array(z.object({ id: z.string(), period: z.object({ from: z.string(), to: z.string() }), counts: z.number(), hidden: z.number() })),
});
const indexSchema = z.object({ mode: z.enum(["production", "example"]), services: z.array(entrySchema) });

function readJson(name: string): unknown {
  try {
    return JSON.parse(readFileSync(join(DIR, name), "utf8"));
  } catch (e) {
    throw new Error(`Cannot read public/data/services/${name}: run "npm run data" first. (${(e as Error).message})`, { cause: e });
  }
}

let index: ServicesIndex | undefined;
/** The services that publish a bundle in this build, and which build this is. */
export function servicesIndex(): ServicesIndex {
  index ??= indexSchema.parse(readJson(SERVICES_INDEX));
  return index;
}

export function serviceEntry(slug: string): ServiceEntry {
  const e = servicesIndex().services.find((s) => s.slug === slug);
  if (!e) throw new Error(`No service bundle "${slug}" in public/data/services/`);
  return e;
}

const sets = new Map<string, FigureSet>();
/** A service's figures (its latest release) as a set, for the same builders that draw Salford's. */
export function serviceSet(slug: string): FigureSet {
  const e = serviceEntry(slug);
  if (!sets.has(slug)) sets.set(slug, parseFigureSet(readJson(`${slug}/${e.release}/figures.json`), { publisher: e.name, synthetic: e.synthetic }));
  return sets.get(slug)!;
}

/** The disclosure audit of a service's latest release. */
export function serviceDisclosure(slug: string): Disclosure {
  return disclosureSchema.parse(readJson(`${slug}/${serviceEntry(slug).release}/disclosure.json`));
}

/** Where a chart's figures come from and download, for the figure frame's source line. */
export interface Origin {
  document: string;
  csv: string;
  json: string;
}

/** A service's source line: its tracker, the period, and its bundle's downloads. */
export function serviceOrigin(slug: string): Origin {
  const e = serviceEntry(slug);
  const d = serviceDownloads(slug);
  return {
    document: `${e.name}, client tracker, ${formatMonth(e.period.from)} to ${formatMonth(e.period.to)}${e.synthetic ? " (synthetic)" : ""}`,
    csv: d.csv,
    json: d.json,
  };
}

const comparisonSchema = z.object({
  id: z.string(),
  measure: z.string(),
  base: z.string(),
  why: z.string(),
  units: z.array(z.object({ label: z.string(), slug: z.string().nullable(), numerator: z.number(), denominator: z.number(), derivation: z.string() })),
  unplotted: z.array(z.object({ label: z.string(), slug: z.string().nullable(), reason: z.string(), symbol: z.enum(["c", "x", "z"]) })),
  plotted: z.boolean(),
  pooled: z.object({ numerator: z.number(), denominator: z.number(), services: z.number() }).nullable(),
});

/** The comparisons the data step read from every published bundle (src/lib/monitoring/compare-units.ts). */
export function comparisons(): ComparisonResult[] {
  return z.array(comparisonSchema).parse(readJson("comparisons.json"));
}

export const COMPARISON_ORIGIN: Origin = {
  document: "the services' published tracker figures and the Salford evaluation (2020)",
  csv: "/data/services/comparisons.csv",
  json: "/data/services/comparisons.json",
};

/**
 * The monitoring page of a council on the North West list, when one of the
 * published bundles is that council's ("Salford City Council" for "Salford").
 */
export function monitoringPageFor(localAuthority: string): { href: string; name: string } | null {
  const e = servicesIndex().services.find((s) => s.council !== null && (s.council === localAuthority || s.council.startsWith(`${localAuthority} `)));
  return e ? { href: `/monitoring/${e.slug}/`, name: e.name } : null;
}

const trendsSchema = z.array(
  z.object({
    id: z.string(),
    title: z.string(),
    denominatorCounts: z.string(),
    points: z.array(
      z.object({
        release: z.string(),
        from: z.string(),
        to: z.string(),
        numerator: z.number().nullable(),
        denominator: z.number().nullable(),
        symbol: z.enum(["c", "x", "z"]).nullable(),
        derivation: z.string(),
      }),
    ),
  }),
);

/** A service's headline shares period by period, as the data step worked them out from its releases (trends.ts). */
export function serviceTrends(slug: string): Trend[] {
  return trendsSchema.parse(readJson(`${slug}/trends.json`));
}

/** The trends' source line, which names every release, and their own downloads. */
export function trendOrigin(slug: string): Origin {
  const e = serviceEntry(slug);
  return {
    document: `${e.name}, client tracker, every release to ${formatMonth(e.release)}${e.synthetic ? " (synthetic)" : ""}`,
    csv: `/data/services/${slug}/trends.csv`,
    json: `/data/services/${slug}/trends.json`,
  };
}

/** Download paths of a release's files, as served (the latest release when none is named). */
export function serviceDownloads(slug: string, release = serviceEntry(slug).release) {
  const at = `/data/services/${slug}/${release}`;
  return {
    json: `${at}/figures.json`,
    csv: `${at}/figures.csv`,
    disclosure: `${at}/disclosure.json`,
    checks: `${at}/checks.json`,
    datapackage: `${at}/datapackage.json`,
  };
}
