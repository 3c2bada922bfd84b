// The intruder's problem, as in tau-ARGUS's audit and sdcTable's attack(): for
// a suppressed cell, the smallest and largest values it can take in any table
// that agrees with everything published. It is a linear program:
//   every relation holds (total = sum of parts);
//   a published cell is fixed at its value (with rounding: within its range);
//   a suppressed cell is at least 1 (zeros are shown, so a [c] is not 0; but see hiddenFloor);
//   a cell that is never published is at least 0;
//   a breakdown's group is at least 2k when a part of it is printed, which proves
//   the breakdown is not withheld (groupBounds).
// Cells are split into independent groups (connected through relations by
// cells the intruder does not know); each group is one small LP.
import { ranges, type LinearProgram } from "./lp.ts";
import { groupBounds, hiddenFloor, knownRange, type Settings, type Table } from "./table.ts";

export interface Interval {
  lower: number;
  upper: number;
}

/**
 * Who attacks. "audit": the strong intruder above, whose floors use facts only the service has (whether a [c] hides
 * a zero, whether a group is under 2k); the pattern must pass against them. "public": a reader who has only what is
 * printed and knows no count is negative; the widths a bundle publishes are theirs, since widths computed with
 * private floors would tell a reader which [c] is a hidden zero.
 */
export type Reader = "audit" | "public";

/** Whole-number interval of each target cell. `hidden` holds published cells shown as [c]. */
export async function attack(
  table: Table,
  hidden: ReadonlySet<number>,
  settings: Settings,
  targets: number[],
  reader: Reader = "audit",
): Promise<Map<number, Interval>> {
  const n = table.ids.length;
  // Bounds of what the intruder knows about each cell; lo === hi is a known value.
  const lo = new Array<number>(n);
  const hi = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const v = table.value[i] ?? 0;
    if (hidden.has(i)) [lo[i], hi[i]] = [reader === "audit" ? hiddenFloor(table, i, settings.k) : 0, Infinity];
    else if (!table.published[i]) [lo[i], hi[i]] = [0, Infinity];
    else [lo[i], hi[i]] = knownRange(v, settings);
  }
  const printed = (r: Table["relations"][number]) => r.parts.some((p) => table.published[p] && !hidden.has(p));
  if (reader === "audit") for (const [i, [a, b]] of groupBounds(table, settings.k, printed)) [lo[i], hi[i]] = [Math.max(lo[i]!, a), Math.min(hi[i]!, b)];
  const unknown = (i: number) => lo[i] !== hi[i];
  const group = groups(table, unknown);
  const result = new Map<number, Interval>();
  const byGroup = new Map<number, number[]>();
  for (const t of targets) {
    const g = group.find(t);
    byGroup.set(g, [...(byGroup.get(g) ?? []), t]);
  }
  for (const [g, members] of byGroup) {
    const { lp, column } = groupProgram(table, lo, hi, unknown, (i) => group.find(i) === g);
    const found = await ranges(
      lp,
      members.map((t) => column.get(t) ?? -1),
    );
    members.forEach((t, j) => {
      const [min, max] = found[j] ?? [0, Infinity];
      // Cells are whole numbers: round inwards, with a tolerance for floating point.
      const lower = Math.ceil(min - 1e-6);
      const upper = max === Infinity ? Infinity : Math.floor(max + 1e-6);
      result.set(t, { lower, upper });
    });
  }
  return result;
}

function groupProgram(
  table: Table,
  lo: number[],
  hi: number[],
  unknown: (i: number) => boolean,
  inGroup: (i: number) => boolean,
): { lp: LinearProgram; column: Map<number, number> } {
  const column = new Map<number, number>();
  const lp: LinearProgram = { lower: [], upper: [], rows: [] };
  table.ids.forEach((_, i) => {
    if (!unknown(i) || !inGroup(i)) return;
    column.set(i, lp.lower.length);
    lp.lower.push(lo[i] ?? 0);
    lp.upper.push(hi[i] ?? Infinity);
  });
  for (const { total, parts } of table.relations) {
    const terms: [number, number][] = [[total, 1], ...parts.map((p): [number, number] => [p, -1])];
    if (!terms.some(([i]) => column.has(i))) continue;
    const row = { cols: [] as number[], coefs: [] as number[], lower: 0, upper: 0 };
    let constant = 0;
    for (const [i, coef] of terms) {
      const col = column.get(i);
      if (col === undefined) constant += coef * (lo[i] ?? 0);
      else {
        row.cols.push(col);
        row.coefs.push(coef);
      }
    }
    row.lower = row.upper = -constant;
    lp.rows.push(row);
  }
  return { lp, column };
}

/** Union-find over unknown cells joined by relations. */
function groups(table: Table, unknown: (i: number) => boolean) {
  const parent = table.ids.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] ?? i] ?? i;
    return i;
  };
  for (const { total, parts } of table.relations) {
    const members = [total, ...parts].filter(unknown);
    const first = members[0];
    if (first === undefined) continue;
    for (const m of members) parent[find(m)] = find(first);
  }
  return { find };
}
