// The one atomic write (a temporary sibling, then one rename), so no reader ever sees a half-written file or folder.
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";

/** A file's contents: text (written as UTF-8) or bytes. */
export type FileData = string | Uint8Array;

/** The temporary sibling of a path: hidden, and named for this process so that two builds never share one. */
function scratchOf(path: string): string {
  return join(dirname(path), `.${basename(path)}.tmp-${process.pid}`);
}

/** Writes one file beside its target and renames it into place (over the old file, if any). */
export function writeFileAtomic(path: string, data: FileData): void {
  const tmp = scratchOf(path);
  try {
    writeFileSync(tmp, data);
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}

/** Writes a folder whole or not at all: every file (a name may hold subfolders, "a/b.csv") to a temporary sibling,
 *  then one rename into place. With replace, a folder already there is swapped out for the new one; without, it is
 *  an error and the folder is left as it was (a published release is never rewritten). */
export function writeFolderAtomic(dir: string, files: Iterable<readonly [string, FileData]>, { replace }: { replace: boolean }): void {
  if (!replace && existsSync(dir)) throw new Error(`writeFolderAtomic: ${dir} exists, and a folder written whole is never rewritten`);
  mkdirSync(dirname(dir), { recursive: true });
  const tmp = scratchOf(dir);
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp);
  try {
    for (const [name, data] of files) {
      const path = join(tmp, name);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, data);
    }
    if (replace) rmSync(dir, { recursive: true, force: true });
    try {
      renameSync(tmp, dir);
    } catch (e) {
      if (!replace) throw e;
      // Another build swapped its (identical, deterministic) output in first.
      rmSync(dir, { recursive: true, force: true });
      renameSync(tmp, dir);
    }
  } catch (e) {
    rmSync(tmp, { recursive: true, force: true });
    throw e;
  }
}
