// Every file under a folder, by its path relative to that folder, in a fixed
// order, so what the data step reads and writes never depends on the disk's.
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

export function listFiles(dir: string, prefix = ""): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => (statSync(join(dir, name)).isDirectory() ? listFiles(join(dir, name), `${prefix}${name}/`) : [`${prefix}${name}`]));
}
