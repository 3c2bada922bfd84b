// How pages read the published records: one content collection per record
// type, loaded from the JSON that `npm run data` wrote under public/data/ and
// parsed with the record's contract schema (src/lib/contract/), so a file that
// drifted from what the data step writes fails the build naming the entry and
// field. src/lib/load.ts is the pages' one door to these collections.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { defineCollection } from "astro:content";
import type { Loader } from "astro/loaders";
import { checkResultSchema, figureSchema, flowSchema, guideSchema, serviceSchema } from "./lib/contract/site.ts";
import { publishedLedgerEntrySchema } from "./lib/contract/ledger.ts";
import { DATASETS } from "./lib/datasets.ts";

const DATA_DIR = join(process.cwd(), "public/data");

/**
 * A loader for published JSON arrays: each record is one entry, parsed with the
 * collection's schema, and its entry id is its position in its file,
 * zero-padded (after `<prefix>/` when several files share a collection). Astro's
 * data store sorts entries by id, and file order is the order the data step
 * published (the order tables and sentences list records in); a record's own
 * `id` field stays in its data. A missing file gives no entries rather than an
 * error: `astro check` syncs the collections on a clean clone, before
 * `npm run data` has run; load.ts refuses an empty collection.
 */
function publishedJson(files: { file: string; prefix?: string }[]): Loader {
  return {
    name: "published-json",
    load: async ({ store, parseData }) => {
      store.clear();
      for (const { file, prefix } of files) {
        const path = join(DATA_DIR, file);
        if (!existsSync(path)) continue;
        const json = JSON.parse(readFileSync(path, "utf8")) as Record<string, unknown>[];
        const digits = String(json.length).length;
        for (const [i, record] of json.entries()) {
          const id = `${prefix ? `${prefix}/` : ""}${String(i + 1).padStart(digits, "0")}`;
          store.set({ id, data: await parseData({ id, data: record }) });
        }
      }
    },
  };
}

const jsonFile = (name: string) => publishedJson([{ file: name }]);

export const collections = {
  /** figures.json: every dataset's figures (each `<dataset>.json` is the same records, filtered). */
  figures: defineCollection({ loader: jsonFile("figures.json"), schema: figureSchema }),
  /** The flow diagrams' arrows, one file per flows dataset; the id is `<dataset>/<position>`. */
  flows: defineCollection({
    loader: publishedJson(DATASETS.filter((d) => d.kind === "flows").map((d) => ({ file: `${d.id}.json`, prefix: d.id }))),
    schema: flowSchema,
  }),
  services: defineCollection({ loader: jsonFile("services.json"), schema: serviceSchema }),
  guides: defineCollection({ loader: jsonFile("practice-guides.json"), schema: guideSchema }),
  ledger: defineCollection({ loader: jsonFile("ledger.json"), schema: publishedLedgerEntrySchema }),
  checks: defineCollection({ loader: jsonFile("checks.json"), schema: checkResultSchema }),
};
