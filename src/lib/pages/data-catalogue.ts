// The /data/ catalogue: every dataset with its files, sizes and checksums, read
// from datapackage.json and checked against the files themselves, so the page
// can never show a checksum that does not match what it links to.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ARCHIVE_NAME } from "../citation.ts";
import { dataPackageSchema, type DataPackage, type Resource } from "../contract/datapackage.ts";
import { sha256 } from "../io/sha256.ts";

export interface FileInfo {
  path: string;
  href: string;
  format: string;
  bytes: number;
  sha256: string;
}

/** A resource's file, after checking its size and checksum against the bytes on disk. */
export function verifiedFile(r: Resource, read: (path: string) => Uint8Array): FileInfo {
  const data = read(r.path);
  const hash = sha256(data);
  if (`sha256:${hash}` !== r.hash || data.length !== r.bytes) {
    throw new Error(`datapackage.json is out of date for ${r.path}: run "npm run data" again`);
  }
  return { path: r.path, href: `/data/${r.path}`, format: r.format.toUpperCase(), bytes: r.bytes, sha256: hash };
}

export interface Catalogue {
  pkg: DataPackage;
  /** datapackage.json itself: it cannot list its own checksum. */
  packageFile: FileInfo;
  /** The zip of everything, when src/lib/data-step/run-archive.ts has made it. */
  archive: (FileInfo & { entries: number }) | null;
  read: (path: string) => Uint8Array;
}

/** Loads datapackage.json and the archive from public/data. */
export function readCatalogue(dir = join(process.cwd(), "public/data")): Catalogue {
  const read = (path: string) => new Uint8Array(readFileSync(join(dir, path)));
  const raw = read("datapackage.json");
  const pkg = dataPackageSchema.parse(JSON.parse(new TextDecoder().decode(raw)));
  const packageFile = { path: "datapackage.json", href: "/data/datapackage.json", format: "JSON", bytes: raw.length, sha256: sha256(raw) };
  let archive: Catalogue["archive"] = null;
  if (existsSync(join(dir, ARCHIVE_NAME))) {
    const zip = read(ARCHIVE_NAME);
    archive = { path: ARCHIVE_NAME, href: `/data/${ARCHIVE_NAME}`, format: "ZIP", bytes: zip.length, sha256: sha256(zip), entries: zipEntryCount(zip) };
  }
  return { pkg, packageFile, archive, read };
}

/** Number of entries, from the end-of-central-directory record of a ZIP. */
export function zipEntryCount(zip: Uint8Array): number {
  const v = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = zip.length - 22;
  if (end < 0 || v.getUint32(end, true) !== 0x06054b50) throw new Error("not a ZIP file without a comment");
  return v.getUint16(end + 10, true);
}

/** "10.4 KB", "1.2 MB": sizes as people read them (1 KB = 1,000 bytes). */
export function formatBytes(bytes: number): string {
  const one = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 1 });
  if (bytes < 1000) return `${bytes} bytes`;
  if (bytes < 1_000_000) return `${one.format(bytes / 1000)} KB`;
  return `${one.format(bytes / 1_000_000)} MB`;
}
