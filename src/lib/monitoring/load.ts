// Pages read the service bundles that npm run data checked and published in
// public/data/services/ through the content collections (src/content.config.ts),
// parsed with the contract schemas the data step wrote them by. Astro's content
// layer loads each collection once per build; this module reads them once, at import.
import { getCollection } from "astro:content";
import { formatMonth } from "../format.ts";
import { figureSet, type FigureSet } from "../figures/set.ts";
import { siteVocabulary } from "../site-vocabulary.ts";
import type { Disclosure } from "../contract/bundle.ts";
import type { ComparisonResult, ServiceEntry, ServicesIndex, Trend } from "../contract/services.ts";
import { pageFor } from "./views.ts";

const [indexEntry] = await getCollection("servicesIndex");
if (!indexEntry) throw new Error('No public/data/services/index.json: run "npm run data" first.');
const index: ServicesIndex = indexEntry.data;
// A production build may publish no service: its bundle collections are then empty, and not read.
const some = index.services.length > 0;
const [comparisonEntries, figureEntries, disclosureEntries, trendEntries] = await Promise.all([
  getCollection("comparisons"),
  some ? getCollection("bundleFigures") : [],
  some ? getCollection("disclosures") : [],
  some ? getCollection("trends") : [],
]);
const ofService = <T>(entries: { id: string; data: T }[], slug: string) => entries.filter((e) => e.id.startsWith(`${slug}/`)).map((e) => e.data);

/** The services that publish a bundle in this build, and which build this is. */
export function servicesIndex(): ServicesIndex {
  return index;
}

/** The paths of every page drawn per service: /monitoring/<slug>/ and its trends page. */
export function servicePaths(): { params: { slug: string } }[] {
  return index.services.map((e) => ({ params: { slug: e.slug } }));
}

export function serviceEntry(slug: string): ServiceEntry {
  const e = index.services.find((s) => s.slug === slug);
  if (!e) throw new Error(`No service bundle "${slug}" in public/data/services/`);
  return e;
}

const sets = new Map<string, FigureSet>();
/** A service's figures (its latest release) as a set, for the same builders that draw Salford's. */
export function serviceSet(slug: string): FigureSet {
  const e = serviceEntry(slug);
  if (!sets.has(slug)) sets.set(slug, figureSet(ofService(figureEntries, slug), { publisher: e.name, synthetic: e.synthetic, vocabulary: siteVocabulary }));
  return sets.get(slug)!;
}

/** The disclosure audit of a service's latest release. */
export function serviceDisclosure(slug: string): Disclosure {
  const d = disclosureEntries.find((e) => e.id === serviceEntry(slug).slug);
  if (!d) throw new Error(`No disclosure.json for service bundle "${slug}" in public/data/services/`);
  return d.data;
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

/** The comparisons the data step read from every published bundle (src/lib/monitoring/compare-units.ts). */
export function comparisons(): ComparisonResult[] {
  return comparisonEntries.map((e) => e.data);
}

export const COMPARISON_ORIGIN: Origin = {
  document: "the services' published tracker figures and the Salford evaluation (2020)",
  csv: "/data/services/comparisons.csv",
  json: "/data/services/comparisons.json",
};

/** The monitoring page of a council on the North West list, when one of the published bundles is that council's. */
export function monitoringPageFor(localAuthority: string): { href: string; name: string } | null {
  return pageFor(index.services, localAuthority);
}

/** A service's headline shares period by period, as the data step worked them out from its releases (trends.ts). */
export function serviceTrends(slug: string): Trend[] {
  return ofService(trendEntries, serviceEntry(slug).slug);
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
