// The import's adapter for Node (the command line, the examples, the tests): an
// export folder on disk as an ExportSource (a bundle is written as a new release
// folder by ../io/atomic-write.ts). The browser has its own (browser.ts).
import { createReadStream, readdirSync } from "node:fs";
import { join } from "node:path";
import { readCsvStream, type CsvReadResult, type RowSink } from "../io/csv-read.ts";
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

/** Reads a CSV file on disk (see ../io/csv-read.ts). */
export function readCsvFile(path: string, sink: RowSink): Promise<CsvReadResult> {
  return readCsvStream(createReadStream(path, { highWaterMark: 1 << 20 }), sink);
}
