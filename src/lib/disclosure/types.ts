// The contract with the tracker import (see the brief DISCLOSURE-API.md): these
// shapes are fixed; fields may be added, never changed.

/** One count the bundle knows about. Every count the bundle publishes (totals and bases too) is a cell.
 *  A cell with published: false exists in the model (a non-negative whole number an intruder does not
 *  know) but is never printed and needs no protection. */
export interface Cell {
  id: string;
  value: number;
  published?: boolean; // default true
  /** What hiding this cell costs the reader, relative to other cells; default: its value (a zero's is never below
   *  ZERO_COST in table.ts, so a zero is hidden only as a last resort). Headline figures and
   *  their bases are given high costs by the model, so secondary suppression hides them last. */
  cost?: number;
  /** For an unpublished cell. Default true: a small one (1 to k-1) is guarded, its interval at least k wide.
   *  false: its value may be worked out without harm (the number of parents whose sex is not recorded, say: a fact
   *  about recording, not about a person). "always": guarded whatever its value, 0 included. A breakdown in which
   *  every member of a group is in one category adds such a cell, the sum of the other categories (0), so that no one
   *  can prove those are all empty: that would tell them the category of every member (group disclosure). */
  guard?: boolean | "always";
  /** For a published cell of an earlier release, audited together with a new one: "shown" was printed (it can no
   *  longer be hidden), "hidden" was [c] (it stays hidden and is protected like a small count). */
  fixed?: "shown" | "hidden";
}

/** value(total) = sum of value(parts). Linked tables share cell ids. */
export interface Relation {
  total: string;
  parts: string[];
  /** The parts break a group of people (the total) down into categories. When the group is smaller than 2k, any
   *  split of it leaves at most one category of k or more, so the breakdown is withheld whole: every part is [c],
   *  zeros too, and a reader cannot tell a [c] there from 0 (see withheld in table.ts). */
  breakdown?: boolean;
}

export interface DisclosureSettings {
  /** Counts 1..k-1 are primary-suppressed; default 5; never below 3. */
  k: number;
  /** Publish counts rounded to the nearest 5; the audit then runs on the rounded table. */
  rounding?: 5 | null;
}

export type SuppressionKind = "primary" | "secondary";

export interface ProtectedCell {
  id: string;
  value: number | null; // null when suppressed; the rounded value when rounding is on
  symbol?: "c";
  kind?: SuppressionKind;
}

/** One per suppressed cell; never carries the true value. */
export interface AuditEntry {
  id: string;
  kind: SuppressionKind;
  lower: number; // smallest whole number an intruder can rule in
  upper: number; // largest; Infinity when nothing published bounds the cell above
  width: number; // upper - lower
  passed: boolean; // width >= k and not pinned to one value
  /** The width a reader can prove from the printed figures alone, every [c] taken as 0 or more (attacker.ts, "public"):
   *  what a bundle publishes. Never narrower than width; width itself depends on private facts. */
  publicWidth: number;
}

/** How far to search for the optimal pattern (not part of the contract's settings: it changes how long
 *  protect() takes, not what counts as protected). */
export interface ProtectOptions {
  /** "optimal" (default): the MIP of optimal.ts, block by block; "heuristic": the sequential protection LP only. */
  method?: "optimal" | "heuristic";
  /** Time limit for each linked block's MIP, in seconds; default 120. A safety net, far above the few seconds a block
   *  takes even on a busy two-core machine: a pattern cut short by a clock would differ from machine to machine, and the
   *  same export must give the same bundle everywhere (the examples are checked byte for byte). */
  secondsPerBlock?: number;
  /** Time limit for all blocks' MIPs together, in seconds; default 600. Blocks left without time use the heuristic. */
  seconds?: number;
  /** At most this many master solves per block (a limit on work rather than time, so it gives the same
   *  result on any machine); default: no limit. */
  maxRounds?: number;
  /** The tables whose relations are marked `breakdown`, in words, for the method text (DisclosureResult.method). */
  breakdowns?: string;
  /** Called when the optimal pattern is chosen and the audit of every hidden cell starts (the browser page shows the step). */
  onAudit?: () => void;
}

/** One linked block (cells joined by relations) that needed protection. */
export interface BlockOptimality {
  cells: number; // cells in the block
  primary: number;
  secondary: number;
  /** Total cost of the block's secondary cells, and a lower bound on it for any protecting pattern. */
  cost: number;
  lowerBound: number;
  /** The pattern is the cheapest there is under the audit's rules (the MIP closed with no cut left). */
  proven: boolean;
  /** (cost - lowerBound) / cost; 0 when proven; 1 when nothing bounds it (the heuristic alone). */
  gap: number;
  /** "optimal"; "optimal, completed" (time ran out: the heuristic finished the pattern and the clean-up
   *  pass trimmed it); "heuristic" (no time was given to the MIP). */
  method: "optimal" | "optimal, completed" | "heuristic";
  seconds: number;
}

export interface Optimality {
  /** Every block proven optimal. */
  proven: boolean;
  /** Over all blocks: (cost - lowerBound) / cost; 0 when proven. */
  gap: number;
  cost: number;
  lowerBound: number;
  /** Wall-clock time of secondary suppression and the audit (varies from run to run: never write it to a bundle). */
  seconds: number;
  blocks: BlockOptimality[];
}

export interface DisclosureResult {
  cells: ProtectedCell[];
  audit: AuditEntry[];
  passed: boolean;
  /** forcedByChange: the secondary suppressions no pattern could avoid, since the count changed by 1 to k-1 since an
   *  earlier release printed it (set by the tracker import; for the analyst, never written to a bundle). */
  counts: { primary: number; secondary: number; forcedByChange?: number };
  method: string;
  /** How good the secondary suppression is: proven optimal, or the gap. Set by protect(). */
  optimality?: Optimality;
}
