// A seeded generator of synthetic tracker exports: the same seed gives the same
// rows on every machine. Rows go to a callback so a million parents can be
// streamed to disk; small exports are gathered in memory by `generateExport`.
import { monthNumber, monthText } from "./columns.ts";
import * as M from "./synthetic-marginals.ts";
import { COLUMNS, TOPICS, type FileName } from "./standard.ts";

/** mulberry32: a tiny, fast 32-bit PRNG, good enough for made-up data. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface GenerateOptions {
  seed: number;
  /** Roughly this many parents (families are drawn until the count is reached). */
  parents: number;
  /** First and last referral months, YYYY-MM; `to` is also "today" for closures. */
  from: string;
  to: string;
  /** Prefix for ids; SYN by default, so every row of a synthetic file says it is made up. */
  prefix?: string;
}

export type Emit = (file: FileName, cells: string[]) => void;

function picker(rand: () => number) {
  return (w: M.Weights): string => {
    const entries = Object.entries(w);
    let r = rand() * entries.reduce((s, [, x]) => s + x, 0);
    for (const [k, x] of entries) if ((r -= x) < 0) return k;
    return (entries[entries.length - 1] as [string, number])[0];
  };
}

export function generate(opts: GenerateOptions, emit: Emit): void {
  const rand = mulberry32(opts.seed);
  const pick = picker(rand);
  const first = monthNumber(opts.from);
  const today = monthNumber(opts.to);
  const pad = (n: number, w: number) => String(n).padStart(w, "0");
  const pre = opts.prefix ?? "SYN";
  let parentNo = 0;
  let childNo = 0;
  for (let fam = 1; parentNo < opts.parents; fam++) {
    const familyId = `${pre}-F${pad(fam, 7)}`;
    const r = rand();
    const sexes = r < 0.55 ? ["female", "male"] : r < 0.93 ? ["female"] : r < 0.97 ? ["male"] : ["female", "unknown"];
    const referral = first + Math.floor(rand() * (today - first + 1));
    const closed = referral + 6 + Math.floor(rand() * 30) <= today && rand() < 0.9;
    const closure = closed ? Math.min(today, referral + 6 + Math.floor(rand() * 30)) : -1;
    for (const sex of sexes) {
      if (parentNo >= opts.parents) break;
      const parentId = `${pre}-P${pad(++parentNo, 7)}`;
      emit("parents.csv", parentRow(parentId, familyId, sex, referral, closure, rand, pick));
      circumstances(parentId, referral, today, rand, pick, emit);
    }
    const kids = rand() < M.BORN_LATER ? ["yes", "no"] : ["yes"];
    for (const expected of kids) {
      const childId = `${pre}-C${pad(++childNo, 7)}`;
      const s3 = pick(M.STATUS_3_MONTHS);
      const atClosure = closure < 0 ? "" : s3 === "not_applicable" ? "pregnancy_ended_or_died" : pick(M.STATUS_AT_CLOSURE);
      const oldEnough = today - referral >= 60 && atClosure !== "pregnancy_ended_or_died" && atClosure !== "unborn";
      const gld = oldEnough && rand() < 0.8 ? (rand() < M.GLD_YES ? "yes" : "no") : "not_assessed";
      emit("children.csv", [childId, familyId, expected, s3, atClosure, gld]);
    }
  }
}

function parentRow(id: string, family: string, sex: string, referral: number, closure: number, rand: () => number, pick: (w: M.Weights) => string): string[] {
  const [low = 0, high = 0] = pick(M.AGE_BANDS[sex === "male" ? "male" : "female"])
    .split("-")
    .map(Number);
  const age = rand() < 0.05 ? "" : String(low + Math.floor(rand() * (high - low + 1)));
  const imd = rand() < 0.1 ? "" : pick(M.IMD);
  const removals = rand() < 0.05 ? "" : pick(M.REMOVALS);
  const closureMonth = closure < 0 ? "" : monthText(closure);
  const reason = closure < 0 ? "" : pick(M.CLOSURE_REASON);
  return [id, family, sex, pick(M.PATHWAY), monthText(referral), age, pick(M.SOURCE), imd, imd ? "2019" : "", removals, pick(M.ENGAGED), closureMonth, reason];
}

function circumstances(id: string, referral: number, today: number, rand: () => number, pick: (w: M.Weights) => string, emit: Emit): void {
  const threeYears = today - referral >= 36 && rand() < 0.85;
  for (const { value: topic } of TOPICS) {
    const w = M.WELLBEING[topic] as { referral: M.Weights; three_years: M.Weights };
    let before = "";
    if (rand() < 0.9) {
      before = pick(w.referral);
      emit("circumstances.csv", [id, "referral", topic, before]);
    }
    if (threeYears && rand() < 0.92) {
      // Most circumstances carry over; the rest are drawn afresh from the three-year shares.
      const after = before && before !== "unknown" && rand() < 0.55 ? before : pick(w.three_years);
      emit("circumstances.csv", [id, "three_years", topic, after]);
    }
  }
}

export interface ExportRows {
  header: Record<FileName, string[]>;
  rows: Record<FileName, string[][]>;
}

export function generateExport(opts: GenerateOptions): ExportRows {
  const rows: ExportRows["rows"] = { "parents.csv": [], "circumstances.csv": [], "children.csv": [] };
  generate(opts, (file, cells) => rows[file].push(cells));
  const header = Object.fromEntries(Object.entries(COLUMNS).map(([f, cols]) => [f, cols.map((c) => c.name)])) as ExportRows["header"];
  return { header, rows };
}
