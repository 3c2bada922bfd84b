// One catalogue entry per dataset: what it holds, its source, its units and
// bases, and its CSV and JSON files (checked against datapackage.json).
import type { DatasetSpec } from "../datasets.ts";
import { DOCUMENTS } from "../documents.ts";
import type { Figure, Flow, Measure } from "../contract/site.ts";
import { formatNumber } from "../format.ts";
import { parseCsv } from "../io/csv-read.ts";
import { verifiedFile, type Catalogue, type FileInfo } from "./data-catalogue.ts";
import type { Resource } from "../contract/datapackage.ts";

export const UNIT_WORDS: Record<Measure, string> = {
  count: "a count of people, families or children",
  rank: "a rank, with what it is out of in base (18 of 317; 1 is the most deprived)",
  fte: "full-time equivalent posts (0.8 is four days a week)",
  ratio: "a ratio printed as 1 in N: value 1, base N",
  percent: "a percentage (51 means 51%)",
  mean: "an average",
  gbp: "pounds sterling",
  rate_per_10000: "a rate per 10,000 children",
  rate_per_1000: "a rate per 1,000",
  years: "years",
  months: "months",
  weeks: "weeks",
};

export interface DatasetEntry {
  id: string;
  title: string;
  description: string;
  kind: DatasetSpec["kind"];
  source: string;
  /** Source tables and sections, as named in the data. */
  tables: string[];
  page: string | null;
  rows: number;
  units: string[];
  /** "women: 34 to 37" — the bases the percentages are out of, by group. */
  bases: string[];
  files: FileInfo[];
}

export interface DatasetContent {
  figures?: Figure[];
  flows?: Flow[];
}

/** The readers of the published records that contentOf needs (src/lib/load.ts), passed in: load.ts reads Astro's
 *  content collections, which exist only in the site build, and this module is also tested on its own. */
export type Published = Pick<typeof import("../load.ts"), "datasetFigures" | "datasetFlows">;

/** What a dataset holds, read through load.ts; a new kind is a type error here. */
export function contentOf(spec: DatasetSpec, { datasetFigures, datasetFlows }: Published): DatasetContent {
  switch (spec.kind) {
    case "figures":
      return { figures: datasetFigures(spec.id) };
    case "flows":
      return { flows: datasetFlows(spec.id) };
    case "services":
    case "guides":
      return {};
  }
}

const unique = <T>(xs: T[]) => [...new Set(xs)];

/** Bases by group; a group with many bases shows its range. */
export function basesByGroup(figures: Figure[]): string[] {
  const byGroup = new Map<string, number[]>();
  for (const f of figures) if (f.base !== null) byGroup.set(f.group, [...(byGroup.get(f.group) ?? []), f.base]);
  return [...byGroup].map(([group, list]) => {
    const bases = unique(list).sort((a, b) => a - b);
    const text = bases.length <= 3 ? bases.map(formatNumber).join(", ") : `${formatNumber(bases[0]!)} to ${formatNumber(bases.at(-1)!)}`;
    return `${group}: out of ${text}`;
  });
}

function resource(c: Catalogue, path: string): Resource {
  const r = c.pkg.resources.find((x) => x.path === path);
  if (!r) throw new Error(`datapackage.json does not list ${path}`);
  return r;
}

export function datasetEntry(spec: DatasetSpec, c: Catalogue, content: DatasetContent): DatasetEntry {
  const csv = resource(c, `${spec.id}.csv`);
  const json = resource(c, `${spec.id}.json`);
  const figures = content.figures ?? [];
  // The count shown is the served file's own, read from its bytes: datapackage.json's count comes from the same writer.
  const rows = parseCsv(new TextDecoder().decode(c.read(csv.path)), csv.path).records.length;
  if (csv.rows !== rows) throw new Error(`${spec.id}.csv: datapackage.json says ${csv.rows} rows, the file has ${rows}`);
  const tables = unique([...figures.map((f) => f.source.table), ...(content.flows ?? []).map((f) => f.source.table)]);
  const flowUnits = content.flows?.length ? [UNIT_WORDS.count] : [];
  return {
    id: spec.id,
    title: spec.title,
    description: spec.description,
    kind: spec.kind,
    source: DOCUMENTS[spec.document].title,
    tables,
    page: spec.page ?? null,
    rows,
    units: [...unique(figures.map((f) => f.measure)).map((m) => UNIT_WORDS[m]), ...flowUnits],
    bases: basesByGroup(figures),
    files: [verifiedFile(csv, c.read), verifiedFile(json, c.read)],
  };
}

/** The whole-collection files: every figure, the ledger, the arithmetic it cites and the checks. */
export function collectionFiles(c: Catalogue): { title: string; description: string; rows: number | null; file: FileInfo }[] {
  return ["figures.csv", "figures.json", "ledger.json", "relations.csv", "checks.json"].map((path) => {
    const r = resource(c, path);
    return { title: r.title, description: r.description, rows: r.rows ?? null, file: verifiedFile(r, c.read) };
  });
}

export interface FieldTable {
  kind: DatasetSpec["kind"] | "comparisons" | "service-trends" | "service-figures";
  caption: string;
  datasets: string[];
  fields: { name: string; type: string; description: string }[];
}

const KIND_CAPTIONS: Record<DatasetSpec["kind"], string> = {
  figures: "Columns of every figures file (one row per published figure)",
  flows: "Columns of the flow files (one row per move from one status to another)",
  services: "Columns of the services file (one row per local authority)",
  guides: "Columns of the practice guides file (one row per guide)",
};

/** One field table per kind of file, from the first CSV of that kind in the package. */
export function fieldTables(specs: DatasetSpec[], c: Catalogue): FieldTable[] {
  return (Object.keys(KIND_CAPTIONS) as DatasetSpec["kind"][]).flatMap((kind) => {
    const ids = specs.filter((s) => s.kind === kind).map((s) => s.id);
    const first = ids[0];
    if (!first) return [];
    const fields = resource(c, `${first}.csv`).schema?.fields ?? [];
    const enumText = (f: (typeof fields)[number]) => (f.constraints?.enum ? ` One of: ${f.constraints.enum.join(", ")}.` : "");
    return [
      {
        kind,
        caption: KIND_CAPTIONS[kind],
        datasets: ids,
        fields: fields.map((f) => ({ name: f.name, type: f.type, description: f.description + enumText(f) })),
      },
    ];
  });
}
