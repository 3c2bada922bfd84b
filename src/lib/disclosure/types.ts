// The contract with the tracker import (see the brief DISCLOSURE-API.md): these
// shapes are fixed; fields may be added, never changed.

/** One count the bundle knows about. Every count the bundle publishes (totals and bases too) is a cell.
 *  A cell with published: false exists in the model (a non-negative whole number an intruder does not
 *  know) but is never printed and needs no protection. */
export interface Cell {
  id: string;
  value: number;
  published?: boolean; // default true
  /** What hiding this cell costs the reader, relative to other cells; default: its value. Headline figures and
   *  their bases are given high costs by the model, so secondary suppression hides them last. */
  cost?: number;
  /** For an unpublished cell. Default true: a small one (1 to k-1) is guarded, its interval at least k wide.
   *  false: its value may be worked out without harm (the number of parents whose sex is not recorded, say: a fact
   *  about recording, not about a person). "always": guarded whatever its value, 0 included. A breakdown in which
   *  every member of a group is in one category adds such a cell, the sum of the other categories (0), so that no one
   *  can prove those are all empty: that would tell them the category of every member (group disclosure). */
  guard?: boolean | "always";
}

/** value(total) = sum of value(parts). Linked tables share cell ids. */
export interface Relation {
  total: string;
  parts: string[];
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
}

export interface DisclosureResult {
  cells: ProtectedCell[];
  audit: AuditEntry[];
  passed: boolean;
  counts: { primary: number; secondary: number };
  method: string;
}
