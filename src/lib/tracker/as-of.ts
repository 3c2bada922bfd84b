// The export as it stood at the end of a month, as the columns the aggregation
// reads. Every release is built through it, the new one as of its period's end
// (core.ts) and each earlier one worked out again from today's export, so that
// an earlier release rebuilt from a later export gives what it printed unless
// records were corrected (joint.ts, TR-RELEASE-REVISED).
//
// The rules, one per kind of record, in this one place:
//   - a parent counts once referred, with the readings taken at referral;
//   - a three-year reading once three years have passed since referral;
//   - a child's readings, once a parent of the family had closed by then (the rule
//     the import checks for status at closure, TR-CHILD-OPEN-STATUS). That covers
//     the readings the export does not date, status at three months and school
//     readiness, as well as status at closure: a service may record them at any
//     time while the case is open, so a later export adding them for a family
//     still open at an earlier release's end changes nothing in that release.
//     Until then status at closure reads as open, school readiness as not
//     assessed, and status at three months as not known. One changed after the
//     family's case closed is a correction of a closed record, so a revision.
// The synthetic examples draw their earlier releases by the same rules
// (synthetic-asof.ts).
import type { Columns } from "./aggregate.ts";
import { NONE, TOPIC_COUNT } from "./screen-others.ts";
import type { Screened } from "./screen.ts";
import { codesOf } from "./standard.ts";

const NOT_ASSESSED = codesOf("children.csv", "eyfs_gld").indexOf("not_assessed");

export const THREE_YEARS = 36;

export function columnsAsOf(s: Screened, month: number): Columns {
  const P = s.parents;
  const C = s.children;
  const G = s.circumstances;
  if (!P || !C || !G) throw new Error("columnsAsOf: the export did not pass screening");
  const referral = P.referral.view();
  const closure = P.closure.view();
  const family = P.family.view();
  const kept: number[] = [];
  const hasParent = new Uint8Array(P.families.size);
  const closed = new Uint8Array(P.families.size);
  referral.forEach((r, i) => {
    if (r > month) return;
    kept.push(i);
    const f = family[i]!;
    if (f >= 0) {
      hasParent[f] = 1;
      const c = closure[i]!;
      if (c >= 0 && c <= month) closed[f] = 1;
    }
  });
  const pick = <T extends Int8Array | Uint8Array>(col: T, make: (n: number) => T): T => {
    const out = make(kept.length);
    kept.forEach((i, n) => (out[n] = col[i]!));
    return out;
  };
  const grid: [Uint8Array, Uint8Array] = [new Uint8Array(kept.length * TOPIC_COUNT), new Uint8Array(kept.length * TOPIC_COUNT).fill(NONE)];
  kept.forEach((i, n) => {
    const late = month - referral[i]! >= THREE_YEARS;
    for (let t = 0; t < TOPIC_COUNT; t++) {
      grid[0][n * TOPIC_COUNT + t] = G.grid[0]![i * TOPIC_COUNT + t]!;
      if (late) grid[1][n * TOPIC_COUNT + t] = G.grid[1]![i * TOPIC_COUNT + t]!;
    }
  });
  const kids: number[] = [];
  const childFamily = C.family.view();
  childFamily.forEach((f, j) => f >= 0 && hasParent[f] && kids.push(j));
  const child = (col: Uint8Array) => Uint8Array.from(kids, (j) => col[j]!);
  const status = child(C.closure.view());
  const s3 = child(C.s3.view());
  const eyfs = child(C.eyfs.view());
  kids.forEach((j, n) => {
    if (closed[childFamily[j]!]) return;
    [status[n], s3[n], eyfs[n]] = [NONE, NONE, NOT_ASSESSED];
  });
  return {
    sex: pick(P.sex.view(), (n) => new Int8Array(n)),
    age: pick(P.age.view(), (n) => new Int8Array(n)),
    source: pick(P.source.view(), (n) => new Int8Array(n)),
    imd: pick(P.imd.view(), (n) => new Int8Array(n)),
    grid,
    expected: child(C.expected.view()),
    s3,
    closure: status,
    eyfs,
  };
}
