// The data catalogue's three pages read the same catalogue: /data/ (the files),
// /data/columns/ (loading them, their columns and units) and /data/checksums/
// (every file's SHA-256, and the schema.org metadata that lists them). Split so
// that each page's document fits TCP's first window: docs/decisions/data-pages.md.
import { DATASETS } from "../datasets.ts";
import { readCatalogue, type FileInfo } from "./data-catalogue.ts";
import { collectionFiles, contentOf, datasetEntry, fieldTables, type Published } from "./data-datasets.ts";
import { serviceFieldTables, serviceFiles } from "./data-services.ts";

/** Where the sections that left /data/ went; /data/ keeps each old id on its contents line (MovedAnchors). */
export const DATA_MOVED = {
  loading: "/data/columns/#loading",
  fields: "/data/columns/#fields",
  checksums: "/data/checksums/",
} as const;

/** The catalogue, from public/data and the published records (`published`: src/lib/load.ts). */
export function dataCatalogue(published: Published) {
  const catalogue = readCatalogue();
  const archive = catalogue.archive;
  if (!archive) throw new Error('public/data has no archive: run "npm run data" (it builds the archive after the data).');
  const entries = DATASETS.map((spec) => datasetEntry(spec, catalogue, contentOf(spec, published)));
  const collection = collectionFiles(catalogue);
  const services = serviceFiles(catalogue);
  /** Every file offered, in the order the pages list them: datasets, collection, services. */
  const files: FileInfo[] = [...entries.flatMap((e) => e.files), ...collection.map((c) => c.file), ...services.flatMap((s) => s.files)];
  return {
    catalogue,
    archive,
    entries,
    collection,
    services,
    files,
    /** With the data package and the archive: every file a checksum is published for. */
    everyFile: [...files, catalogue.packageFile, archive],
    fields: fieldTables(DATASETS, catalogue),
    serviceTables: serviceFieldTables(catalogue),
  };
}
