// circumstances.csv and children.csv, checked against the parents already read.
// Circumstances are not kept row by row: each lands in its parent's slot of a
// parents x topics grid per time point, which is all the aggregation needs and
// also finds duplicates.
import { i32, u8 } from "./columns.ts";
import { identifierKind } from "./identifiers.ts";
import type { Problems } from "./problems.ts";
import type { ParentsScan } from "./screen-parents.ts";
import { BLANK, codeCell, codeList, FileScan, idCell, idKind, lookupOf } from "./screen-cells.ts";
import { column, TOPIC_VALUES, TOPICS, type FileName } from "./standard.ts";

export const NONE = 255;
export const TOPIC_COUNT = TOPICS.length;

const CIRC: FileName = "circumstances.csv";
const C = { parent: column(CIRC, "parent_id"), time: column(CIRC, "time"), topic: column(CIRC, "topic"), value: column(CIRC, "value") };
const TIME = lookupOf(C.time);
const THREE_YEARS = TIME.get("three_years");
const TOPIC = lookupOf(C.topic);
const VALUE = lookupOf(C.value);
/** Per topic: value code -> index in that topic's own list. */
const TOPIC_VALUE = TOPICS.map((t) => new Map((TOPIC_VALUES[t.value] ?? []).map((v, i) => [v.value, i])));

/** Parents whose id was not in parents.csv are reported by the id's own check, so skip the lookup then. */
function orphanOrIdentifier(v: string): string {
  return idKind(v) ?? "";
}

/** A value that looks like an identifier is reported as one (codeCell does that), not as a wrong code. */
const idKindOfValue = (v: string): boolean => identifierKind(v, "coded") !== null;

export class CircumstancesScan extends FileScan {
  /** [time][parent * TOPIC_COUNT + topic] = value index in the topic's list, or NONE. */
  readonly grid: Uint8Array[];

  private readonly parents: ParentsScan | null;
  constructor(problems: Problems, parents: ParentsScan | null) {
    super(CIRC, problems);
    this.parents = parents;
    const n = (parents?.line.length ?? 0) * TOPIC_COUNT;
    this.grid = [new Uint8Array(n).fill(NONE), new Uint8Array(n).fill(NONE)];
  }

  protected record(get: (name: string) => string, line: number): void {
    const p = this.problems;
    const id = get("parent_id");
    let parent = -1;
    if (id !== "" && this.parents) {
      parent = this.parents.ids.get(id) ?? -1;
      if (parent < 0) p.add(orphanOrIdentifier(id) || "TR-ORPHAN-PARENT", CIRC, "parent_id", line);
    } else idCell(C.parent, CIRC, id, line, p);
    const time = codeCell(C.time, CIRC, get("time"), line, TIME, p);
    const topic = codeCell(C.topic, CIRC, get("topic"), line, TOPIC, p);
    const raw = get("value");
    let value = -1;
    if (topic >= 0 && raw !== "") {
      value = TOPIC_VALUE[topic]?.get(raw) ?? -1;
      if (value < 0 && !idKindOfValue(raw)) {
        // The topic's own list, one message per topic: "yes, no, unknown" helps where twenty codes would not.
        const t = TOPICS[topic] as (typeof TOPICS)[number];
        const detail = `for the topic ${t.value}, ${codeList(TOPIC_VALUES[t.value] ?? [])}`;
        p.add(VALUE.has(raw) ? "TR-VAL-TOPIC-VALUE" : "TR-VAL-CODE", CIRC, "value", line, detail, { split: t.value });
      } else if (value < 0) codeCell(C.value, CIRC, raw, line, VALUE, p);
    } else codeCell(C.value, CIRC, raw, line, VALUE, p);
    if (parent < 0 || time < 0 || topic < 0) return;
    const P = this.parents as ParentsScan;
    if (time === THREE_YEARS && P.referral.get(parent) > P.today - 36) p.add("TR-CIRC-TOO-EARLY", CIRC, "time", line);
    const slot = parent * TOPIC_COUNT + topic;
    const grid = this.grid[time] as Uint8Array;
    if (grid[slot] !== NONE) p.add("TR-CIRC-DUPLICATE", CIRC, "topic", line);
    else if (value >= 0) grid[slot] = value;
  }
}

const KIDS: FileName = "children.csv";
const K = {
  child: column(KIDS, "child_id"),
  family: column(KIDS, "family_id"),
  expected: column(KIDS, "expected_at_referral"),
  s3: column(KIDS, "status_3_months"),
  closure: column(KIDS, "status_at_closure"),
  eyfs: column(KIDS, "eyfs_gld"),
};
const KL = { expected: lookupOf(K.expected), s3: lookupOf(K.s3), closure: lookupOf(K.closure), eyfs: lookupOf(K.eyfs) };

export class ChildrenScan extends FileScan {
  private readonly ids = new Set<string>();
  readonly family = i32();
  readonly expected = u8();
  readonly s3 = u8();
  readonly closure = u8();
  readonly eyfs = u8();
  readonly line = i32();
  /** Families with at least one child row. */
  readonly seen: Uint8Array;

  private readonly parents: ParentsScan | null;
  constructor(problems: Problems, parents: ParentsScan | null) {
    super(KIDS, problems);
    this.parents = parents;
    this.seen = new Uint8Array(parents?.families.size ?? 0);
  }

  protected record(get: (name: string) => string, line: number): void {
    const p = this.problems;
    const id = get("child_id");
    if (this.newId(K.child, id, line, this.ids)) this.ids.add(id);
    const fam = get("family_id");
    let f = -1;
    if (fam !== "" && this.parents) {
      f = this.parents.families.get(fam) ?? -1;
      if (f < 0) p.add(orphanOrIdentifier(fam) || "TR-ORPHAN-FAMILY", KIDS, "family_id", line);
      else this.seen[f] = 1;
    } else idCell(K.family, KIDS, fam, line, p);
    const expected = codeCell(K.expected, KIDS, get("expected_at_referral"), line, KL.expected, p);
    const s3 = codeCell(K.s3, KIDS, get("status_3_months"), line, KL.s3, p);
    const closure = codeCell(K.closure, KIDS, get("status_at_closure"), line, KL.closure, p);
    const eyfs = codeCell(K.eyfs, KIDS, get("eyfs_gld"), line, KL.eyfs, p);
    if (closure >= 0 && f >= 0 && this.parents && this.parents.familyClosed.get(f) === 0) p.add("TR-CHILD-OPEN-STATUS", KIDS, "status_at_closure", line);
    this.family.push(f);
    this.expected.push(expected < 0 ? NONE : expected);
    this.s3.push(s3 < 0 ? NONE : s3);
    this.closure.push(closure === BLANK || closure < 0 ? NONE : closure);
    this.eyfs.push(eyfs < 0 ? NONE : eyfs);
    this.line.push(line);
  }
}
