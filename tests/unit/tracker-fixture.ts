// Test exports: a small synthetic export written to a temporary folder, with
// helpers to damage it, and a snapshot of an output folder to prove that a
// failing import left it exactly as it was.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { FILES, type FileName } from "../../src/lib/tracker/standard.ts";
import { csvRows } from "../../src/lib/io/csv-write.ts";
import { generateExport, type ExportRows } from "../../src/lib/tracker/synthetic.ts";

export const TODAY = "2025-03";

export function sampleExport(parents = 40, seed = 7): ExportRows {
  return generateExport({ seed, parents, from: "2019-04", to: TODAY, prefix: "SYN" });
}

export function tempDir(label: string): string {
  return mkdtempSync(join(tmpdir(), `tracker-${label}-`));
}

/** Writes an export; `text` overrides a file's whole text (for cut-off files). */
export function writeExport(ex: ExportRows, text: Partial<Record<FileName, string | null>> = {}, service?: unknown): string {
  const dir = tempDir("export");
  for (const file of FILES) {
    const override = text[file];
    if (override === null) continue; // a missing file
    writeFileSync(join(dir, file), override ?? csvRows([ex.header[file], ...ex.rows[file]]));
  }
  if (service !== undefined) writeFileSync(join(dir, "service.json"), JSON.stringify(service));
  return dir;
}

export function clone(ex: ExportRows): ExportRows {
  return structuredClone(ex);
}

/** Sets one cell: `row` is the 0-based data row, so its line in the file is row + 2. */
export function setCell(ex: ExportRows, file: FileName, row: number, column: string, value: string): number {
  const at = ex.header[file].indexOf(column);
  const cells = ex.rows[file][row];
  if (at < 0 || !cells) throw new Error(`fixture: no ${column} or row ${row} in ${file}`);
  cells[at] = value;
  return row + 2;
}

/** A service folder holding an earlier release (2020-03), to prove a failing import leaves it untouched. */
export function earlierBundle(): string {
  const out = join(tempDir("out"), "service");
  mkdirSync(join(out, "2020-03"), { recursive: true });
  writeFileSync(join(out, "2020-03/figures.json"), "[]\n");
  writeFileSync(join(out, "2020-03/service.json"), '{"name":"earlier"}\n');
  return out;
}

/** Every file under a folder (and its parent, to catch temporary siblings), with its contents. */
export function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string, prefix: string) => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path, `${prefix}${name}/`);
      else out[`${prefix}${name}`] = readFileSync(path, "utf8");
    }
  };
  walk(join(dir, ".."), "");
  return out;
}

export function cleanup(...dirs: string[]): void {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
}
