// Every file public/data serves, as text, from the pipeline's outputs: one JSON
// and one CSV per dataset, the collection files, relations.csv and the data
// package that describes them all. Pure, so tests can validate the package
// without writing anything. Each dataset's JSON is a plain array of records
// (what pandas' read_json and arquero's from() load as a table); its title,
// description and source are in datapackage.json.
import { DATASETS } from "../../datasets.ts";
import type { DataOutputs, SourceFiles } from "../pipeline.ts";
import { figuresCsv, flowsCsv, guidesCsv, servicesCsv } from "./tables.ts";
import { dataPackage } from "./datapackage.ts";
import { parseCsv } from "../../io/csv-read.ts";
import { jsonFile } from "../../io/json.ts";

export function outputFiles(outputs: DataOutputs, sources: SourceFiles): Map<string, string> {
  const files = new Map<string, string>();
  const rows = new Map<string, number>();
  for (const spec of DATASETS) {
    if (spec.kind === "figures") {
      const figs = outputs.figures.filter((f) => f.dataset === spec.id);
      files.set(`${spec.id}.json`, jsonFile(figs));
      files.set(`${spec.id}.csv`, figuresCsv(figs));
      rows.set(spec.id, figs.length);
    } else if (spec.kind === "flows") {
      const flows = outputs.flows[spec.id] ?? [];
      files.set(`${spec.id}.json`, jsonFile(flows));
      files.set(`${spec.id}.csv`, flowsCsv(flows));
      rows.set(spec.id, flows.length);
    } else if (spec.kind === "guides") {
      files.set(`${spec.id}.json`, jsonFile(outputs.guides));
      files.set(`${spec.id}.csv`, guidesCsv(outputs.guides));
      rows.set(spec.id, outputs.guides.length);
    } else {
      files.set(`${spec.id}.json`, jsonFile(outputs.services));
      files.set(`${spec.id}.csv`, servicesCsv(outputs.services));
      rows.set(spec.id, outputs.services.length);
    }
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
