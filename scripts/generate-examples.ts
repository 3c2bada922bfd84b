// npm run examples: writes the synthetic example exports, one per release
// (examples/exports/<slug>/<YYYY-MM>/), imports each release in order into
// examples/services/<slug>/<YYYY-MM>/, and writes the standard's Table Schemas,
// service.json's JSON Schema and the blank templates (src/lib/tracker/schemas/).
// Each service's records are drawn once, to its last month; an earlier release is
// that export as it stood then (src/lib/tracker/synthetic-asof.ts). Everything it
// writes from made-up records is marked synthetic. Seeded: the same code gives the
// same bytes. The examples are made up, so their releases are rewritten whole here,
// unlike a real service's (data/services/README.md).
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { runImport } from "../src/lib/tracker/import.ts";
import { readVocabulary } from "../src/lib/data-step/read/sources.ts";
import { formatTrackerProblem } from "../src/lib/tracker/problems.ts";
import { suppressionSentences } from "../src/lib/tracker/suppression-words.ts";
import { EXAMPLE_SERVICES } from "../src/lib/tracker/examples.ts";
import { FILES } from "../src/lib/tracker/standard.ts";
import { generateExport } from "../src/lib/tracker/synthetic.ts";
import { applyDegenerate } from "../src/lib/tracker/synthetic-changes.ts";
import { exportAsOf } from "../src/lib/tracker/synthetic-asof.ts";
import { schemaFiles } from "../src/lib/tracker/schema-files.ts";
import { stableJson } from "../src/lib/io/json.ts";
import { csvRows } from "../src/lib/io/csv-write.ts";

const ROOT = new URL("..", import.meta.url).pathname;

async function main(): Promise<number> {
  const schemas = join(ROOT, "src/lib/tracker/schemas");
  mkdirSync(schemas, { recursive: true });
  for (const [name, text] of Object.entries(schemaFiles())) writeFileSync(join(schemas, name), text);
  const vocabulary = readVocabulary(ROOT);
  let failed = 0;
  for (const ex of EXAMPLE_SERVICES) {
    const generated = generateExport({ seed: ex.seed, parents: ex.parents, from: ex.service.period.from, to: ex.service.period.to, prefix: ex.prefix });
    const full = applyDegenerate(generated, ex.changes ?? []);
    const exports = join(ROOT, "examples/exports", ex.slug);
    const out = join(ROOT, "examples/services", ex.slug);
    rmSync(exports, { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
    for (const release of ex.releases) {
      const dir = join(exports, release);
      mkdirSync(dir, { recursive: true });
      const data = exportAsOf(full, release);
      for (const file of FILES) writeFileSync(join(dir, file), csvRows([data.header[file], ...data.rows[file]]));
      writeFileSync(join(dir, "service.json"), stableJson({ ...ex.service, period: { ...ex.service.period, to: release } }));
      const result = await runImport(dir, out, { slug: ex.slug, today: release, vocabulary });
      for (const p of result.problems) console.error(`${ex.slug} ${release}: ${formatTrackerProblem(p)}`);
      if (result.refused) console.error(`${ex.slug} ${release}: ${result.refused}`);
      if (!result.ok) failed++;
      const rows = FILES.map((f) => `${data.rows[f].length} ${f}`).join(", ");
      console.log(
        `examples: ${ex.slug} ${release} (${rows}) -> ${result.ok ? `${result.figures?.length} figures in examples/services/${ex.slug}/${release}/` : "FAILED, nothing written"}`,
      );
      if (result.ok && result.disclosure) for (const line of suppressionSentences(result.disclosure, ex.service.disclosure.k)) console.log(`  ${line}`);
    }
  }
  return failed ? 1 : 0;
}

process.exitCode = await main();
