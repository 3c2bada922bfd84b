// npm run data, second part (src/lib/data-step/run-services.ts), after run-site.ts: checks every release of every
// service (<dir>/<slug>/<YYYY-MM>/) and publishes each under
// public/data/services/<slug>/<YYYY-MM>/. A release must end its period in the
// month that names its folder, and a release committed in git must be exactly
// as committed (data/services/README.md). The production build reads
// data/services/ and refuses made-up bundles; SF_SERVICES=example (npm run
// build:example) reads the synthetic examples instead and refuses real ones.
// On any problem it prints each (file, line, column, rule), writes nothing, exits 1.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from "node:fs";
import { join } from "node:path";
import { listFiles } from "../io/list-files.ts";
import { formatProblem, type DataProblem, fail } from "../errors.ts";
import { writeFolderAtomic } from "../io/atomic-write.ts";
import { BUNDLE_FILES, checkBundle, type BundleFiles, type BundleMode } from "../monitoring/bundle.ts";
import { latestReleases, publishedComparisons, publishedFiles, releaseTrends, serviceSets, type PublishedRelease } from "../monitoring/publish.ts";
import { trendProblems } from "../monitoring/trends.ts";
import { changedReleaseProblems, gitBlobId, releaseChangeProblems } from "../monitoring/releases.ts";
import { RELEASE } from "../tracker/releases.ts";
import { comparisonProblems, serviceProblems } from "../monitoring/drawable.ts";
import { publishedSet } from "../figures/set.ts";
import { readVocabulary } from "./read/sources.ts";
import { figureSchema } from "../contract/site.ts";
import { z } from "zod";

/** HEAD's git object id of every file under dir, or null when there is no git or no HEAD (a tarball, say). */
function committedFiles(root: string, dir: string): Map<string, string> | null {
  const git = spawnSync("git", ["ls-tree", "-r", "HEAD", "--", dir], { cwd: root, encoding: "utf8" });
  const top = spawnSync("git", ["rev-parse", "--show-toplevel"], { cwd: root, encoding: "utf8" });
  // Only this project's own repository counts, not one it happens to be unpacked inside.
  if (git.error || git.status !== 0 || top.status !== 0 || realpathSync(top.stdout.trim()) !== realpathSync(root)) return null;
  const out = new Map<string, string>();
  for (const line of git.stdout.split("\n").filter(Boolean)) {
    const [meta, path] = line.split("\t") as [string, string];
    out.set(path, meta.split(" ")[2]!);
  }
  return out;
}

/** Every service release, checked and published: `root` is the project folder. Returns the exit code. */
export function runServices(root: string, mode: BundleMode): number {
  const OUT = join(root, "public/data/services");
  const dir = mode === "example" ? "examples/services" : "data/services";
  const slugs = existsSync(join(root, dir))
    ? readdirSync(join(root, dir))
        .filter((n) => statSync(join(root, dir, n)).isDirectory())
        .sort()
    : [];
  // The words every service's figure set is drawn with: Salford's vocabulary, the tracker standard's codes among them.
  const vocabulary = readVocabulary(root);
  const problems: DataProblem[] = [];
  const releases: PublishedRelease[] = [];
  for (const slug of slugs) {
    const folders = readdirSync(join(root, dir, slug)).filter((n) => !n.startsWith(".") && n !== "README.md");
    for (const n of folders.filter((n) => !RELEASE.test(n) || !statSync(join(root, dir, slug, n)).isDirectory()))
      problems.push(
        fail({
          file: `${dir}/${slug}/${n}`,
          id: "release-folder",
          message: "a service folder holds only release folders, each named after the end of its period (YYYY-MM)",
        }),
      );
    const found = folders.filter((n) => RELEASE.test(n) && statSync(join(root, dir, slug, n)).isDirectory()).sort();
    if (found.length === 0)
      problems.push(
        fail({
          file: `${dir}/${slug}/`,
          id: "release-none",
          message: "a service folder needs at least one release: run npm run tracker",
        }),
      );
    const ofService: PublishedRelease[] = [];
    for (const release of found) {
      const files: BundleFiles = {};
      for (const name of BUNDLE_FILES) {
        const path = join(root, dir, slug, release, name);
        if (existsSync(path)) files[name] = readFileSync(path, "utf8");
      }
      const checked = checkBundle(dir, slug, files, mode, release);
      problems.push(...checked.problems);
      if (checked.bundle) ofService.push({ release, bundle: checked.bundle, files });
    }
    const levels = ofService.map((r) => ({ release: r.release, k: r.bundle.service.disclosure.k, figures: r.bundle.figures }));
    problems.push(...releaseChangeProblems(`${dir}/${slug}`, levels));
    for (const message of trendProblems(releaseTrends(ofService, vocabulary))) problems.push(fail({ file: `${dir}/${slug}/`, id: "trend-revised", message }));
    releases.push(...ofService);
  }
  // A committed release is published for good: the files on disk must be HEAD's, byte for byte.
  const committed = committedFiles(root, dir);
  if (committed === null) console.log(`npm run data (services): no git repository or no commit here, so releases were not compared with the committed ones`);
  else if (existsSync(join(root, dir))) {
    const working = new Map(listFiles(join(root, dir), `${dir}/`).map((p) => [p, gitBlobId(readFileSync(join(root, p)))]));
    problems.push(...changedReleaseProblems(working, committed));
  }
  // The comparisons read published figures only: each service's latest release, and Salford's as npm run data just wrote them.
  const salford = publishedSet(z.array(figureSchema).parse(JSON.parse(readFileSync(join(root, "public/data/figures.json"), "utf8"))), "Salford", vocabulary);
  const latest = latestReleases(releases);
  const comparisons = publishedComparisons(releases, salford);
  // A release the pages could not draw is refused here, by name, rather than failing the site build for everyone.
  for (const r of releases) {
    for (const message of serviceProblems(serviceSets([r], vocabulary)[0]!.set))
      problems.push(fail({ file: `${dir}/${r.bundle.service.slug}/${r.release}/figures.json`, id: "bundle-drawable", message }));
  }
  for (const message of comparisonProblems(comparisons)) problems.push(fail({ file: `${dir}/ (comparisons)`, id: "comparison-drawable", message }));
  if (problems.length) {
    console.error(`npm run data (services): ${problems.length} problem(s) in ${dir}/; nothing was written.\n`);
    for (const p of problems) console.error(`  ${formatProblem(p)}`);
    return 1;
  }
  const files = publishedFiles(releases, mode, comparisons, vocabulary);
  writeFolderAtomic(OUT, files, { replace: true });
  console.log(
    `npm run data (services): ${releases.length} release(s) of ${latest.length} ${mode} service(s) from ${dir}/ checked and published in public/data/services/`,
  );
  return 0;
}
