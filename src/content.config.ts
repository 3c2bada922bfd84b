// How pages read the published records: one content collection per record
// type, loaded from the JSON that `npm run data` wrote under public/data/ and
// parsed with the record's contract schema (src/lib/contract/), so a record
// missing a field, or with a field of the wrong type, fails the build naming the
// entry and field. src/lib/load.ts (Salford) and src/lib/monitoring/load.ts (service bundles)
// are the pages' doors to these collections.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { defineCollection } from "astro:content";
import type { Loader } from "astro/loaders";
import { checkResultSchema, figureSchema, flowSchema, guideSchema, serviceSchema } from "./lib/contract/site.ts";
import { publishedLedgerEntrySchema } from "./lib/contract/ledger.ts";
import { bundleFigureSchema, disclosureSchema } from "./lib/contract/bundle.ts";
import { comparisonSchema, servicesIndexSchema, trendSchema } from "./lib/contract/services.ts";
import { DATASETS } from "./lib/datasets.ts";

const DATA_DIR = join(process.cwd(), "public/data");

/** A published JSON file: an array of records, or with `id`, one record (the whole file). */
interface Published {
  file: string;
  /** The entry id of a one-record file. */
  id?: string;
  /** Put before each record's position when several files share a collection: `<prefix>/<position>`. */
  prefix?: string;
}

/**
 * A loader for published JSON: each record is one entry, parsed with the
 * collection's schema, and its entry id is its position in its file,
 * zero-padded. Astro's data store sorts entries by id, and file order is the
 * order the data step published (the order tables and sentences list records
 * in); a record's own `id` field stays in its data. The files are listed when
 * the loader runs, after `npm run data`. Before the data step has run at all,
 * every collection is empty (`astro check` syncs them on a clean clone), and the
 * readers refuse an empty one; once it has run, a missing file stops the build.
 */
function publishedJson(files: () => Published[]): Loader {
  return {
    name: "published-json",
    load: async (context) => {
      const { store } = context;
      store.clear();
      for (const { file, id, prefix } of files()) {
        const json = readJson(file);
        if (json === undefined) continue;
        const records = id === undefined ? (json as unknown[]) : [json];
        const digits = String(records.length).length;
        for (const [i, record] of records.entries()) {
          const entry = id ?? `${prefix ? `${prefix}/` : ""}${String(i + 1).padStart(digits, "0")}`;
          store.set({ id: entry, data: await context.parseData({ id: entry, data: record as Record<string, unknown> }) });
        }
      }
    },
  };
}

/**
 * A file under public/data/, parsed. Undefined only when the data step has not run
 * (no figures.json); once it has, a missing file is an error naming it, never an
 * empty page (a service "with one release" because its trends file is gone, say).
 */
function readJson(file: string): unknown {
  const path = join(DATA_DIR, file);
  if (existsSync(path)) return JSON.parse(readFileSync(path, "utf8"));
  if (!existsSync(join(DATA_DIR, "figures.json"))) return undefined;
  throw new Error(`public/data/${file} is missing: run "npm run data" again.`);
}

const jsonFile = (file: string) => publishedJson(() => [{ file }]);

/** The services that publish a bundle in this build (none before `npm run data`). */
const bundles = () => {
  const index = readJson("services/index.json");
  return index === undefined ? [] : servicesIndexSchema.parse(index).services;
};

export const collections = {
  /** figures.json: every dataset's figures (each `<dataset>.json` is the same records, filtered). */
  figures: defineCollection({ loader: jsonFile("figures.json"), schema: figureSchema }),
  /** The flow diagrams' arrows, one file per flows dataset; the id is `<dataset>/<position>`. */
  flows: defineCollection({
    loader: publishedJson(() => DATASETS.filter((d) => d.kind === "flows").map((d) => ({ file: `${d.id}.json`, prefix: d.id }))),
    schema: flowSchema,
  }),
  services: defineCollection({ loader: jsonFile("services.json"), schema: serviceSchema }),
  guides: defineCollection({ loader: jsonFile("practice-guides.json"), schema: guideSchema }),
  ledger: defineCollection({ loader: jsonFile("ledger.json"), schema: publishedLedgerEntrySchema }),
  checks: defineCollection({ loader: jsonFile("checks.json"), schema: checkResultSchema }),
  /** public/data/services/: the index of services (one entry, "index"), their comparisons, and each service's
   *  latest figures (`<slug>/<position>`), disclosure audit (`<slug>`) and trends (`<slug>/<position>`). */
  servicesIndex: defineCollection({ loader: publishedJson(() => [{ file: "services/index.json", id: "index" }]), schema: servicesIndexSchema }),
  comparisons: defineCollection({ loader: jsonFile("services/comparisons.json"), schema: comparisonSchema }),
  bundleFigures: defineCollection({
    loader: publishedJson(() => bundles().map((s) => ({ file: `services/${s.slug}/${s.release}/figures.json`, prefix: s.slug }))),
    schema: bundleFigureSchema,
  }),
  disclosures: defineCollection({
    loader: publishedJson(() => bundles().map((s) => ({ file: `services/${s.slug}/${s.release}/disclosure.json`, id: s.slug }))),
    schema: disclosureSchema,
  }),
  trends: defineCollection({
    loader: publishedJson(() => bundles().map((s) => ({ file: `services/${s.slug}/trends.json`, prefix: s.slug }))),
    schema: trendSchema,
  }),
};
