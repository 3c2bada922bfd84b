// Streams a generated export straight to disk, for exports too big to hold as
// rows in memory (the scale bench writes a million parents this way).
import { closeSync, mkdirSync, openSync, writeSync } from "node:fs";
import { join } from "node:path";
import { csvLine } from "../io/csv-write.ts";
import { COLUMNS, FILES, type FileName } from "./standard.ts";
import { generate, type GenerateOptions } from "./synthetic.ts";

/** Writes the three files; returns the number of rows in each. */
export function writeSyntheticExport(dir: string, opts: GenerateOptions): Record<FileName, number> {
  mkdirSync(dir, { recursive: true });
  const fd = {} as Record<FileName, number>;
  const buf = {} as Record<FileName, string[]>;
  const rows = {} as Record<FileName, number>;
  for (const file of FILES) {
    fd[file] = openSync(join(dir, file), "w");
    buf[file] = [csvLine(COLUMNS[file].map((c) => c.name))];
    rows[file] = 0;
  }
  const flush = (file: FileName) => {
    writeSync(fd[file], buf[file].join("\n") + "\n");
    buf[file] = [];
  };
  generate(opts, (file, cells) => {
    rows[file]++;
    if (buf[file].push(csvLine(cells)) >= 10_000) flush(file);
  });
  for (const file of FILES) {
    if (buf[file].length) flush(file);
    closeSync(fd[file]);
  }
  return rows;
}
