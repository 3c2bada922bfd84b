// public/data as npm run data leaves it, made in memory by the functions the
// data scripts call (build-data's outputFiles, build-services' checkBundle and
// publishedFiles, build-archive's withServices), so tests need no earlier build.
import { publishedSet } from "../../src/lib/figures/set.ts";
import { jsonFile } from "../../src/lib/io/json.ts";
import type { BundleMode } from "../../src/lib/monitoring/bundle.ts";
import { publishedComparisons, publishedFiles, type PublishedRelease } from "../../src/lib/monitoring/publish.ts";
import { EXAMPLE_SERVICES } from "../../src/lib/tracker/examples.ts";
import { outputFiles } from "../../scripts/lib/outputs.ts";
import { withServices, type dataPackage } from "../../scripts/lib/datapackage.ts";
import { realFiles, realOutputs } from "./real-outputs.ts";
import { checkedRelease, exampleReleases } from "../fixtures/example-files.ts";

/** The synthetic example services, whose releases the example build publishes. */
export const SLUGS = EXAMPLE_SERVICES.map((e) => e.slug).sort();

/** public/data as npm run data leaves it, path → text, for one build. */
export function builtData(mode: BundleMode): Map<string, string> {
  const site = outputFiles(realOutputs(), realFiles());
  const releases: PublishedRelease[] = (mode === "example" ? SLUGS : []).flatMap((slug) => exampleReleases(slug).map((r) => checkedRelease(slug, r, mode)));
  const salford = publishedSet(realOutputs().figures, "Salford");
  const services = publishedFiles(releases, mode, publishedComparisons(releases, salford));
  const pkg = withServices(JSON.parse(site.get("datapackage.json")!) as ReturnType<typeof dataPackage>, services);
  const out = new Map(site);
  out.set("datapackage.json", jsonFile(pkg));
  for (const [path, text] of services) out.set(`services/${path}`, text);
  return out;
}
