// /data/'s services section: the files under /data/services/ (the index, the
// comparisons and each release of each service), read from datapackage.json and
// checked against the files, grouped by service and release, with the columns of their CSVs.
import { servicesIndexSchema } from "../contract/services.ts";
import { verifiedFile, type Catalogue, type FileInfo } from "./data-catalogue.ts";
import type { FieldTable } from "./data-datasets.ts";

export interface ServiceFiles {
  /** The service's name, or null for the files about every service. */
  name: string | null;
  slug: string | null;
  /** The release's folder (the month its period ends), or null for the files about every service. */
  release: string | null;
  files: FileInfo[];
  /** The service's period-by-period files, which read every release: given with its latest release only. */
  trends: FileInfo[];
}

/** Files about every service first (index, comparisons), then each service's releases, newest first, in the index's order. */
export function serviceFiles(c: Catalogue): ServiceFiles[] {
  const listed = c.pkg.resources.filter((r) => r.path.startsWith("services/"));
  if (!listed.some((r) => r.path === "services/index.json")) throw new Error('datapackage.json lists no services/index.json: run "npm run data" again');
  const index = servicesIndexSchema.parse(JSON.parse(new TextDecoder().decode(c.read("services/index.json"))));
  const of = (dir: string | null) =>
    listed
      .filter((r) => (dir === null ? r.path.split("/").length === 2 : r.path.startsWith(`services/${dir}/`)))
      .sort((a, b) => (a.path < b.path ? -1 : 1))
      .map((r) => verifiedFile(r, c.read));
  const trendsOf = (slug: string) =>
    listed
      .filter((r) => r.path.startsWith(`services/${slug}/trends.`))
      .sort((a, b) => (a.path < b.path ? -1 : 1))
      .map((r) => verifiedFile(r, c.read));
  const releases = index.services.flatMap((s) =>
    [...s.releases]
      .reverse()
      .map((r, i) => ({ name: s.name, slug: s.slug, release: r.id, files: of(`${s.slug}/${r.id}`), trends: i === 0 ? trendsOf(s.slug) : [] })),
  );
  return [{ name: null, slug: null, release: null, files: of(null), trends: [] }, ...releases];
}

/** The columns of comparisons.csv and, when a service has published, of its trends.csv and a bundle's figures.csv. */
export function serviceFieldTables(c: Catalogue): FieldTable[] {
  const tables: FieldTable[] = [];
  const csvs = c.pkg.resources.filter((r) => r.path.startsWith("services/"));
  const comparisons = csvs.find((r) => r.path === "services/comparisons.csv");
  const bundle = csvs.find((r) => r.path.endsWith("/figures.csv"));
  const rows = (fields: { name: string; type: string; description: string }[]) => fields.map(({ name, type, description }) => ({ name, type, description }));
  if (comparisons?.schema)
    tables.push({
      kind: "comparisons",
      caption: "Columns of comparisons.csv (one row per comparison and service)",
      datasets: ["services/comparisons.csv"],
      fields: rows(comparisons.schema.fields),
    });
  const trends = csvs.find((r) => r.path.endsWith("/trends.csv"));
  if (trends?.schema)
    tables.push({
      kind: "service-trends",
      caption: "Columns of a service's trends.csv (one row per headline measure and period)",
      datasets: ["services/<service>/trends.csv"],
      fields: rows(trends.schema.fields),
    });
  if (bundle?.schema)
    tables.push({
      kind: "service-figures",
      caption: "Columns of a service's figures.csv (one row per figure; the first columns are those of figures.csv)",
      datasets: ["services/<service>/<release>/figures.csv"],
      fields: rows(bundle.schema.fields),
    });
  return tables;
}
