// Every file public/data serves, as text, from the pipeline's outputs: one JSON
// and one CSV per dataset, the collection files, relations.csv and the data
// package that describes them all. Pure, so tests can validate the package
// without writing anything. Each dataset's JSON is a plain array of records
// (what pandas' read_json and arquero's from() load as a table); its title,
// description and source are in datapackage.json.
import { DATASETS, type DatasetKind } from "../../datasets.ts";
import type { DataOutputs, SourceFiles } from "../pipeline.ts";
import { figuresCsv, flowsCsv, guidesCsv, servicesCsv } from "./tables.ts";
import { dataPackage } from "./datapackage.ts";
import { parseCsv } from "../../io/csv-read.ts";
import { jsonFile } from "../../io/json.ts";

/** A dataset's records and their CSV, by the kind of dataset it is. */
const TABLES: Record<DatasetKind, (outputs: DataOutputs, id: string) => { records: unknown[]; csv: string }> = {
  figures: (o, id) => {
    const records = o.figures.filter((f) => f.dataset === id);
    return { records, csv: figuresCsv(records) };
  },
  flows: (o, id) => {
    const records = o.flows[id] ?? [];
    return { records, csv: flowsCsv(records) };
  },
  guides: (o) => ({ records: o.guides, csv: guidesCsv(o.guides) }),
  services: (o) => ({ records: o.services, csv: servicesCsv(o.services) }),
};

export function outputFiles(outputs: DataOutputs, sources: SourceFiles): Map<string, string> {
  const files = new Map<string, string>();
  const rows = new Map<string, number>();
  for (const spec of DATASETS) {
    const { records, csv } = TABLES[spec.kind](outputs, spec.id);
    files.set(`${spec.id}.json`, jsonFile(records));
    files.set(`${spec.id}.csv`, csv);
    rows.set(spec.id, records.length);
  }
  files.set("figures.json", jsonFile(outputs.figures));
  files.set("figures.csv", figuresCsv(outputs.figures));
  rows.set("figures", outputs.figures.length);
  files.set("ledger.json", jsonFile(outputs.ledger));
  // Every relation check line cites relations.csv, so it is published as it stands.
  const relations = sources["data/relations.csv"] ?? "";
  files.set("relations.csv", relations);
  rows.set("relations", relations ? parseCsv(relations, "data/relations.csv").records.length : 0);
  files.set("checks.json", jsonFile(outputs.checks));
  files.set("datapackage.json", jsonFile(dataPackage(files, rows)));
  return files;
}
