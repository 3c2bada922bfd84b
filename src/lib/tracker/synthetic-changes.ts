// Valid but unusual tracker exports: the shapes a real council's export can
// take that the seeded generator never draws (a topic nobody records, no
// children, no closures, one parent, every child in one status). Each is a
// named change to a synthetic export; the import accepts every one, and the
// site must draw every one (tests/unit/monitoring/degenerate.test.ts).
import { codesOf, type FileName } from "./standard.ts";
import type { ExportRows } from "./synthetic.ts";

type Change = (ex: ExportRows) => void;

const col = (ex: ExportRows, file: FileName, name: string) => ex.header[file].indexOf(name);

function setAll(ex: ExportRows, file: FileName, name: string, value: string, where: (cells: string[]) => boolean = () => true): void {
  const at = col(ex, file, name);
  for (const cells of ex.rows[file]) if (where(cells)) cells[at] = value;
}

export const TOPIC_CODES = codesOf("circumstances.csv", "topic");
export const CLOSURE_STATUSES = codesOf("children.csv", "status_at_closure");

/** Every change by name; `topic:` and `status:` changes take their code after the colon. */
export function degenerate(name: string): Change {
  const [kind, arg] = name.split(":") as [string, string | undefined];
  const changes: Record<string, Change> = {
    // A council that does not record a topic: every row for it says unknown.
    "unknown-topic": (ex) => setAll(ex, "circumstances.csv", "value", "unknown", (c) => c[col(ex, "circumstances.csv", "topic")] === arg),
    "all-unknown": (ex) => setAll(ex, "circumstances.csv", "value", "unknown"),
    "no-three-years": (ex) => {
      ex.rows["circumstances.csv"] = ex.rows["circumstances.csv"].filter((c) => c[col(ex, "circumstances.csv", "time")] !== "three_years");
    },
    "no-circumstances": (ex) => void (ex.rows["circumstances.csv"] = []),
    "no-children": (ex) => void (ex.rows["children.csv"] = []),
    "no-closures": (ex) => {
      setAll(ex, "parents.csv", "closure_month", "");
      setAll(ex, "parents.csv", "closure_reason", "");
      setAll(ex, "children.csv", "status_at_closure", "");
    },
    // Every child whose case closed, in one status.
    status: (ex) => setAll(ex, "children.csv", "status_at_closure", arg!, (c) => c[col(ex, "children.csv", "status_at_closure")] !== ""),
    "none-assessed": (ex) => setAll(ex, "children.csv", "eyfs_gld", "not_assessed"),
    "all-reached-gld": (ex) => setAll(ex, "children.csv", "eyfs_gld", "yes"),
    "sex-unknown": (ex) => setAll(ex, "parents.csv", "sex", "unknown"),
    "all-women": (ex) => setAll(ex, "parents.csv", "sex", "female"),
    "no-ages": (ex) => setAll(ex, "parents.csv", "age_at_referral", ""),
    "no-deprivation": (ex) => {
      setAll(ex, "parents.csv", "imd_decile", "");
      setAll(ex, "parents.csv", "imd_edition", "");
    },
    "one-source": (ex) => setAll(ex, "parents.csv", "referral_source", "midwifery"),
    "one-parent": (ex) => {
      const first = ex.rows["parents.csv"][0]!;
      const [pid, fid] = [first[col(ex, "parents.csv", "parent_id")], first[col(ex, "parents.csv", "family_id")]];
      ex.rows["parents.csv"] = [first];
      ex.rows["circumstances.csv"] = ex.rows["circumstances.csv"].filter((c) => c[col(ex, "circumstances.csv", "parent_id")] === pid);
      ex.rows["children.csv"] = ex.rows["children.csv"].filter((c) => c[col(ex, "children.csv", "family_id")] === fid);
    },
  };
  const change = changes[kind];
  if (!change) throw new Error(`degenerate: no change named ${kind}`);
  return change;
}

export const DEGENERATE_NAMES = [
  ...TOPIC_CODES.map((t) => `unknown-topic:${t}`),
  "all-unknown",
  "no-three-years",
  "no-circumstances",
  "no-children",
  "no-closures",
  ...CLOSURE_STATUSES.map((s) => `status:${s}`),
  "none-assessed",
  "all-reached-gld",
  "sex-unknown",
  "all-women",
  "no-ages",
  "no-deprivation",
  "one-source",
  "one-parent",
];

/** The export with the named changes applied in order. */
export function applyDegenerate(ex: ExportRows, names: readonly string[]): ExportRows {
  const out = structuredClone(ex);
  for (const n of names) degenerate(n)(out);
  return out;
}
