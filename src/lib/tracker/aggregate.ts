// The aggregation: group-bys over the screened, coded columns. Each gives the
// full joint count of its keys (unknowns included), so every margin the bundle
// publishes is a sum of these and totals equal parts by construction. Codes stay
// small integers until the (small) results are named. Plain counting over typed
// arrays, not arquero: arquero compiles every expression with Function(), which
// the /publish/ page's Content Security Policy (no 'unsafe-eval') forbids, and
// the same code must run there and on the command line.
import { NONE, TOPIC_COUNT } from "./screen-others.ts";
import type { Screened } from "./screen.ts";
import { AGE_BANDS, ageBand, codesOf, TOPIC_VALUES, TOPICS } from "./standard.ts";

/** Joint counts keyed by code strings joined with "|"; "unknown"/"none"/"open" mark the blanks. */
export interface Tallies {
  ages: Map<string, number>; // sex|band
  sources: Map<string, number>; // sex|source
  imd: Map<string, number>; // decile
  wellbeing: Map<string, number>; // topic|referral value|three-year value ("none" = no row)
  children: Map<string, number>; // expected|status_3_months|status_at_closure ("open")
  gld: Map<string, number>; // eyfs_gld
}

type Namer = (code: number) => string;

/** Joint counts of the codes in `columns` (rows in step), groups in order of first appearance, then named. */
function counts(columns: ArrayLike<number>[], namers: Namer[]): Map<string, number> {
  // Codes are small integers (-1 for blank up to 255): one number per combination, 2^9 per key.
  const groups = new Map<number, number>();
  const rows = columns[0]?.length ?? 0;
  for (let r = 0; r < rows; r++) {
    let key = 0;
    for (const col of columns) key = key * 512 + ((col[r] as number) + 1);
    groups.set(key, (groups.get(key) ?? 0) + 1);
  }
  const out = new Map<string, number>();
  for (const [combined, n] of groups) {
    const codes: number[] = [];
    let rest = combined;
    for (let i = columns.length - 1; i >= 0; i--) {
      codes[i] = (rest % 512) - 1;
      rest = Math.floor(rest / 512);
    }
    const key = codes.map((c, i) => (namers[i] as Namer)(c)).join("|");
    out.set(key, (out.get(key) ?? 0) + n);
  }
  return out;
}

const named =
  (codes: string[], blank: string): Namer =>
  (c) =>
    c >= 0 && c < codes.length ? (codes[c] as string) : blank;

/** The coded columns the aggregation reads: one entry per parent (and a parents x topics grid per time point), one
 *  per child. An earlier release's columns are the same export as it stood then (as-of.ts). */
export interface Columns {
  sex: Int8Array;
  age: Int8Array;
  source: Int8Array;
  imd: Int8Array;
  grid: [Uint8Array, Uint8Array];
  expected: Uint8Array;
  s3: Uint8Array;
  closure: Uint8Array;
  eyfs: Uint8Array;
}

export function columnsOf(s: Screened): Columns {
  const P = s.parents;
  const C = s.children;
  const G = s.circumstances;
  if (!P || !C || !G) throw new Error("aggregate: the export did not pass screening");
  return {
    sex: P.sex.view(),
    age: P.age.view(),
    source: P.source.view(),
    imd: P.imd.view(),
    grid: [G.grid[0]!, G.grid[1]!],
    expected: C.expected.view(),
    s3: C.s3.view(),
    closure: C.closure.view(),
    eyfs: C.eyfs.view(),
  };
}

export function aggregate(s: Screened | Columns): Tallies {
  const c = "problems" in s ? columnsOf(s) : s;
  const sex = named(codesOf("parents.csv", "sex"), "unknown");
  const band = Int16Array.from(c.age, (a) => (a < 0 ? -1 : ageBand(a)));
  const ages = counts(
    [c.sex, band],
    [
      sex,
      named(
        AGE_BANDS.map((b) => b.code),
        "unknown",
      ),
    ],
  );
  const sources = counts([c.sex, c.source], [sex, named(codesOf("parents.csv", "referral_source"), "unknown")]);
  const imd = counts([c.imd], [(d) => (d > 0 ? String(d) : "unknown")]);

  // One row per parent and topic: the value at referral and after three years.
  const n = c.sex.length * TOPIC_COUNT;
  const topic = new Uint8Array(n);
  for (let i = 0; i < n; i++) topic[i] = i % TOPIC_COUNT;
  const joint = counts([topic, c.grid[0], c.grid[1]], [(t) => String(t), (v) => String(v), (v) => String(v)]);
  const wellbeing = new Map<string, number>();
  for (const [key, count] of joint) {
    const [t, from, to] = key.split("|").map(Number) as [number, number, number];
    const code = TOPICS[t]?.value as string;
    const values = (TOPIC_VALUES[code] ?? []).map((v) => v.value);
    const name = (v: number) => (v === NONE ? "none" : (values[v] as string));
    wellbeing.set(`${code}|${name(from)}|${name(to)}`, count);
  }

  const children = counts(
    [c.expected, c.s3, c.closure],
    [
      named(codesOf("children.csv", "expected_at_referral"), "unknown"),
      named(codesOf("children.csv", "status_3_months"), "unknown"),
      named(codesOf("children.csv", "status_at_closure"), "open"),
    ],
  );
  const gld = counts([c.eyfs], [named(codesOf("children.csv", "eyfs_gld"), "unknown")]);
  return { ages, sources, imd, wellbeing, children, gld };
}
