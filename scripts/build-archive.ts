// Runs last in npm run data, after build-data.ts and build-services.ts: adds
// the published services' files (public/data/services/) to datapackage.json,
// which build-data.ts wrote before they existed, then zips public/data's
// CSV and JSON files, services/ included, with a README into
// public/data/strengthening-families-data.zip. Same data, same bytes.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { siteUrl } from "../src/lib/site-url.ts";
import { ARCHIVE_NAME } from "../src/lib/citation.ts";
import { archivable, archiveEntries } from "./lib/archive.ts";
import { withServices, type dataPackage } from "./lib/datapackage.ts";
import { zip } from "./lib/zip.ts";
import { writeFileAtomic } from "../src/lib/io/atomic-write.ts";
import { jsonFile } from "../src/lib/io/json.ts";

const ROOT = new URL("..", import.meta.url).pathname;
const DATA = join(ROOT, "public/data");

/** Every file under dir, by its path relative to dir, in a fixed order. */
function walk(dir: string, base = dir): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => (statSync(join(dir, name)).isDirectory() ? walk(join(dir, name), base) : [relative(base, join(dir, name))]));
}

function main(): number {
  const pkgPath = join(DATA, "datapackage.json");
  if (!existsSync(pkgPath)) {
    console.error('build-archive: public/data/datapackage.json is missing; run "npm run data" first.');
    return 1;
  }
  const services = new Map<string, string>();
  if (existsSync(join(DATA, "services")))
    for (const path of walk(join(DATA, "services"))) services.set(path, readFileSync(join(DATA, "services", path), "utf8"));
  const pkg = withServices(JSON.parse(readFileSync(pkgPath, "utf8")) as ReturnType<typeof dataPackage>, services);
  writeFileAtomic(pkgPath, jsonFile(pkg));

  const files = new Map<string, Uint8Array>();
  for (const name of walk(DATA)) if (archivable(name)) files.set(name, readFileSync(join(DATA, name)));
  // The README cites the site's address only when SITE_URL sets one.
  const bytes = zip(archiveEntries(files, pkg, siteUrl()));
  writeFileAtomic(join(DATA, ARCHIVE_NAME), bytes);
  console.log(
    `build-archive: ${services.size} services files added to datapackage.json; ${files.size} files and README.txt in public/data/${ARCHIVE_NAME} (${bytes.length} bytes)`,
  );
  return 0;
}

process.exitCode = main();
