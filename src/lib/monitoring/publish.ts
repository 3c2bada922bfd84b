// What the site publishes of each checked bundle: the import's own files as
// they are (figures.csv among them, every file listed with its SHA-256 in the
// bundle's datapackage.json), one index of the services, and the comparisons
// across services with Salford's evaluation.
import type { FigureSet } from "../figures/set.ts";
import { figureSet } from "../figures/set.ts";
import type { Bundle, BundleFiles, BundleMode } from "./bundle.ts";
import { compareServices, comparisonsCsv, type ComparisonResult } from "./compare-units.ts";

/** Paths below are relative to public/data/services/. */
export const SERVICES_INDEX = "index.json";

/** One line of the services index: who, which period, how protected. */
export interface ServiceEntry {
  slug: string;
  name: string;
  council: string | null;
  period: { from: string; to: string };
  synthetic: boolean;
  disclosure: { k: number; rounding: 5 | null; primary: number; secondary: number };
  figures: number;
  /** How many of the figures are counts (the rest are shares), so a page can say "137 of 279 counts hidden". */
  counts: number;
  /** How many of those counts are marked [c] in figures.json and figures.csv: what a reader of the files sees hidden. */
  hidden: number;
}

export interface ServicesIndex {
  mode: BundleMode;
  services: ServiceEntry[];
}

export function serviceEntry(b: Bundle): ServiceEntry {
  const { slug, name, council, period, synthetic, disclosure } = b.service;
  return {
    slug,
    name,
    council,
    period,
    synthetic,
    disclosure: { ...disclosure, primary: b.disclosure.counts.primary, secondary: b.disclosure.counts.secondary },
    figures: b.figures.length,
    counts: b.figures.filter((r) => r.measure === "count").length,
    hidden: b.figures.filter((r) => r.measure === "count" && r.value === null && r.symbol === "c").length,
  };
}

/** Each published service's figures as a set, for the comparisons and the drawing check. */
export function serviceSets(bundles: { bundle: Bundle }[]): { slug: string; name: string; set: FigureSet }[] {
  return [...bundles]
    .sort((a, b) => a.bundle.service.slug.localeCompare(b.bundle.service.slug))
    .map(({ bundle: b }) => ({
      slug: b.service.slug,
      name: b.service.name,
      set: figureSet(b.figures, { publisher: b.service.name, synthetic: b.service.synthetic }),
    }));
}

/** The comparisons read published figures only: each service's, and Salford's as npm run data wrote them. */
export const publishedComparisons = (bundles: { bundle: Bundle }[], salford: FigureSet): ComparisonResult[] => compareServices(serviceSets(bundles), salford);

/** Every file to write under public/data/services/, by path. */
export function publishedFiles(bundles: { bundle: Bundle; files: BundleFiles }[], mode: BundleMode, comparisons: ComparisonResult[]): Map<string, string> {
  const out = new Map<string, string>();
  const sorted = [...bundles].sort((a, b) => a.bundle.service.slug.localeCompare(b.bundle.service.slug));
  for (const { bundle, files } of sorted) {
    const dir = bundle.service.slug;
    for (const [name, text] of Object.entries(files)) out.set(`${dir}/${name}`, text!);
  }
  const index: ServicesIndex = { mode, services: sorted.map((b) => serviceEntry(b.bundle)) };
  out.set(SERVICES_INDEX, `${JSON.stringify(index, null, 1)}\n`);
  out.set("comparisons.json", `${JSON.stringify(comparisons, null, 1)}\n`);
  out.set("comparisons.csv", comparisonsCsv(comparisons));
  return out;
}
