// What the site publishes of each checked bundle: the import's own files, a
// CSV of its figures, and one index of the services. GSS symbols stand in for
// suppressed or missing values in the CSV, as they do on the pages.
import { toCsv } from "../csv.ts";
import type { FigureRecord } from "../figures/set.ts";
import type { Bundle, BundleFiles, BundleMode } from "./bundle.ts";

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

const CSV_COLUMNS = ["id", "dataset", "group", "topic", "period", "category", "label", "measure", "value", "base", "derived", "derivation", "source"];

/** figures.csv: one row per record; a suppressed value reads [c], as in the tables. */
export function bundleCsv(figures: readonly FigureRecord[]): string {
  const rows = figures.map((r) => ({
    ...r,
    value: r.value ?? `[${r.symbol ?? "x"}]`,
    base: r.base ?? "[c]",
    source: typeof r.source === "string" ? r.source : `${r.source.document}: ${r.source.table}`,
  }));
  return toCsv(CSV_COLUMNS, rows);
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

/** Every file to write under public/data/services/, by path. */
export function publishedFiles(bundles: { bundle: Bundle; files: BundleFiles }[], mode: BundleMode): Map<string, string> {
  const out = new Map<string, string>();
  const sorted = [...bundles].sort((a, b) => a.bundle.service.slug.localeCompare(b.bundle.service.slug));
  for (const { bundle, files } of sorted) {
    const dir = bundle.service.slug;
    for (const [name, text] of Object.entries(files)) out.set(`${dir}/${name}`, text!);
    out.set(`${dir}/figures.csv`, bundleCsv(bundle.figures));
  }
  const index: ServicesIndex = { mode, services: sorted.map((b) => serviceEntry(b.bundle)) };
  out.set(SERVICES_INDEX, `${JSON.stringify(index, null, 1)}\n`);
  return out;
}
