// npm run examples: writes the synthetic example exports (examples/exports/<slug>/),
// imports each one into its bundle (examples/services/<slug>/), and writes the
// standard's Table Schemas, service.json's JSON Schema and the blank templates (src/lib/tracker/schemas/).
// Everything it writes from made-up records is marked synthetic. Seeded: the
// same code gives the same bytes.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { runImport } from "../src/lib/tracker/import.ts";
import { formatTrackerProblem } from "../src/lib/tracker/problems.ts";
import { EXAMPLE_SERVICES } from "../src/lib/tracker/examples.ts";
import { FILES } from "../src/lib/tracker/standard.ts";
import { csvText, generateExport } from "../src/lib/tracker/synthetic.ts";
import { applyDegenerate } from "../src/lib/tracker/synthetic-changes.ts";
import { schemaFiles } from "../src/lib/tracker/schema-files.ts";
import { stableJson } from "../src/lib/tracker/bundle.ts";

const ROOT = new URL("..", import.meta.url).pathname;

async function main(): Promise<number> {
  const schemas = join(ROOT, "src/lib/tracker/schemas");
  mkdirSync(schemas, { recursive: true });
  for (const [name, text] of Object.entries(schemaFiles())) writeFileSync(join(schemas, name), text);
  let failed = 0;
  for (const ex of EXAMPLE_SERVICES) {
    const dir = join(ROOT, "examples/exports", ex.slug);
    mkdirSync(dir, { recursive: true });
    const generated = generateExport({ seed: ex.seed, parents: ex.parents, from: ex.service.period.from, to: ex.service.period.to, prefix: ex.prefix });
    const data = applyDegenerate(generated, ex.changes ?? []);
    for (const file of FILES) writeFileSync(join(dir, file), csvText(data.header[file], data.rows[file]));
    writeFileSync(join(dir, "service.json"), stableJson(ex.service));
    const out = join(ROOT, "examples/services", ex.slug);
    const result = await runImport(dir, out, { slug: ex.slug, today: ex.service.period.to });
    for (const p of result.problems) console.error(`${ex.slug}: ${formatTrackerProblem(p)}`);
    if (!result.ok) failed++;
    const rows = FILES.map((f) => `${data.rows[f].length} ${f}`).join(", ");
    console.log(`examples: ${ex.slug} (${rows}) -> ${result.ok ? `${result.figures?.length} figures in examples/services/${ex.slug}/` : "FAILED, nothing written"}`);
  }
  return failed ? 1 : 0;
}

process.exitCode = await main();
