// Helpers for tests/unit/tracker-releases-joint.test.ts: successive releases of
// one synthetic service, and an intruder holding every release, written apart
// from src/lib/tracker/joint.ts and solved with YALPS (pure JavaScript), not HiGHS.
import { solve, type Constraint, type Model as LP } from "yalps";
import { monthNumber, monthText } from "../../src/lib/tracker/columns.ts";
import type { BundleFigure } from "../../src/lib/contract/bundle.ts";
import { figureId } from "../../src/lib/tracker/figures.ts";
import type { Model } from "../../src/lib/tracker/model.ts";
import { exportAsOf } from "../../src/lib/tracker/synthetic-asof.ts";
import type { ExportRows } from "../../src/lib/tracker/synthetic.ts";

const col = (ex: ExportRows, file: keyof ExportRows["header"], name: string) => {
  const at = ex.header[file].indexOf(name);
  if (at < 0) throw new Error(`releases-joint: no ${name} in ${file}`);
  return at;
};

/** Family ids in order of first referral (ties by id), with that month. */
function familiesByReferral(ex: ExportRows): { family: string; month: number }[] {
  const [fam, ref] = [col(ex, "parents.csv", "family_id"), col(ex, "parents.csv", "referral_month")];
  const first = new Map<string, number>();
  for (const r of ex.rows["parents.csv"]) {
    const m = monthNumber(r[ref]!);
    first.set(r[fam]!, Math.min(first.get(r[fam]!) ?? Infinity, m));
  }
  return [...first].map(([family, month]) => ({ family, month })).sort((a, b) => a.month - b.month || a.family.localeCompare(b.family));
}

/** The rows of `ex` whose family is in `keep` (parents, their circumstances, the families' children). */
function onlyFamilies(ex: ExportRows, keep: Set<string>): ExportRows["rows"] {
  const parents = ex.rows["parents.csv"].filter((r) => keep.has(r[col(ex, "parents.csv", "family_id")]!));
  const ids = new Set(parents.map((r) => r[col(ex, "parents.csv", "parent_id")]!));
  return {
    "parents.csv": parents,
    "circumstances.csv": ex.rows["circumstances.csv"].filter((r) => ids.has(r[col(ex, "circumstances.csv", "parent_id")]!)),
    "children.csv": ex.rows["children.csv"].filter((r) => keep.has(r[col(ex, "children.csv", "family_id")]!)),
  };
}

/**
 * The next release when exactly `joined` families were referred since `earlier` (YYYY-MM) and nothing else
 * happened: every row of the export as it stood then, unchanged (no case closed, no three-year reading taken since),
 * plus the first `joined` families referred after it, as they stood at the end of their referral month. Returns
 * the export and the month it ends (the last new family's referral month), so that the earlier release worked
 * out again from it (as-of.ts) is exactly the earlier export.
 */
export function familiesJoined(full: ExportRows, earlier: string, joined: number): { rows: ExportRows; month: string } {
  const end = monthNumber(earlier);
  const fresh = familiesByReferral(full)
    .filter((f) => f.month > end)
    .slice(0, joined);
  if (fresh.length < joined) throw new Error(`releases-joint: fewer than ${joined} families referred after ${earlier}`);
  const month = monthText(fresh.at(-1)!.month);
  const before = exportAsOf(full, earlier);
  const added = onlyFamilies(exportAsOf(full, month), new Set(fresh.map((f) => f.family)));
  const rows = { ...before.rows };
  for (const file of Object.keys(rows) as (keyof ExportRows["rows"])[]) rows[file] = [...before.rows[file], ...added[file]];
  return { rows: { header: before.header, rows }, month };
}

/**
 * The next release when only `closed` cases closed since `earlier` (no one joined, no three-year reading taken):
 * the export as it stood then, with the first `closed` families that closed later given their closure (month,
 * reason, and their children's status at closure) from the full export. Returns the month the last one closed.
 */
