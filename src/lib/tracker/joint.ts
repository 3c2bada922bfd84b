// Every release audited together with every earlier one. A reader holds every
// release ever published, so a count that grows by 2 between two releases says
// that 2 people joined it, however large the count. The import therefore works
// each earlier release out again from today's export (as-of.ts), and gives
// disclosure control one model holding all of them:
//   - each earlier release's cells, fixed as it printed them (a number stays
//     shown, a [c] stays hidden and is protected like a small count);
//   - the new release's cells, still to be protected;
//   - for every count two releases hold, printed or not, the change between
//     them, an unpublished cell: a change of 1 to k-1 is guarded like a small
//     count, so the new release hides what it must until no such change can be
//     worked out.
// Where an earlier release printed a number that today's export no longer gives
// for that time, the record was corrected after publication: that is returned
// as a revision, and the import refuses until revisions can be published.
import type { Cell, Relation } from "../disclosure/index.ts";
import type { BundleFigure } from "../contract/bundle.ts";
import { figureId } from "./figures.ts";
import type { Model } from "./model.ts";

export interface Earlier {
  release: string;
  /** The earlier release worked out again from today's export. */
  model: Model;
  /** What it published. */
  figures: BundleFigure[];
}

export interface Joint {
  cells: Cell[];
  relations: Relation[];
  /** Cells an earlier release printed as a number that today's export no longer gives. */
  revised: { release: string; figure: string }[];
}

/** An earlier release's cell id in the joint model; the new release's ids are unchanged (they hold no "|"). */
export const earlierId = (release: string, id: string) => `${release}|${id}`;
export const isCurrent = (id: string) => !id.includes("|");

/** `shown`: how a count is printed (its value, or rounded to 5). */
export function jointModel(current: Model, earlier: Earlier[], shown: (value: number) => number): Joint {
  const cells: Cell[] = [...current.cells.values()];
  const relations: Relation[] = [...current.relations];
  const revised: Joint["revised"] = [];
  const printed = earlier.map(printedBy);
  earlier.forEach((e, n) => {
    const tag = (id: string) => earlierId(e.release, id);
    for (const c of e.model.cells.values()) {
      const was = printed[n]!.get(c.id);
      if (typeof was === "number" && was !== shown(c.value)) revised.push({ release: e.release, figure: c.id });
      const published = c.published !== false && was !== undefined;
      cells.push({ ...c, id: tag(c.id), published, ...(published ? { fixed: was === null ? ("hidden" as const) : ("shown" as const) } : {}) });
    }
    for (const r of e.model.relations) relations.push({ ...r, total: tag(r.total), parts: r.parts.map(tag) });
  });
  // The change in every count between each pair of releases (earlier ones among themselves too: a reader holds them
  // all), printed or not, since an unprinted count may be worked out in both (children not reaching the level:
  // assessed less those who did). A change of 1 to k-1 is guarded like a small count; a change next to an earlier [c]
  // is guarded whatever its value, since the earlier value is worked out again from today's export and an export
  // does not date every reading; recording gaps (guard false) may be worked out.
  const all = [
    ...earlier.map((e, n) => ({ id: (c: string) => earlierId(e.release, c), model: e.model, printed: printed[n]!, name: e.release })),
    { id: (c: string) => c, model: current, printed: null, name: "new" },
  ];
  all.forEach((newer, j) => {
    for (let i = 0; i < j; i++) {
      const older = all[i]!;
      for (const c of newer.model.cells.values()) {
        const old = older.model.cells.get(c.id);
        if (!old) continue;
        const change = `${older.name}|change-to-${newer.name}|${c.id}`;
        const hiddenBefore = older.printed?.get(c.id) === null || newer.printed?.get(c.id) === null;
        const guard = hiddenBefore ? ("always" as const) : c.guard === false ? false : undefined;
        // A cell is a whole number of at least 0, so the change is taken from the smaller to the larger.
        cells.push({ id: change, value: Math.abs(c.value - old.value), published: false, ...(guard === undefined ? {} : { guard }) });
        relations.push(
          c.value >= old.value ? { total: newer.id(c.id), parts: [older.id(c.id), change] } : { total: older.id(c.id), parts: [newer.id(c.id), change] },
        );
      }
    }
  });
  return { cells, relations, revised };
}

/** The new release's cells that no pattern could print: an earlier release printed the count as a number, and it
 *  has changed since by 1 to k-1, so printing it would tell a reader that so few people joined it. With the new
 *  release's small counts (primary suppressions) they bound from below what any pattern hides; the analyst is told
 *  how many (never the bundle: which cells moved a little says something of hidden values). Counts printed rounded
 *  are left out, as rounding blurs a change. */
export function forcedByChange(current: Model, earlier: Earlier[], k: number): Set<string> {
  const forced = new Set<string>();
  for (const e of earlier) {
    const printed = printedBy(e);
    for (const c of current.cells.values()) {
      const was = printed.get(c.id);
      const change = typeof was === "number" ? Math.abs(c.value - was) : 0;
      if (c.published !== false && c.guard !== false && change >= 1 && change < k) forced.add(c.id);
    }
  }
  return forced;
}

/** What an earlier release printed for each cell: a number, or null for [c]. A cell it never printed is absent. */
function printedBy(e: Earlier): Map<string, number | null> {
  const byId = new Map(e.figures.filter((f) => f.measure === "count").map((f) => [f.id, f]));
  const printed = new Map<string, number | null>();
  for (const spec of e.model.records) {
    const f = byId.get(figureId(spec, "count"));
    if (!f) continue;
    printed.set(spec.cell, f.value);
    printed.set(spec.base, f.base);
  }
  return printed;
}
