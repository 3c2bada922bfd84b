// Pages read the checked JSON that `npm run data` wrote through the content
// collections (src/content.config.ts), parsed with the contract schemas the data
// step wrote it by; they never retype a number. Astro's content layer loads
// each collection once per build; this module reads them once, at import.
import { getCollection, type CollectionKey } from "astro:content";
import { publishedSet, type FigureSet } from "./figures/set.ts";
import { siteVocabulary } from "./site-vocabulary.ts";
import type { CheckResult, Figure, Flow, Guide, Service } from "./contract/site.ts";
import type { PublishedLedgerEntry } from "./contract/ledger.ts";

/** A collection's records in file order; an empty one means the data step has not run. */
async function read<C extends CollectionKey>(name: C) {
  const entries = await getCollection(name);
  if (entries.length === 0) throw new Error(`No ${name} in public/data/: run "npm run data" first.`);
  return entries;
}

const [figureEntries, flowEntries, serviceEntries, guideEntries, ledgerEntries, checkEntries] = await Promise.all([
  read("figures"),
  read("flows"),
  read("services"),
  read("guides"),
  read("ledger"),
  read("checks"),
]);
const figures: Figure[] = figureEntries.map((e) => e.data);

/** The figures of one dataset, in source order (the records of `<dataset>.json`). */
export function datasetFigures(dataset: string): Figure[] {
  return nonEmpty(
    figures.filter((f) => f.dataset === dataset),
    `figures of dataset "${dataset}"`,
  );
}

/** The arrows of one flows dataset, in source order (the records of `<dataset>.json`). */
export function datasetFlows(dataset: string): Flow[] {
  return nonEmpty(
    flowEntries.filter((e) => e.id.startsWith(`${dataset}/`)).map((e) => e.data),
    `flows of dataset "${dataset}"`,
  );
}

/** Every dataset publishes records: none means a wrong id or a file gone, never an empty table. */
function nonEmpty<T>(records: T[], what: string): T[] {
  if (records.length === 0) throw new Error(`No ${what} in public/data/: check the dataset id, or run "npm run data" again.`);
  return records;
}

export function services(): Service[] {
  return serviceEntries.map((e) => e.data);
}

export function practiceGuides(): Guide[] {
  return guideEntries.map((e) => e.data);
}

export function ledger(): PublishedLedgerEntry[] {
  return ledgerEntries.map((e) => e.data);
}

/** Every check the data step ran, with the arithmetic it computed (relations.csv's sums and products among them). */
export function checks(): CheckResult[] {
  return checkEntries.map((e) => e.data);
}

/** One figure by id; a missing id is a build error, never a blank on a page. */
export function figure(id: string): Figure {
  const f = figures.find((x) => x.id === id);
  if (!f) throw new Error(`No figure with id ${id} in public/data/figures.json`);
  return f;
}

let salford: FigureSet | undefined;
/** Salford's published figures as a figure set, for the figure builders in src/lib/figures/. */
export function salfordSet(): FigureSet {
  salford ??= publishedSet(figures, "Salford Strengthening Families evaluation (2020)", siteVocabulary);
  return salford;
}
