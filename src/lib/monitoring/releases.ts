// The rules that keep a published release as it was. A service folder holds one
// folder per release, named after the end of its period (YYYY-MM); the data step
// refuses a release whose service.json names another period, and a release that
// differs from the version committed in git: once committed, a release is public
// for good, so any change to it (a file edited, added or removed, or the folder
// removed) is refused. The git side is read by src/lib/data-step/run-services.ts; these
// functions only compare.
import { createHash } from "node:crypto";
import { fail, type DataProblem } from "../errors.ts";
import { RELEASE } from "../tracker/releases.ts";

/** A release's service.json must end its period in the month that names its folder. */
export function releasePeriodProblems(file: string, release: string, period: { to: string }): DataProblem[] {
  return period.to === release
    ? []
    : [
        fail({
          file,
          column: "period.to",
          id: "release-period",
          message: `a release's folder is named after the end of its period: this one must end in ${release}`,
          value: period.to,
        }),
      ];
}

/** Git's object id of a file's bytes (what `git ls-tree` prints), so a file can be compared with HEAD's without reading it back. */
export const gitBlobId = (bytes: Uint8Array): string => createHash("sha1").update(`blob ${bytes.length}\0`).update(bytes).digest("hex");

/** The release folder a path is in (`<dir>/<slug>/<YYYY-MM>`), or null. */
function releaseOf(path: string): string | null {
  const parts = path.split("/");
  const i = parts.findIndex((p) => RELEASE.test(p));
  return i > 0 && i < parts.length - 1 ? parts.slice(0, i + 1).join("/") : null;
}

/**
 * Every committed release that the working files no longer match. Both maps go from a path (relative to the
 * repository) to its git object id: `working` for the files on disk, `committed` for HEAD's. A release folder
 * that HEAD does not hold is new, and is not compared.
 */
export function changedReleaseProblems(working: ReadonlyMap<string, string>, committed: ReadonlyMap<string, string>): DataProblem[] {
  const releases = new Set([...committed.keys()].map(releaseOf).filter((r): r is string => r !== null));
  const problems: DataProblem[] = [];
  const message = "a published release is never changed: restore it (git checkout HEAD -- <folder>) and publish the change as a new release";
  for (const release of [...releases].sort()) {
    const paths = (m: ReadonlyMap<string, string>) => [...m.keys()].filter((p) => releaseOf(p) === release);
    if (paths(working).length === 0) {
      problems.push(fail({ file: `${release}/`, id: "release-removed", message }));
      continue;
    }
    for (const path of [...new Set([...paths(committed), ...paths(working)])].sort()) {
      const was = committed.get(path);
      const now = working.get(path);
      if (was === now) continue;
      const what = was === undefined ? "added to" : now === undefined ? "removed from" : "changed in";
      problems.push(fail({ file: path, id: "release-changed", message: `this file was ${what} a committed release; ${message}` }));
    }
  }
  return problems;
}

/**
 * Counts that changed by 1 to k-1 between two releases of a service. A reader holds every release, so such a change
 * says that that many people joined (or left) a category, however large the count: the import's joint audit
 * (src/lib/tracker/joint.ts) hides what it must so that none is shown, and the data step checks it again here.
 * Each release's figures are keyed by id; k is the newer release's protection level.
 */
export function releaseChangeProblems(
  file: string,
  releases: { release: string; k: number; figures: { id?: string; measure: string; value: number | null }[] }[],
): DataProblem[] {
  const problems: DataProblem[] = [];
  const counts = releases.map((r) => new Map(r.figures.filter((f) => f.measure === "count" && f.value !== null).map((f) => [f.id ?? "", f.value as number])));
  releases.forEach((newer, j) => {
    for (let i = 0; i < j; i++) {
      for (const [id, value] of counts[j]!) {
        const was = counts[i]!.get(id);
        const change = was === undefined ? 0 : Math.abs(value - was);
        if (change > 0 && change < newer.k)
          problems.push(
            fail({
              file: `${file}/${newer.release}/figures.json`,
              column: id,
              id: "release-change-small",
              message: `this count changed by 1 to ${newer.k - 1} since release ${releases[i]!.release}, which would point to the people who joined or left it; import the release again with the earlier ones in the service folder`,
            }),
          );
      }
    }
  });
  return problems;
}
