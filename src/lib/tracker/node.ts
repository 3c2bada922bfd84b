// The import's adapter for Node (the command line, the examples, the tests): an
// export folder on disk as an ExportSource, and a bundle written as a new
// release folder, whole or not at all. The browser has its own (browser.ts).
import { createReadStream, existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { readCsvStream, type CsvReadResult, type RowSink } from "./csv-stream.ts";
import type { ExportSource } from "./source.ts";

/** The files directly in an export folder (a missing folder has none), read in 1 MB chunks. */
export function dirSource(dir: string): ExportSource {
  let names: string[];
  try {
    names = readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => e.name)
      .sort();
  } catch {
    names = [];
  }
  return { names, read: (name) => createReadStream(join(dir, name), { highWaterMark: 1 << 20 }) };
}

/** Reads a CSV file on disk (see csv-stream.ts). */
export function readCsvFile(path: string, sink: RowSink): Promise<CsvReadResult> {
  return readCsvStream(createReadStream(path, { highWaterMark: 1 << 20 }), sink);
}

/** Writes a new release folder: every file to a temporary sibling, then one rename into place, so there is never a
 *  half-written release. A release is never rewritten: an existing folder is an error and is left as it was. */
export function writeBundle(outDir: string, files: ReadonlyMap<string, string | Uint8Array>): void {
  if (existsSync(outDir)) throw new Error(`writeBundle: ${outDir} exists, and a release is never rewritten`);
  const parent = dirname(outDir);
  mkdirSync(parent, { recursive: true });
  const tmp = join(parent, `.${basename(outDir)}.tmp-${process.pid}`);
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp);
  try {
    for (const [name, text] of files) writeFileSync(join(tmp, name), text);
    renameSync(tmp, outDir);
  } catch (e) {
    rmSync(tmp, { recursive: true, force: true });
    throw e;
  }
}
