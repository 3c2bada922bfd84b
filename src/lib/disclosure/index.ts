// Disclosure control for every bundle published from case-level records:
// primary suppression of small counts, secondary suppression across linked
// tables, and an LP audit of every suppressed cell. Pure: no I/O, no logging.
// The method in plain words is in README.md beside this file.
import { attack } from "./attacker.ts";
import { blocks, type Block } from "./blocks.ts";
import { cleanUp } from "./cleanup.ts";
import { solveBlock, type BlockSolution } from "./optimal.ts";
import { intervalsOf, isPrimary, passes, suppress } from "./suppress.ts";
import { buildTable, checkSettings, DisclosureInputError, roundTo5, type Settings, type Table } from "./table.ts";
import type {
  AuditEntry,
  BlockOptimality,
  Cell,
  DisclosureResult,
  DisclosureSettings,
  Optimality,
  ProtectOptions,
  ProtectedCell,
  Relation,
  SuppressionKind,
} from "./types.ts";

export type * from "./types.ts";
export { DisclosureInputError } from "./table.ts";

/** The method in plain words, for the method page; the full account is README.md beside this file. `breakdowns`: the
 *  tables whose relations are marked `breakdown`, in words, or null when none is (then zeros are always shown). */
export function methodText(settings: DisclosureSettings, breakdowns: string | null = null): string {
  const { k, rounding } = checkSettings(settings);
  const zeros =
    breakdowns === null
      ? "zeros are shown. "
      : `zeros are shown, except in ${breakdowns}: where the group broken down is smaller than ${2 * k}, its breakdown is ` +
        "hidden whole, zeros too, while its total is shown. ";
  return (
    `Counts from 1 to ${k - 1} are hidden ([c]); ${zeros}Further counts are hidden where totals or other ` +
    "tables of the same people would let a hidden count be worked out. They are chosen by optimal cell suppression " +
    "(the method of tau-ARGUS's Optimal and sdcTable's OPT; Fischetti and Salazar-Gonzalez 2001): an integer " +
    "program, solved with HiGHS for each set of linked tables, finds the pattern that hides the least in total, " +
    "where a headline total or base counts for more than a small count, so it is hidden only when nothing else " +
    "will do. If that search runs out of time, a sequential heuristic (Kelly, Golden and Assad 1992; Hundepool et " +
    "al., Statistical Disclosure Control, Wiley 2012) finishes the pattern and every further count it hid is tried " +
    "again and shown if it is not needed. Every hidden count is then audited as tau-ARGUS and sdcTable do: linear " +
    "programming (HiGHS) finds the smallest and largest value it could take given everything published, and the " +
    `figures are published only if every such range is at least ${k} wide.` +
    (rounding === 5 ? " Shown counts are rounded to the nearest 5, and the audit works on the rounded figures." : "")
  );
}

export async function protect(cells: Cell[], relations: Relation[], settings: DisclosureSettings, options: ProtectOptions = {}): Promise<DisclosureResult> {
  const started = performance.now();
  const s = checkSettings(settings);
  const table = buildTable(cells, relations);
  const { kinds, intervals, guarded, optimality } = await secondary(table, s, options, started);
  const out: ProtectedCell[] = [];
  table.ids.forEach((id, i) => {
    if (!table.published[i]) return;
    const kind = kinds.get(i);
    if (kind) out.push({ id, value: null, symbol: "c", kind });
    else out.push({ id, value: shown(table.value[i] ?? 0, s) });
  });
  const entries = auditEntries(table, kinds, intervals, await attack(table, new Set(kinds.keys()), s, [...kinds.keys()], "public"), s);
  const primary = [...kinds.values()].filter((k) => k === "primary").length;
  return {
    cells: out,
    audit: entries,
    // Belt and braces: the audit passed and no count from 1 to k-1 is shown (checked on true counts,
    // since with rounding a shown 5 may stand for a count of k or more).
    passed:
      entries.every((e) => e.passed) &&
      table.ids.every((_, i) => !isPrimary(table, i, s.k) || kinds.has(i)) &&
      // What an earlier release printed stays printed, and what it hid stays hidden.
      table.ids.every((_, i) => !table.fixed[i] || (table.fixed[i] === "hidden") === kinds.has(i)) &&
      [...guarded.values()].every((interval) => passes(interval, s.k)),
    counts: { primary, secondary: kinds.size - primary },
    method: methodText(s, table.relations.some((r) => r.breakdown) ? (options.breakdowns ?? "the breakdown of a group") : null),
    optimality: { ...optimality, seconds: (performance.now() - started) / 1000 },
  };
}

/**
 * Secondary suppression: the optimal MIP for each linked block within its time limit; then the
 * heuristic loop, which audits the whole pattern and adds cells only where one is still too
 * narrow (a block whose MIP ran out of time); then, in any block not proven optimal, the
 * clean-up pass. The audit that protect() reports is run on the final pattern.
 */
