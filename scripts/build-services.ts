// Part of npm run data, after build-data.ts: checks every service bundle and
// publishes it under public/data/services/. The production build reads
// data/services/ and refuses made-up bundles; SF_SERVICES=example (npm run
// build:example) reads the synthetic examples instead and refuses real ones.
// On any problem it prints each (file, line, column, rule), writes nothing, exits 1.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { formatProblem, type DataProblem } from "../src/lib/errors.ts";
import { BUNDLE_FILES, checkBundle, type Bundle, type BundleFiles, type BundleMode } from "../src/lib/monitoring/bundle.ts";
import { publishedComparisons, publishedFiles, serviceSets } from "../src/lib/monitoring/publish.ts";
import { comparisonProblems, serviceProblems } from "../src/lib/monitoring/drawable.ts";
import { publishedSet } from "../src/lib/figures/set.ts";
import { figureSchema } from "../src/lib/schema.ts";
import { z } from "zod";

const ROOT = new URL("..", import.meta.url).pathname;
const OUT = join(ROOT, "public/data/services");

function main(): number {
  const mode: BundleMode = process.env["SF_SERVICES"] === "example" ? "example" : "production";
  const dir = mode === "example" ? "examples/services" : "data/services";
  const slugs = existsSync(join(ROOT, dir))
    ? readdirSync(join(ROOT, dir))
        .filter((n) => statSync(join(ROOT, dir, n)).isDirectory())
        .sort()
    : [];
  const problems: DataProblem[] = [];
  const bundles: { bundle: Bundle; files: BundleFiles }[] = [];
  for (const slug of slugs) {
    const files: BundleFiles = {};
    for (const name of BUNDLE_FILES) {
      const path = join(ROOT, dir, slug, name);
      if (existsSync(path)) files[name] = readFileSync(path, "utf8");
    }
    const checked = checkBundle(dir, slug, files, mode);
    problems.push(...checked.problems);
    if (checked.bundle) bundles.push({ bundle: checked.bundle, files });
  }
  // The comparisons read published figures only: each service's, and Salford's as npm run data just wrote them.
  const salford = publishedSet(z.array(figureSchema).parse(JSON.parse(readFileSync(join(ROOT, "public/data/figures.json"), "utf8"))), "Salford");
  const comparisons = publishedComparisons(bundles, salford);
  // A bundle the pages could not draw is refused here, by name, rather than failing the site build for everyone.
  for (const s of serviceSets(bundles)) {
    for (const message of serviceProblems(s.set)) problems.push({ file: `${dir}/${s.slug}/figures.json`, rule: "bundle-drawable", message });
  }
  for (const message of comparisonProblems(comparisons)) problems.push({ file: `${dir}/ (comparisons)`, rule: "comparison-drawable", message });
  if (problems.length) {
    console.error(`npm run data (services): ${problems.length} problem(s) in ${dir}/; nothing was written.\n`);
    for (const p of problems) console.error(`  ${formatProblem(p)}`);
    return 1;
  }
  const files = publishedFiles(bundles, mode, comparisons);
  const tmp = `${OUT}.tmp-${process.pid}`;
  for (const [name, text] of files) {
    mkdirSync(dirname(join(tmp, name)), { recursive: true });
    writeFileSync(join(tmp, name), text);
  }
  rmSync(OUT, { recursive: true, force: true });
  renameSync(tmp, OUT);
  console.log(`npm run data (services): ${bundles.length} ${mode} bundle(s) from ${dir}/ checked and published in public/data/services/`);
  return 0;
}

process.exitCode = main();
