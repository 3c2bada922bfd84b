// npm run data, last part (src/lib/data-step/run-archive.ts), after run-site.ts and run-services.ts: adds
// the published services' files (public/data/services/) to datapackage.json,
// which run-site.ts wrote before they existed, then zips public/data's
// CSV and JSON files, services/ included, with a README into
// public/data/strengthening-families-data.zip. Same data, same bytes.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { listFiles } from "../io/list-files.ts";
import { siteUrl } from "../site-url.ts";
import { ARCHIVE_NAME } from "../citation.ts";
import { archivable, archiveEntries } from "./publish/archive.ts";
import { withServices } from "./publish/datapackage.ts";
import { dataPackageSchema } from "../contract/datapackage.ts";
import { zip } from "../io/zip-deflate.ts";
import { writeFileAtomic } from "../io/atomic-write.ts";
import { jsonFile } from "../io/json.ts";

/** The data package's services and the archive: `root` is the project folder. Returns the exit code. */
export function runArchive(root: string): number {
  const DATA = join(root, "public/data");
  const pkgPath = join(DATA, "datapackage.json");
  if (!existsSync(pkgPath)) {
    console.error('build-archive: public/data/datapackage.json is missing; run "npm run data" first.');
    return 1;
  }
  const services = new Map<string, string>();
  if (existsSync(join(DATA, "services")))
    for (const path of listFiles(join(DATA, "services"))) services.set(path, readFileSync(join(DATA, "services", path), "utf8"));
  const pkg = withServices(dataPackageSchema.parse(JSON.parse(readFileSync(pkgPath, "utf8"))), services);
  writeFileAtomic(pkgPath, jsonFile(pkg));

  const files = new Map<string, Uint8Array>();
  for (const name of listFiles(DATA)) if (archivable(name)) files.set(name, readFileSync(join(DATA, name)));
  // The README cites the site's address only when SITE_URL sets one.
  const bytes = zip(archiveEntries(files, pkg, siteUrl()));
  writeFileAtomic(join(DATA, ARCHIVE_NAME), bytes);
  console.log(
    `build-archive: ${services.size} services files added to datapackage.json; ${files.size} files and README.txt in public/data/${ARCHIVE_NAME} (${bytes.length} bytes)`,
  );
  return 0;
}