export function casesClosed(full: ExportRows, earlier: string, closed: number): { rows: ExportRows; month: string } {
  const end = monthNumber(earlier);
  const before = exportAsOf(full, earlier);
  const [pid, fam, clo, why] = ["parent_id", "family_id", "closure_month", "closure_reason"].map((n) => col(full, "parents.csv", n)) as [
    number,
    number,
    number,
    number,
  ];
  const inBefore = new Set(before.rows["parents.csv"].map((r) => r[pid]!));
  // Families referred by then whose every parent closed later; a family with a parent closed by then, or one never
  // closed, is left out (so no family's closure is half done).
  const closing = new Map<string, number>();
  const left = new Set<string>();
  for (const r of full.rows["parents.csv"]) {
    if (!inBefore.has(r[pid]!)) continue;
    const c = r[clo] === "" ? -1 : monthNumber(r[clo]!);
    if (c <= end) left.add(r[fam]!);
    else closing.set(r[fam]!, Math.max(closing.get(r[fam]!) ?? 0, c));
  }
  const chosen = [...closing]
    .filter(([f]) => !left.has(f))
    .sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]))
    .slice(0, closed);
  if (chosen.length < closed) throw new Error(`releases-joint: fewer than ${closed} families closed after ${earlier}`);
  const keep = new Set(chosen.map(([f]) => f));
  const fullParents = new Map(full.rows["parents.csv"].map((r) => [r[pid]!, r]));
  const parents = before.rows["parents.csv"].map((r) => {
    if (!keep.has(r[fam]!)) return r;
    const out = [...r];
    out[clo] = fullParents.get(r[pid]!)![clo]!;
    out[why] = fullParents.get(r[pid]!)![why]!;
    return out;
  });
  const [cfam, status] = [col(full, "children.csv", "family_id"), col(full, "children.csv", "status_at_closure")];
  const cid = col(full, "children.csv", "child_id");
  const fullChildren = new Map(full.rows["children.csv"].map((r) => [r[cid]!, r]));
  const children = before.rows["children.csv"].map((r) => (keep.has(r[cfam]!) ? r.map((c, i) => (i === status ? fullChildren.get(r[cid]!)![status]! : c)) : r));
  const month = monthText(Math.max(...chosen.map(([, m]) => m)));
  return { rows: { header: before.header, rows: { ...before.rows, "parents.csv": parents, "children.csv": children } }, month };
}

/** What a release printed for each cell of its model: a number, or null for [c]. Cells it never printed are absent. */
export function printedCells(m: Model, figures: BundleFigure[]): Map<string, number | null> {
  const byId = new Map(figures.filter((f) => f.measure === "count").map((f) => [f.id, f]));
  const out = new Map<string, number | null>();
  const put = (cell: string, v: number | null) => {
    if (out.has(cell) && out.get(cell) !== v) throw new Error(`releases-joint: cell ${cell} printed as both ${out.get(cell)} and ${v}`);
    out.set(cell, v);
  };
  for (const spec of m.records) {
    const f = byId.get(figureId(spec, "count"));
    if (!f) throw new Error(`releases-joint: no figure for ${figureId(spec, "count")}`);
    put(spec.cell, f.value);
    put(spec.base, f.base);
  }
  return out;
}

export interface Release {
  name: string;
  model: Model;
  printed: Map<string, number | null>;
}

export interface Finding {
  /** `A|cell` for a [c] of release A, `A>B|cell` for the change in a cell from A to B. */
  id: string;
  truth: number;
  lower: number;
  upper: number;
}

export interface JointAttackOptions {
  /** Least value of a [c]: 0 (the intruder cannot rule out a hidden zero) or "true" (1 wherever its true count is 1
   *  or more, as src/lib/disclosure's own audit assumes: a stronger intruder), except in a breakdown withheld whole
   *  (a `breakdown` relation whose group, printed, is 1 to 2k−1), where every part is [c], zeros too. */
  floor: 0 | "true";
  /** The sign of the change in a cell both releases print: "printed" when both print a number, else unknown (free in
   *  sign); "true" known from the true counts, as joint.ts links them (a stronger intruder). */
  signs: "printed" | "true";
}

/**
 * Every release in one LP: each release's cells (namespaced `name|cell`) with its model's relations, each printed
 * number fixed, each [c] at least its floor, and for every cell two releases both print, the change between them
 * (B|c − A|c = up − down, up and down ≥ 0; one of them dropped when the sign is known). Then every [c] of every
 * release, and the change in every cell whose true change is 1 to k−1, is minimised and maximised.
 */
