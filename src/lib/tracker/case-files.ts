// Case-level files must never sit under data/services/: only bundles do. The
// site build calls this and fails when it returns anything.
import { readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { FILES } from "./standard.ts";

const CASE_LEVEL = new Set<string>(FILES);

/** Paths (relative to dir) of files named like the standard's case-level files, at any depth. */
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
      else if (CASE_LEVEL.has(name.toLowerCase())) found.push(relative(dir, path));
    }
  };
  walk(dir);
  return found.sort();
}
