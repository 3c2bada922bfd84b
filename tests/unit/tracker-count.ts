// An independent count of what a bundle should hold, by plain loops over the
// rows of an export (no arquero, no typed columns, no code shared with the
// import beyond the row format), keyed dataset|group|topic|period|category.
import type { ExportRows } from "../../src/lib/tracker/synthetic.ts";
import type { FileName } from "../../src/lib/tracker/standard.ts";

export interface Expected {
  counts: Map<string, number>;
  /** Keyed dataset|group|topic|period. */
  bases: Map<string, number>;
}

const objects = (ex: ExportRows, file: FileName) => ex.rows[file].map((r) => Object.fromEntries(ex.header[file].map((h, i) => [h, r[i] ?? ""])));

function band(age: number): string {
  if (age <= 19) return "19-or-under";
  if (age >= 40) return "40-or-over";
  const lo = 20 + 5 * Math.floor((age - 20) / 5);
  return `${lo}-${lo + 4}`;
}

/** `asOf` (YYYY-MM, the release's period end): a three-year reading counts once 36 months have passed since referral by
 *  then (src/lib/tracker/as-of.ts); without it, every reading counts. */
export function countIndependently(ex: ExportRows, asOf?: string): Expected {
  const month = (m: string) => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7));
  const taken = (p: Record<string, string>) => asOf === undefined || month(asOf) - month(p.referral_month!) >= 36;
  const counts = new Map<string, number>();
  const bases = new Map<string, number>();
  const inc = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  const parents = objects(ex, "parents.csv");
  for (const p of parents) {
    const groups = p.sex === "unknown" ? ["all"] : [p.sex as string, "all"];
    for (const g of groups) {
      inc(bases, `referral-sources|${g}|referral-source|`);
      inc(counts, `referral-sources|${g}|referral-source||${p.referral_source}`);
      if (p.age_at_referral !== "") {
        inc(bases, `age-profiles|${g}|age-at-referral|`);
        inc(counts, `age-profiles|${g}|age-at-referral||${band(Number(p.age_at_referral))}`);
      }
    }
    if (p.imd_decile !== "") {
      const d = Number(p.imd_decile);
      inc(bases, "deprivation|all|imd-decile|");
      inc(counts, `deprivation|all|imd-decile||decile-${d}`);
      for (const top of [1, 2, 3]) if (d <= top) inc(counts, `deprivation|all|imd-decile||most-deprived-${top}0`);
    }
  }
  const seen = new Map<string, string>();
  for (const c of objects(ex, "circumstances.csv")) seen.set(`${c.parent_id}|${c.topic}|${c.time}`, c.value as string);
  const topics = new Set(objects(ex, "circumstances.csv").map((c) => c.topic as string));
  for (const p of parents) {
    for (const topic of topics) {
      const before = seen.get(`${p.parent_id}|${topic}|referral`) ?? "unknown";
      const after = (taken(p) && seen.get(`${p.parent_id}|${topic}|three_years`)) || "unknown";
      for (const [time, v] of [
        ["referral", before],
        ["three_years", after],
      ] as const) {
        if (v === "unknown") continue;
        inc(bases, `wellbeing|all|${topic}|${time}`);
        inc(counts, `wellbeing|all|${topic}|${time}|${v}`);
      }
      if (before !== "unknown" && after !== "unknown") {
        inc(bases, `wellbeing|all|${topic}|referral-to-three-years`);
        // A topic of more than two values gives each value at referral as "the same" or "different" three years on.
        const to = MANY_VALUES.includes(topic) && after !== before ? "different" : after;
        inc(counts, `wellbeing|all|${topic}|referral-to-three-years|${before}-to-${to}`);
      }
    }
  }
  const closedFamilies = new Set(parents.filter((p) => p.closure_month !== "").map((p) => p.family_id));
  for (const k of objects(ex, "children.csv")) {
    if (k.status_at_closure !== "") {
      const grouped = Object.entries(GROUPINGS).find(([, members]) => members.includes(k.status_at_closure!))?.[0];
      for (const g of ["all", k.expected_at_referral === "yes" ? "expected-at-referral" : "born-later"]) {
        inc(bases, `child-outcomes|${g}|status-at-closure|at-case-closure`);
        // Statuses for all children; the two groups by grouping only (and the status in none).
        if (g === "all" || !grouped) inc(counts, `child-outcomes|${g}|status-at-closure|at-case-closure|${k.status_at_closure}`);
        if (grouped) inc(counts, `child-outcomes|${g}|status-at-closure|at-case-closure|${grouped}`);
      }
      inc(bases, "child-status-flows|all|status-3-months-to-closure|three-months-to-closure");
      inc(counts, `child-status-flows|all|status-3-months-to-closure|three-months-to-closure|${k.status_3_months}-to-${grouped ?? k.status_at_closure}`);
    }
    // A child's school readiness counts once a parent of the family has closed (src/lib/tracker/as-of.ts).
    if (!closedFamilies.has(k.family_id)) continue;
    if (k.eyfs_gld !== "not_assessed") inc(bases, "school-readiness|all|good-level-of-development|");
    if (k.eyfs_gld === "yes") inc(counts, "school-readiness|all|good-level-of-development||gld");
  }
  return { counts, bases };
}

// The site's groupings of the statuses, written out here rather than read from
// data/vocabulary.csv, so the test checks the vocabulary too.
const GROUPINGS: Record<string, string[]> = {
  "at-home": ["cpp", "cin", "early_help", "universal"],
  "not-with-parents": ["looked_after", "adoption", "sgo"],
  "not-an-outcome": ["pregnancy_ended_or_died", "moved_la"],
};

// The topics of more than two values (housing, employment, relationship), written out for the same reason.
const MANY_VALUES = ["housing", "employment", "relationship"];

export const keyOf = (f: { dataset: string; group: string; topic: string | null; period: string | null; category: string }) =>
  `${f.dataset}|${f.group}|${f.topic ?? ""}|${f.period ?? ""}|${f.category}`;
export const baseKeyOf = (f: { dataset: string; group: string; topic: string | null; period: string | null }) =>
  `${f.dataset}|${f.group}|${f.topic ?? ""}|${f.period ?? ""}`;
