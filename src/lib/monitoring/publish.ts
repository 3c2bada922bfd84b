// What the site publishes of each checked bundle: the import's own files as
// they are (figures.csv among them, every file listed with its SHA-256 in the
// bundle's datapackage.json), one index of the services, and the comparisons
// across services with Salford's evaluation.
import type { FigureSet } from "../figures/set.ts";
import { figureSet } from "../figures/set.ts";
import type { Bundle, BundleFiles, BundleMode } from "./bundle.ts";
import { compareServices, comparisonsCsv } from "./compare-units.ts";

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
  };
}

/** Every file to write under public/data/services/, by path. The comparisons read published figures only:
 *  each service's, and Salford's as npm run data wrote them (`salford`). */
export function publishedFiles(bundles: { bundle: Bundle; files: BundleFiles }[], mode: BundleMode, salford: FigureSet): Map<string, string> {
  const out = new Map<string, string>();
  const sorted = [...bundles].sort((a, b) => a.bundle.service.slug.localeCompare(b.bundle.service.slug));
  for (const { bundle, files } of sorted) {
    const dir = bundle.service.slug;
    for (const [name, text] of Object.entries(files)) out.set(`${dir}/${name}`, text!);
  }
  const index: ServicesIndex = { mode, services: sorted.map((b) => serviceEntry(b.bundle)) };
  out.set(SERVICES_INDEX, `${JSON.stringify(index, null, 1)}\n`);
  const sets = sorted.map(({ bundle: b }) => ({
    slug: b.service.slug,
    name: b.service.name,
    set: figureSet(b.figures, { publisher: b.service.name, synthetic: b.service.synthetic }),
  }));
  const comparisons = compareServices(sets, salford);
  out.set("comparisons.json", `${JSON.stringify(comparisons, null, 1)}\n`);
  out.set("comparisons.csv", comparisonsCsv(comparisons));
  return out;
}
