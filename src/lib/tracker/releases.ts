// A service's releases: one folder per import under the service's folder, named
// after the end of its period (service.period.to, YYYY-MM). A published release
// is public for good, so an import only ever adds a release later than every
// earlier one, and never writes into one that exists.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { bundleFigureSchema, type BundleFigure } from "../contract/bundle.ts";

/** A release folder's name: the month its period ends. */
export const RELEASE = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The release folders under a service's folder, oldest first (YYYY-MM sorts by date). */
export function listReleases(serviceDir: string): string[] {
  if (!existsSync(serviceDir)) return [];
  return readdirSync(serviceDir)
    .filter((n) => RELEASE.test(n) && statSync(join(serviceDir, n)).isDirectory())
    .sort();
}

/** Every earlier release's figures, oldest first, as the import's `previous` option takes them, read through the
 *  bundle's contract: a release edited by hand stops the import here, naming the file, record and field. */
export function readPrevious(serviceDir: string): { release: string; figures: BundleFigure[] }[] {
  return listReleases(serviceDir).map((release) => {
    const file = join(serviceDir, release, "figures.json");
    const parsed = z.array(bundleFigureSchema).safeParse(JSON.parse(readFileSync(file, "utf8")));
    if (parsed.success) return { release, figures: parsed.data };
    const issue = parsed.error.issues[0]!;
    const [record, ...field] = issue.path;
    throw new Error(`${file}: record ${Number(record) + 1}${field.length ? `, field ${field.join(".")}` : ""}: ${issue.message}`);
  });
}

/** Why a new release may not be written beside the existing ones (oldest first), in one line, or null. */
export function releaseRefusal(existing: readonly string[], release: string): string | null {
  const latest = existing.at(-1);
  if (existing.includes(release))
    return `release ${release} already exists and a published release is never rewritten; an export whose period ends later makes a new release`;
  if (latest !== undefined && release < latest)
    return `release ${release} is older than the latest release, ${latest}; only a release whose period ends after ${latest} can be added`;
  return null;
}
