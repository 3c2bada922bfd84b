// The site archive's ZIP: src/lib/io/zip.ts (the one writer and reader, shared with
// the /publish/ page) with Node's deflate at level 9.
import { deflateRawSync, inflateRawSync } from "node:zlib";
import { crc32, unzip as unzipWith, zip as zipWith, type ZipEntry } from "./zip.ts";

export { crc32, type ZipEntry };

/** Builds a ZIP archive; deflates an entry only when that makes it smaller. */
export const zip = (entries: ZipEntry[]): Uint8Array => zipWith(entries, (data) => new Uint8Array(deflateRawSync(data, { level: 9 })));

/** Reads a ZIP archive (stored or deflated entries), checking every entry's CRC-32. */
export const unzip = (bytes: Uint8Array): ZipEntry[] => unzipWith(bytes, (data) => new Uint8Array(inflateRawSync(data)));
