// Primary suppression, then secondary suppression until the audit passes.
// Loop: audit the cells not yet known to pass; for each that fails, solve the
// protection LP upwards and downwards and hide the cheaper pattern. Hiding
// cells only ever widens intervals, so a cell that passed stays passed and the
// loop ends (each round hides at least one more cell or stops).
import { attack, type Interval } from "./attacker.ts";
import { complementFor } from "./complement.ts";
import { hiddenFloor, withheld, type Settings, type Table } from "./table.ts";
import type { SuppressionKind } from "./types.ts";

export function passes(interval: Interval, k: number): boolean {
  return interval.upper - interval.lower >= k && interval.upper > interval.lower;
}

export function isPrimary(table: Table, i: number, k: number): boolean {
  const v = table.value[i] ?? 0;
  // An earlier release's cell stays as it was printed, whatever today's rules would say of it.
  if (table.fixed[i]) return table.fixed[i] === "hidden";
  return table.published[i] === true && ((v >= 1 && v < k) || withheld(table, i, k));
}

/**
 * A small count that is never printed (parents whose sex is not known, say)
 * can still be worked out from printed ones (all less women less men), so it
 * is protected like a printed one: its interval must be at least k wide too.
 */
export function isGuarded(table: Table, i: number, k: number): boolean {
  const v = table.value[i] ?? 0;
  if (table.published[i] !== false) return false;
  return table.guard[i] === "always" || (table.guard[i] !== false && v >= 1 && v < k);
}

export interface Suppression {
  kinds: Map<number, SuppressionKind>;
  intervals: Map<number, Interval>;
  /** Intervals of the guarded unpublished small counts (isGuarded). */
  guarded: Map<number, Interval>;
}

/** `start`: secondary cells already chosen (by the optimal method); the loop audits them and adds
 *  cells only where a hidden or guarded cell is still too narrow. */
export async function suppress(table: Table, settings: Settings, start: Iterable<number> = []): Promise<Suppression> {
  const { k } = settings;
  const kinds = new Map<number, SuppressionKind>();
  table.ids.forEach((_, i) => isPrimary(table, i, k) && kinds.set(i, "primary"));
  for (const i of start) if (!kinds.has(i)) kinds.set(i, "secondary");
  const hidden = new Set(kinds.keys());
  const guarded = table.ids.map((_, i) => i).filter((i) => isGuarded(table, i, k));
  let toCheck = [...hidden, ...guarded];
  while (toCheck.length > 0) {
    const found = await attack(table, hidden, settings, toCheck);
    const failing = toCheck.filter((c) => !passes(found.get(c) ?? { lower: 0, upper: 0 }, k));
    const added: number[] = [];
    for (const cell of failing) {
      // If an earlier pattern in this round already protects this cell, the
      // cheapest pattern is empty (the goals below are reachable at no cost).
      const now = found.get(cell);
      if (now === undefined) continue;
      const pattern = await cheaperPattern(table, hidden, settings, cell, now);
      for (const c of pattern) {
        hidden.add(c);
        kinds.set(c, "secondary");
        added.push(c);
      }
    }
    if (added.length === 0) break; // nothing more can be done: the final audit reports the failure
    toCheck = [...failing, ...added];
  }
  return { kinds, ...(await intervalsOf(table, kinds, settings)) };
}

/** The audit's intervals for every hidden cell, and for every guarded one apart. */
export async function intervalsOf(table: Table, kinds: ReadonlyMap<number, SuppressionKind>, settings: Settings): Promise<Omit<Suppression, "kinds">> {
  const hidden = new Set(kinds.keys());
  const guarded = table.ids.map((_, i) => i).filter((i) => isGuarded(table, i, settings.k));
  const intervals = await attack(
    table,
    hidden,
    settings,
    [...hidden, ...guarded].sort((a, b) => a - b),
  );
  return {
    intervals: new Map([...intervals].filter(([i]) => hidden.has(i))),
    guarded: new Map([...intervals].filter(([i]) => !hidden.has(i))),
  };
}

/** Protect by raising the cell's upper end to lower + k or lowering its lower end to upper - k,
 *  whichever hides less. `now` is the interval at the start of the round: intervals only widen,
 *  so reaching either goal leaves the cell at least k wide. The lower goal is tried only when a [c] can be that low:
 *  the audit's own floor (hiddenFloor), 0 in a withheld breakdown. */
export async function cheaperPattern(table: Table, hidden: ReadonlySet<number>, settings: Settings, cell: number, now: Interval): Promise<number[]> {
  const width = settings.k;
  const up = await complementFor(table, hidden, settings, cell, now.lower + width);
  const floor = hiddenFloor(table, cell, settings.k);
  const downGoal = now.upper - width;
  const down = downGoal >= floor ? await complementFor(table, hidden, settings, cell, downGoal) : null;
  if (up?.cells.length === 0 || down?.cells.length === 0) return [];
  const best = up && down ? (down.cost < up.cost ? down : up) : (up ?? down);
  return best?.cells ?? [];
}
