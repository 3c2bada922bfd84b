// Optimal secondary suppression for one linked block, after tau-ARGUS's
// "Optimal" and sdcTable's protectTable(method = "OPT") (Fischetti and
// Salazar-Gonzalez 2001). A master integer program chooses which candidate
// cells to hide (x = 1), at least cost; the intruder's LP then checks the
// pattern for every cell that must be protected (the small counts, and every
// cell the pattern hides). Each cell left too narrow gives a cut (cuts.ts),
// the master is solved again with it, and so on until a pattern needs no cut:
// that pattern is then the cheapest that protects every cell, proven so by
// the master (it is the least cost under a subset of the constraints).
import { Intruder, type Cut } from "./cuts.ts";
import type { Block } from "./blocks.ts";
import { createModel, loadHighs } from "./lp.ts";
import { type Settings, type Table } from "./table.ts";

export interface BlockSolution {
  /** Candidate cells the best pattern found hides (secondary suppressions). */
  hidden: number[];
  /** The pattern needs no further cut and the master was solved to optimality. */
  proven: boolean;
  /** A lower bound on the cost of any protecting pattern (the master's optimum, or its bound). */
  lowerBound: number;
  /** Master solves, and cuts added. */
  rounds: number;
  cuts: number;
}

/** Solves one block within `seconds` and `maxRounds` master solves. When either runs out the last master pattern is returned
 *  unproven (it may not protect every cell yet: the caller completes and audits it). */
export async function solveBlock(
  table: Table,
  block: Block,
  settings: Settings,
  cost: number[],
  seconds: number,
  maxRounds = Infinity,
): Promise<BlockSolution> {
  const deadline = performance.now() + seconds * 1000;
  const highs = await loadHighs();
  const cand = block.candidates;
  const column = new Map(cand.map((c, j) => [c, j]));
  const master = createModel(
    highs,
    { lower: cand.map(() => 0), upper: cand.map(() => 1), rows: settings.rounding === null ? startingCuts(table, block, column) : [] },
    cand.map((c) => cost[c] ?? 0),
    true,
  );
  master.options.set({ presolve: "on", mip_rel_gap: 0 });
  const intruder = await Intruder.open(table, block, settings);
  let hidden: number[] = [];
  let lowerBound = 0;
  let rounds = 0;
  let cuts = 0;
  try {
    for (;;) {
      const left = (deadline - performance.now()) / 1000;
      if (left <= 0 || rounds >= maxRounds) return { hidden, proven: false, lowerBound, rounds, cuts };
      master.options.set("time_limit", left);
      master.zeroAllClocks();
      rounds++;
      master.run(); // not lp.ts's run(): a MIP that hits its time limit must not be run again
      const status = master.getModelStatus();
      if (status !== highs.constants.modelStatus.optimal) {
        const bound = Number(master.info.get("mip_dual_bound"));
        if (Number.isFinite(bound)) lowerBound = Math.max(lowerBound, bound);
        // Infeasible: no pattern of these cells protects the block; the heuristic and the audit report it.
        return { hidden, proven: false, lowerBound, rounds, cuts };
      }
      lowerBound = master.getObjectiveValue();
      const x = master.getSolution().colValue;
      hidden = cand.filter((_, j) => (x[j] ?? 0) > 0.5);
      const set = new Set(hidden);
      intruder.setPattern(set);
      const found: Cut[] = [];
      for (const target of [...block.sensitive, ...hidden]) {
        const { cut } = intruder.check(target, settings.k);
        if (cut) found.push(cut);
        if (performance.now() > deadline) break;
      }
      if (found.length === 0 && performance.now() <= deadline) return { hidden, proven: true, lowerBound, rounds, cuts };
      if (found.length === 0) return { hidden, proven: false, lowerBound, rounds, cuts };
      for (const cut of found) {
        const entries = cut.cells.map((c, n) => [column.get(c) ?? -1, cut.coefs[n] ?? 0] as const).filter(([j]) => j >= 0);
        master.addRow(cut.lower, highs.infinity, { indices: entries.map(([j]) => j), values: entries.map(([, v]) => v) });
      }
      cuts += found.length;
    }
  } finally {
    intruder.dispose();
    master.dispose();
  }
}

/**
 * Cuts known before any LP: a hidden cell whose relation shows every other cell is the total
 * less the rest (not so with rounding, where shown counts are ranges: then no starting cuts). So in each relation, a small count needs another unknown cell beside it, and
 * so does a hidden candidate (x_j <= the sum of the other cells' x).
 */
function startingCuts(table: Table, block: Block, column: Map<number, number>) {
  const rows: { cols: number[]; coefs: number[]; lower: number; upper: number }[] = [];
  const sensitive = new Set(block.sensitive);
  for (const r of block.relations) {
    const { total, parts } = table.relations[r] ?? { total: 0, parts: [] };
    const members = [total, ...parts];
    // An unpublished cell or a primary in the relation is already unknown for the others.
    const unknown = (c: number) => !table.published[c] || sensitive.has(c);
    for (const m of members) {
      const others = members.filter((c) => c !== m);
      if (others.some(unknown)) continue;
      const cols = others.map((c) => column.get(c)).filter((j): j is number => j !== undefined);
      const own = column.get(m);
      if (sensitive.has(m)) rows.push({ cols, coefs: cols.map(() => 1), lower: 1, upper: Infinity });
      else if (own !== undefined) rows.push({ cols: [...cols, own], coefs: [...cols.map(() => 1), -1], lower: 0, upper: Infinity });
    }
  }
  return rows;
}