export function attackReleases(releases: Release[], k: number, opts: JointAttackOptions): Finding[] {
  const constraints = new Map<string, Constraint>();
  const vars = new Map<string, Map<string, number>>();
  const add = (v: string, row: string, coef: number) => {
    const m = vars.get(v) ?? new Map<string, number>();
    m.set(row, (m.get(row) ?? 0) + coef);
    vars.set(v, m);
  };
  const truth = new Map<string, number>();
  const targets: { id: string; terms: [string, number][] }[] = [];
  for (const r of releases) {
    const v = (cell: string) => `${r.name}|${cell}`;
    for (const c of r.model.cells.values()) {
      vars.set(v(c.id), vars.get(v(c.id)) ?? new Map<string, number>());
      truth.set(v(c.id), c.value);
    }
    r.model.relations.forEach((rel, n) => {
      const row = `${r.name}:relation${n}`;
      constraints.set(row, { equal: 0 });
      add(v(rel.total), row, 1);
      for (const p of rel.parts) add(v(p), row, -1);
    });
    const withheld = new Set<string>();
    for (const rel of r.model.relations) {
      const n = r.model.value(rel.total);
      if (rel.breakdown && n > 0 && n < 2 * k) for (const p of rel.parts) withheld.add(p);
    }
    // A printed part of a breakdown proves it is not withheld: its group (here 2k or more) is at least 2k.
    r.model.relations.forEach((rel, n) => {
      if (!rel.breakdown || r.model.value(rel.total) < 2 * k || !rel.parts.some((p) => typeof r.printed.get(p) === "number")) return;
      const row = `${r.name}:group${n}`;
      constraints.set(row, { min: 2 * k });
      add(v(rel.total), row, 1);
    });
    for (const [cell, shown] of r.printed) {
      const row = `${r.name}:shown:${cell}`;
      add(v(cell), row, 1);
      if (shown !== null) constraints.set(row, { equal: shown });
      else {
        constraints.set(row, { min: opts.floor === 0 || withheld.has(cell) ? 0 : Math.min(1, r.model.value(cell)) });
        targets.push({ id: v(cell), terms: [[v(cell), 1]] });
      }
    }
  }
  releases.forEach((b, j) => {
    for (const a of releases.slice(0, j)) {
      for (const [cell, now] of b.printed) {
        if (!a.printed.has(cell)) continue;
        const was = a.printed.get(cell)!;
        const [vb, va] = [`${b.name}|${cell}`, `${a.name}|${cell}`];
        const change = truth.get(vb)! - truth.get(va)!;
        const sign = opts.signs === "true" ? Math.sign(change) || 1 : now !== null && was !== null ? Math.sign(now - was) || 1 : 0;
        const row = `${a.name}>${b.name}:${cell}`;
        constraints.set(row, { equal: 0 });
        add(vb, row, 1);
        add(va, row, -1);
        if (sign >= 0) add(`${row}:up`, row, -1);
        if (sign <= 0) add(`${row}:down`, row, 1);
        const id = `${a.name}>${b.name}|${cell}`;
        truth.set(id, change);
        if (Math.abs(change) >= 1 && Math.abs(change) < k)
          targets.push({
            id,
            terms: [
              [vb, 1],
              [va, -1],
            ],
          });
      }
    }
  });
  return targets.map(({ id, terms }) => {
    const goal = new Map(terms);
    const lp = (direction: "minimize" | "maximize"): LP => ({
      direction,
      objective: "goal",
      constraints,
      variables: [...vars].map(([name, row]) => [name, goal.has(name) ? new Map([...row, ["goal", goal.get(name)!]]) : row]),
    });
    const low = solve(lp("minimize"));
    const high = solve(lp("maximize"));
    if (low.status !== "optimal" && low.status !== "unbounded") throw new Error(`attackReleases: minimum of ${id} is ${low.status}`);
    if (high.status !== "optimal" && high.status !== "unbounded") throw new Error(`attackReleases: maximum of ${id} is ${high.status}`);
    return {
      id,
      truth: truth.get(id)!,
      lower: low.status === "unbounded" ? -Infinity : Math.ceil(low.result - 1e-6),
      upper: high.status === "unbounded" ? Infinity : Math.floor(high.result + 1e-6),
    };
  });
}

/** The findings that break protection: an interval narrower than k (or one value). */
export const tooNarrow = (found: Finding[], k: number) => found.filter((f) => f.upper - f.lower < k);
