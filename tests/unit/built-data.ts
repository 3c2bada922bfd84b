// public/data as npm run data leaves it, made in memory by the functions the
// data scripts call (build-data's outputFiles, build-services' checkBundle and
// publishedFiles, build-archive's withServices), so tests need no earlier build.
import { readFileSync } from "node:fs";
import { expect } from "vitest";
import { publishedSet } from "../../src/lib/figures/set.ts";
import { BUNDLE_FILES, checkBundle, type Bundle, type BundleFiles, type BundleMode } from "../../src/lib/monitoring/bundle.ts";
import { publishedComparisons, publishedFiles } from "../../src/lib/monitoring/publish.ts";
import { EXAMPLE_SERVICES } from "../../src/lib/tracker/examples.ts";
import { outputFiles } from "../../scripts/lib/outputs.ts";
import { withServices, type dataPackage } from "../../scripts/lib/datapackage.ts";
import { realFiles, realOutputs } from "./real-outputs.ts";

/** The synthetic example bundles, which the example build publishes. */
export const SLUGS = EXAMPLE_SERVICES.map((e) => e.slug).sort();

/** public/data as npm run data leaves it, path → text, for one build. */
export function builtData(mode: BundleMode): Map<string, string> {
  const site = outputFiles(realOutputs(), realFiles());
  const bundles: { bundle: Bundle; files: BundleFiles }[] = [];
  for (const slug of mode === "example" ? SLUGS : []) {
    const files: BundleFiles = Object.fromEntries(BUNDLE_FILES.map((n) => [n, readFileSync(`examples/services/${slug}/${n}`, "utf8")]));
    const checked = checkBundle("examples/services", slug, files, mode);
    expect(checked.problems).toEqual([]);
    bundles.push({ bundle: checked.bundle!, files });
  }
  const salford = publishedSet(realOutputs().figures, "Salford");
  const services = publishedFiles(bundles, mode, publishedComparisons(bundles, salford));
  const pkg = withServices(JSON.parse(site.get("datapackage.json")!) as ReturnType<typeof dataPackage>, services);
  const out = new Map(site);
  out.set("datapackage.json", JSON.stringify(pkg, null, 1) + "\n");
  for (const [path, text] of services) out.set(`services/${path}`, text);
  return out;
}
