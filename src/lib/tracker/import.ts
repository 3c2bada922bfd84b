// The import as the command line runs it: an export folder in, and, only when
// every check passed, a new release folder out. The import itself, on bytes,
// is core.ts; reading the folder and writing the release are node.ts.
import { join } from "node:path";
import { importSource, type ImportOptions, type ImportResult } from "./core.ts";
import { writeFolderAtomic } from "../io/atomic-write.ts";
import { dirSource } from "./node.ts";
import { readPrevious, releaseRefusal } from "./releases.ts";

export { model, optionProblem, type ImportOptions, type ImportResult } from "./core.ts";

/** The import of an export folder; writes nothing (see runImport). */
export function importExport(dir: string, opts: ImportOptions): Promise<ImportResult> {
  return importSource(dirSource(dir), opts);
}

/** What runImport did: the import's result, the release it names and, when it refused to write it, why. */
export type ReleaseResult = ImportResult & { release?: string; refused?: string };

/** Imports and, only when every check passed, writes a new release folder, serviceDir/<period.to>/. It refuses
 *  (`ok: false`, `refused` saying why, nothing written) a release that exists or is older than the latest. */
export async function runImport(dir: string, serviceDir: string, opts: ImportOptions): Promise<ReleaseResult> {
  const previous = opts.previous ?? readPrevious(serviceDir);
  const result = await importExport(dir, { ...opts, previous });
  // The import refuses a release that is not later than every earlier one (TR-RELEASE-ORDER); said here in one line.
  const release = result.service?.period.to;
  const refused = release === undefined ? undefined : (releaseRefusal(previous.map((p) => p.release).sort(), release) ?? undefined);
  if (refused) return { ...result, ok: false, release, refused };
  if (!result.ok || !result.files || !result.service || release === undefined) return result;
  writeFolderAtomic(join(serviceDir, release), result.files, { replace: false });
  return { ...result, release };
}
