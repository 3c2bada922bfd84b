// The synthetic examples' files, by service and release, so no test hard-codes a
// release folder: examples/services/<slug>/<YYYY-MM>/ and examples/exports/<slug>/<YYYY-MM>/.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { BUNDLE_FILES, checkBundle, type BundleFiles, type BundleMode } from "../../src/lib/monitoring/bundle.ts";
import type { PublishedRelease } from "../../src/lib/monitoring/publish.ts";
import { listReleases } from "../../src/lib/tracker/releases.ts";

const ROOT = new URL("../..", import.meta.url).pathname;

/** A service's example releases, oldest first. */
export const exampleReleases = (slug: string): string[] => listReleases(join(ROOT, "examples/services", slug));

/** The month of a service's latest example release. */
export function latestRelease(slug: string): string {
  const latest = exampleReleases(slug).at(-1);
  if (!latest) throw new Error(`no release of examples/services/${slug}/: run npm run examples`);
  return latest;
}

/** The path (from the repository's root) of a file of a release's bundle, the latest by default. */
export const exampleFile = (slug: string, name: string, release = latestRelease(slug)) => `examples/services/${slug}/${release}/${name}`;

/** A file of a release's bundle as text, the latest by default. */
export const readExample = (slug: string, name: string, release?: string) => readFileSync(join(ROOT, exampleFile(slug, name, release)), "utf8");

/** The absolute path of the export a release was imported from, the latest by default. */
export const exampleExport = (slug: string, release = latestRelease(slug)) => join(ROOT, "examples/exports", slug, release);

/** A release's bundle files, as the data step reads them. */
export const bundleFiles = (slug: string, release?: string): BundleFiles =>
  Object.fromEntries(BUNDLE_FILES.map((n) => [n, readExample(slug, n, release)]));

/** One release checked as the data step checks it; throws on any problem. */
export function checkedRelease(slug: string, release = latestRelease(slug), mode: BundleMode = "example"): PublishedRelease {
  const files = bundleFiles(slug, release);
  const checked = checkBundle("examples/services", slug, files, mode, release);
  if (!checked.bundle) throw new Error(`examples/services/${slug}/${release}: ${JSON.stringify(checked.problems)}`);
  return { release, bundle: checked.bundle, files };
}
