// What the site publishes of each checked release: the import's own files as
// they are, under <slug>/<YYYY-MM>/ (figures.csv among them, every file listed
// with its SHA-256 in the release's datapackage.json), one index of the services
// with each one's releases, and the comparisons across services' latest releases
// with Salford's evaluation.
import type { FigureSet } from "../figures/set.ts";
import { figureSet } from "../figures/set.ts";
import type { Vocabulary } from "../figures/terms.ts";
import { jsonFile } from "../io/json.ts";
import type { Bundle, BundleFiles, BundleMode } from "./bundle.ts";
import { compareServices, comparisonsCsv } from "./compare-units.ts";
import { periodComparisons, serviceTrends, trendsCsv } from "./trends.ts";
import type { ComparisonResult, ServiceEntry, ServicesIndex, Trend } from "../contract/services.ts";

/** Paths below are relative to public/data/services/. */
export const SERVICES_INDEX = "index.json";

/** One checked release, as the data step read it from <dir>/<slug>/<release>/. */
export interface PublishedRelease {
  release: string;
  bundle: Bundle;
  files: BundleFiles;
}

const countsOf = (b: Bundle) => ({
  counts: b.figures.filter((r) => r.measure === "count").length,
  hidden: b.figures.filter((r) => r.measure === "count" && r.value === null && r.symbol === "c").length,
});

/** A service's line of the index from its releases, oldest first; without them, the bundle as its only release. */
export function serviceEntry(b: Bundle, releases: { release: string; bundle: Bundle }[] = [{ release: b.service.period.to, bundle: b }]): ServiceEntry {
  const { slug, name, council, period, synthetic, disclosure } = b.service;
  return {
    slug,
    name,
    council,
    period,
    synthetic,
    disclosure,
    figures: b.figures.length,
    ...countsOf(b),
    release: releases.at(-1)?.release ?? b.service.period.to,
    releases: releases.map((r) => ({ id: r.release, period: r.bundle.service.period, ...countsOf(r.bundle) })),
  };
}

/** Each service's latest release, by slug. */
export function latestReleases(releases: PublishedRelease[]): PublishedRelease[] {
  const latest = new Map<string, PublishedRelease>();
  for (const r of releases) {
    const seen = latest.get(r.bundle.service.slug);
    if (!seen || seen.release < r.release) latest.set(r.bundle.service.slug, r);
  }
  return [...latest.values()].sort((a, b) => a.bundle.service.slug.localeCompare(b.bundle.service.slug));
}

/** Each published service's figures as a set, for the comparisons and the drawing check. */
export function serviceSets(bundles: { bundle: Bundle }[], vocabulary: Vocabulary): { slug: string; name: string; set: FigureSet }[] {
  return [...bundles]
    .sort((a, b) => a.bundle.service.slug.localeCompare(b.bundle.service.slug))
    .map(({ bundle: b }) => ({
      slug: b.service.slug,
      name: b.service.name,
      set: figureSet(b.figures, { publisher: b.service.name, synthetic: b.service.synthetic, vocabulary }),
    }));
}

/** A service's trends from its releases, oldest first. */
export const releaseTrends = (releases: PublishedRelease[], vocabulary: Vocabulary): Trend[] =>
  serviceTrends(
    [...releases]
      .sort((a, b) => (a.release < b.release ? -1 : 1))
      .map((r) => ({ release: r.release, period: r.bundle.service.period, set: serviceSets([r], vocabulary)[0]!.set })),
  );

/**
 * The comparisons read published figures only: each service's latest release, and Salford's as npm run data wrote
 * them; then each trend measure for one period, from every release. The services' sets take Salford's vocabulary.
 */
export function publishedComparisons(releases: PublishedRelease[], salford: FigureSet): ComparisonResult[] {
  const { vocabulary } = salford.meta;
  const latest = latestReleases(releases);
  const trends = latest.map((l) => ({
    slug: l.bundle.service.slug,
    name: l.bundle.service.name,
    trends: releaseTrends(
      releases.filter((r) => r.bundle.service.slug === l.bundle.service.slug),
      vocabulary,
    ),
  }));
  return [...compareServices(serviceSets(latest, vocabulary), salford), ...periodComparisons(trends)];
}

/** Every file to write under public/data/services/, by path: each release's files, each service's trends, the index, the comparisons (of the latest releases). */
export function publishedFiles(releases: PublishedRelease[], mode: BundleMode, comparisons: ComparisonResult[], vocabulary: Vocabulary): Map<string, string> {
  const out = new Map<string, string>();
  const sorted = [...releases].sort((a, b) => a.bundle.service.slug.localeCompare(b.bundle.service.slug) || (a.release < b.release ? -1 : 1));
  for (const { bundle, files, release } of sorted) {
    for (const [name, text] of Object.entries(files)) out.set(`${bundle.service.slug}/${release}/${name}`, text);
  }
  const services = latestReleases(sorted).map((l) => {
    const own = sorted.filter((r) => r.bundle.service.slug === l.bundle.service.slug);
    const trends = releaseTrends(own, vocabulary);
    out.set(`${l.bundle.service.slug}/trends.json`, jsonFile(trends));
    out.set(`${l.bundle.service.slug}/trends.csv`, trendsCsv(trends));
    return serviceEntry(l.bundle, own);
  });
  const index: ServicesIndex = { mode, services };
  out.set(SERVICES_INDEX, jsonFile(index));
  out.set("comparisons.json", jsonFile(comparisons));
  out.set("comparisons.csv", comparisonsCsv(comparisons));
  return out;
}
