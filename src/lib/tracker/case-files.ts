// Case-level files must never sit under data/services/: only bundles do. The
// site build calls this and fails when it returns anything.
import { closeSync, openSync, readSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { FILES } from "./standard.ts";

const CASE_LEVEL = new Set<string>(FILES);
const ID_COLUMN = /(^|,)"?(parent_id|child_id|family_id)"?(,|\r?$)/m;

/** The first line of a file (up to 4 KB), to catch a case-level file saved under another name. */
function firstLine(path: string): string {
  const fd = openSync(path, "r");
  try {
    const buf = Buffer.alloc(4096);
    const n = readSync(fd, buf, 0, buf.length, 0);
    return buf.subarray(0, n).toString("utf8").split("\n")[0] ?? "";
  } finally {
    closeSync(fd);
  }
}

/** Paths (relative to dir) of case-level files at any depth: named like the standard's files, or any
 *  CSV whose header has one of the standard's id columns. */
export function findCaseLevelFiles(dir: string): string[] {
  const found: string[] = [];
  const walk = (d: string): void => {
    let names: string[];
    try {
      names = readdirSync(d);
    } catch {
      return;
    }
    for (const name of names) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (CASE_LEVEL.has(name.toLowerCase()) || (/\.(csv|txt|tsv)$/i.test(name) && ID_COLUMN.test(firstLine(path).replaceAll("\t", ",")))) {
        found.push(relative(dir, path));
      }
    }
  };
  walk(dir);
  return found.sort();
}