async function secondary(table: Table, s: Settings, options: ProtectOptions, started: number) {
  const perBlock = options.method === "heuristic" ? 0 : (options.secondsPerBlock ?? 120);
  const overall = options.method === "heuristic" ? 0 : (options.seconds ?? 600);
  const found = blocks(table, s.k);
  const solved: { block: Block; solution: BlockSolution; seconds: number }[] = [];
  for (const block of found) {
    const t0 = performance.now();
    const limit = Math.min(perBlock, overall - (t0 - started) / 1000);
    const solution =
      limit > 0 && block.candidates.length > 0
        ? await solveBlock(table, block, s, table.cost, limit, options.maxRounds)
        : { hidden: [], proven: false, lowerBound: 0, rounds: 0, cuts: 0 };
    solved.push({ block, solution, seconds: (performance.now() - t0) / 1000 });
  }
  const t1 = performance.now();
  // From here every hidden cell is attacked by linear programs until the pattern holds: the audit.
  options.onAudit?.();
  const chosen = solved.flatMap((b) => b.solution.hidden);
  let { kinds, intervals, guarded } = await suppress(table, s, chosen);
  const kept = new Set(chosen);
  const completed = new Set<Block>(); // blocks the heuristic had to add to
  const blockOf = new Map<number, Block>();
  for (const b of found) for (const c of b.cells) blockOf.set(c, b);
  for (const [c, kind] of kinds) {
    const b = blockOf.get(c);
    if (kind === "secondary" && !kept.has(c) && b) completed.add(b);
  }
  const unproven = solved.filter((b) => !b.solution.proven || completed.has(b.block));
  const trim = unproven.flatMap((b) => b.block.cells);
  if (trim.length > 0 && (await cleanUp(table, kinds, s, trim, blockOf)).length > 0) {
    ({ intervals, guarded } = await intervalsOf(table, kinds, s));
  }
  // Time after the MIPs (the heuristic, clean-up, final audit) is shared among the unproven blocks.
  const extra = unproven.length > 0 ? (performance.now() - t1) / 1000 / unproven.length : 0;
  const reports = solved.map((b) => blockReport(table, kinds, b, completed.has(b.block), extra));
  return { kinds, intervals, guarded, optimality: summary(reports) };
}

function blockReport(
  table: Table,
  kinds: Map<number, SuppressionKind>,
  { block, solution, seconds }: { block: Block; solution: BlockSolution; seconds: number },
  completed: boolean,
  extra: number,
): BlockOptimality {
  const secondary = block.cells.filter((c) => kinds.get(c) === "secondary");
  const cost = secondary.reduce((sum, c) => sum + (table.cost[c] ?? 0), 0);
  // Proven when the MIP closed on this pattern, or when nothing is cheaper (no secondary cell at all).
  const proven = (solution.proven && !completed) || cost <= solution.lowerBound + 1e-9;
  const lowerBound = proven ? cost : Math.min(solution.lowerBound, cost);
  return {
    cells: block.cells.length,
    primary: block.cells.filter((c) => kinds.get(c) === "primary").length,
    secondary: secondary.length,
    cost,
    lowerBound,
    proven,
    gap: gap(cost, lowerBound),
    method: proven ? "optimal" : solution.rounds > 0 ? "optimal, completed" : "heuristic",
    seconds: seconds + (proven ? 0 : extra),
  };
}

function summary(blocks: BlockOptimality[]): Omit<Optimality, "seconds"> {
  const cost = blocks.reduce((sum, b) => sum + b.cost, 0);
  const lowerBound = blocks.reduce((sum, b) => sum + b.lowerBound, 0);
  const proven = blocks.every((b) => b.proven);
  return { proven, gap: proven ? 0 : gap(cost, lowerBound), cost, lowerBound, blocks };
}

function gap(cost: number, lowerBound: number): number {
  return cost > 0 ? Math.max(0, (cost - lowerBound) / cost) : 0;
}

/** The LP audit on its own: min and max of each hidden cell subject to everything published. */
export async function audit(cells: Cell[], relations: Relation[], hidden: ReadonlySet<string>, settings: DisclosureSettings): Promise<AuditEntry[]> {
  const s = checkSettings(settings);
  const table = buildTable(cells, relations);
  const kinds = new Map<number, "primary" | "secondary">();
  for (const id of hidden) {
    const i = table.index.get(id);
    if (i === undefined) throw new DisclosureInputError(`audit: no cell has the id ${id}`);
    if (!table.published[i]) throw new DisclosureInputError(`audit: cell ${id} is not published, so it cannot be suppressed`);
    kinds.set(i, isPrimary(table, i, s.k) ? "primary" : "secondary");
  }
  const hiddenCells = new Set(kinds.keys());
  const intervals = await attack(table, hiddenCells, s, [...kinds.keys()]);
  return auditEntries(table, kinds, intervals, await attack(table, hiddenCells, s, [...kinds.keys()], "public"), s);
}

function auditEntries(
  table: Table,
  kinds: Map<number, "primary" | "secondary">,
  intervals: Map<number, { lower: number; upper: number }>,
  readable: Map<number, { lower: number; upper: number }>,
  s: Settings,
): AuditEntry[] {
  return [...kinds.keys()]
    .sort((a, b) => a - b)
    .map((i) => {
      const { lower, upper } = intervals.get(i) ?? { lower: 0, upper: 0 };
      const kind = kinds.get(i) ?? "secondary";
      return {
        id: table.ids[i] ?? "",
        kind,
        lower,
        upper,
        width: upper - lower,
        passed: passes({ lower, upper }, s.k),
        publicWidth: (readable.get(i)?.upper ?? 0) - (readable.get(i)?.lower ?? 0),
      };
    });
}

function shown(value: number, s: Settings): number {
  return s.rounding === 5 ? roundTo5(value) : value;
}
