// Runs after scripts/build-data.ts: zips public/data/*.csv|json with a README
// into public/data/strengthening-families-data.zip. Same data, same bytes.
import { readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { siteUrl } from "../src/lib/site-url.ts";
import { ARCHIVE_NAME } from "../src/lib/citation.ts";
import { archivable, archiveEntries, type PackageInfo } from "./lib/archive.ts";
import { zip } from "./lib/zip.ts";

const ROOT = new URL("..", import.meta.url).pathname;
const DATA = join(ROOT, "public/data");

function main(): number {
  const files = new Map<string, Uint8Array>();
  for (const name of readdirSync(DATA).sort()) {
    if (archivable(name)) files.set(name, readFileSync(join(DATA, name)));
  }
  const pkgBytes = files.get("datapackage.json");
  if (!pkgBytes) {
    console.error('build-archive: public/data/datapackage.json is missing; run "npm run data" first.');
    return 1;
  }
  const pkg = JSON.parse(new TextDecoder().decode(pkgBytes)) as PackageInfo;
  // The README cites the site's address only when SITE_URL sets one.
  const bytes = zip(archiveEntries(files, pkg, siteUrl()));
  // Write beside the target and rename, so a reader never sees half a file.
  const tmp = join(DATA, `.${ARCHIVE_NAME}.${process.pid}`);
  writeFileSync(tmp, bytes);
  renameSync(tmp, join(DATA, ARCHIVE_NAME));
  console.log(`build-archive: ${files.size} files and README.txt in public/data/${ARCHIVE_NAME} (${bytes.length} bytes)`);
  return 0;
}

process.exitCode = main();
