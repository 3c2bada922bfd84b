// npm run data: load data/, check it, write public/data/. Load, process, save.
// On any problem it prints every one (file, line, column, rule, value), writes
// nothing, and exits 1, so a half-checked figure can never be published.
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { formatProblem } from "../src/lib/errors.ts";
import { runPipeline } from "../src/lib/pipeline.ts";
import { DATASETS } from "../src/lib/datasets.ts";
import { DOCUMENTS } from "../src/lib/documents.ts";
import { figuresCsv, flowsCsv, guidesCsv, servicesCsv } from "./lib/tables.ts";
import { dataPackage } from "./lib/datapackage.ts";

const ROOT = new URL("..", import.meta.url).pathname;
const OUT = join(ROOT, "public/data");

// Sorted keys and no timestamps: an unchanged source gives byte-identical output.
const json = (value: unknown) => JSON.stringify(value, null, 1) + "\n";

function load(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of readdirSync(join(ROOT, "data"))) {
    if (name.endsWith(".csv") || name.endsWith(".json")) files[`data/${name}`] = readFileSync(join(ROOT, "data", name), "utf8");
  }
  return files;
}

function main(): number {
  const started = performance.now();
  const { outputs, problems } = runPipeline(load());
  if (!outputs || problems.length) {
    console.error(`npm run data: ${problems.length} problem(s); nothing was written.\n`);
    for (const p of problems) console.error(`  ${formatProblem(p)}`);
    return 1;
  }

  const files = new Map<string, string>();
  const rows = new Map<string, number>();
  for (const spec of DATASETS) {
    const meta = { id: spec.id, title: spec.title, description: spec.description, page: spec.page ?? null, source: DOCUMENTS[spec.document] };
    if (spec.kind === "figures") {
      const figs = outputs.figures.filter((f) => f.dataset === spec.id);
      files.set(`${spec.id}.json`, json({ ...meta, figures: figs }));
      files.set(`${spec.id}.csv`, figuresCsv(figs));
      rows.set(spec.id, figs.length);
    } else if (spec.kind === "flows") {
      const flows = outputs.flows[spec.id] ?? [];
      files.set(`${spec.id}.json`, json({ ...meta, flows }));
      files.set(`${spec.id}.csv`, flowsCsv(flows));
      rows.set(spec.id, flows.length);
    } else if (spec.kind === "guides") {
      files.set(`${spec.id}.json`, json({ ...meta, guides: outputs.guides }));
      files.set(`${spec.id}.csv`, guidesCsv(outputs.guides));
      rows.set(spec.id, outputs.guides.length);
    } else {
      files.set(`${spec.id}.json`, json({ ...meta, services: outputs.services }));
      files.set(`${spec.id}.csv`, servicesCsv(outputs.services));
      rows.set(spec.id, outputs.services.length);
    }
  }
  files.set("figures.json", json(outputs.figures));
  files.set("figures.csv", figuresCsv(outputs.figures));
  rows.set("figures", outputs.figures.length);
  files.set("ledger.json", json(outputs.ledger));
  files.set("checks.json", json(outputs.checks));
  files.set("datapackage.json", json(dataPackage(files, rows)));

  // Write to a scratch folder of this process, then swap it in whole.
  const tmp = `${OUT}.tmp-${process.pid}`;
  mkdirSync(tmp, { recursive: true });
  for (const [name, text] of files) writeFileSync(join(tmp, name), text);
  rmSync(OUT, { recursive: true, force: true });
  try {
    renameSync(tmp, OUT);
  } catch {
    // Another build swapped its (identical, deterministic) output in first.
    rmSync(OUT, { recursive: true, force: true });
    renameSync(tmp, OUT);
  }

  const failing = outputs.checks.filter((c) => !c.ok).length;
  console.log(
    `npm run data: ${outputs.figures.length} figures in ${DATASETS.length} datasets; ${outputs.checks.length} checks, ` +
      `${failing} failing and each explained by the ledger (${outputs.ledger.length} entries); ` +
      `${files.size} files written to public/data in ${Math.round(performance.now() - started)} ms`,
  );
  return 0;
}

process.exitCode = main();
