// npm run data, first part (src/lib/data-step/run-site.ts): load data/, check it, write
// public/data/. Load, process, save.
// On any problem it prints every one (file, line, column, rule, value), writes
// nothing, and exits 1, so a half-checked figure can never be published.
import { join } from "node:path";
import { formatProblem } from "../errors.ts";
import { runPipeline } from "./pipeline.ts";
import { DATASETS } from "../datasets.ts";
import { outputFiles } from "./publish/outputs.ts";
import { writeFolderAtomic } from "../io/atomic-write.ts";
import { findCaseLevelFiles } from "../tracker/case-files.ts";
import { readSources } from "./read/sources.ts";

/** The site's own data: `root` is the project folder. Returns the exit code. */
export function runSite(root: string): number {
  const OUT = join(root, "public/data");
  const started = performance.now();
  // Only aggregate bundles may sit under data/services/; a case-level file there
  // stops the build before anything is read or written. Names only, never contents.
  const caseFiles = findCaseLevelFiles(join(root, "data/services"));
  if (caseFiles.length) {
    console.error(`npm run data: case-level records found under data/services/; nothing was written. Remove them (bundles only):`);
    for (const f of caseFiles)
      console.error(`  data/services/${f}: rule case-level-file (a tracker export file, or a CSV with a parent, child or family id column)`);
    return 1;
  }
  const sources = readSources(root);
  const { outputs, problems } = runPipeline(sources);
  if (!outputs || problems.length) {
    console.error(`npm run data: ${problems.length} problem(s); nothing was written.\n`);
    for (const p of problems) console.error(`  ${formatProblem(p)}`);
    return 1;
  }

  const files = outputFiles(outputs, sources);

  // Written to a scratch folder of this process, then swapped in whole.
  writeFolderAtomic(OUT, files, { replace: true });

  const failing = outputs.checks.filter((c) => !c.ok).length;
  console.log(
    `npm run data: ${outputs.figures.length} figures in ${DATASETS.length} datasets; ${outputs.checks.length} checks, ` +
      `${failing} failing and each explained by the ledger (${outputs.ledger.length} entries); ` +
      `${files.size} files written to public/data in ${Math.round(performance.now() - started)} ms`,
  );
  return 0;
}
