// Pages read the checked JSON that `npm run data` wrote, through the same
// schema the build used; they never retype a number.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { publishedSet, type FigureSet } from "./figures/set.ts";
import {
  checkResultSchema,
  figureSchema,
  flowSchema,
  guideSchema,
  serviceSchema,
  type CheckResult,
  type Figure,
  type Flow,
  type Guide,
  type Service,
} from "./contract/site.ts";
import { publishedLedgerEntrySchema, type PublishedLedgerEntry } from "./contract/ledger.ts";

const DATA_DIR = join(process.cwd(), "public/data");
const cache = new Map<string, unknown>();

function readJson(name: string): unknown {
  if (!cache.has(name)) {
    try {
      cache.set(name, JSON.parse(readFileSync(join(DATA_DIR, name), "utf8")));
    } catch (e) {
      throw new Error(`Cannot read public/data/${name}: run "npm run data" first. (${(e as Error).message})`, { cause: e });
    }
  }
  return cache.get(name);
}

let figures: Figure[] | undefined;
export function allFigures(): Figure[] {
  figures ??= z.array(figureSchema).parse(readJson("figures.json"));
  return figures;
}

/** The figures of one dataset, in source order (each dataset's JSON is a plain array of records). */
export function datasetFigures(dataset: string): Figure[] {
  return z.array(figureSchema).parse(readJson(`${dataset}.json`));
}

export function datasetFlows(dataset: string): Flow[] {
  return z.array(flowSchema).parse(readJson(`${dataset}.json`));
}

export function services(): Service[] {
  return z.array(serviceSchema).parse(readJson("services.json"));
}

export function practiceGuides(): Guide[] {
  return z.array(guideSchema).parse(readJson("practice-guides.json"));
}

export function ledger(): PublishedLedgerEntry[] {
  return z.array(publishedLedgerEntrySchema).parse(readJson("ledger.json"));
}

/** Every check the data step ran, with the arithmetic it computed (relations.csv's sums and products among them). */
export function checks(): CheckResult[] {
  return z.array(checkResultSchema).parse(readJson("checks.json"));
}

/** One figure by id; a missing id is a build error, never a blank on a page. */
export function figure(id: string): Figure {
  const f = allFigures().find((x) => x.id === id);
  if (!f) throw new Error(`No figure with id ${id} in public/data/figures.json`);
  return f;
}

let salford: FigureSet | undefined;
/** Salford's published figures as a figure set, for the figure builders in src/lib/figures/. */
export function salfordSet(): FigureSet {
  salford ??= publishedSet(allFigures(), "Salford Strengthening Families evaluation (2020)");
  return salford;
}
